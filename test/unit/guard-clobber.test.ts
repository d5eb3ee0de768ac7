/** DOM clobbering: a page's markup must not change what the pipeline reads, and clean pages are not copied. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declobber } from '../../src/core/guard/declobber.js';
import { readPage } from '../../src/core/pipeline.js';

const SEED_URL = 'https://www.dw.com/en/from-foe-to-friend/a-19084123';
const seed = readFileSync(new URL('../../examples/dw-from-foe-to-friend.html', import.meta.url), 'utf8');

describe('declobber', () => {
  it('reads a page that clobbers nothing as it is, without a copy (document.location is built in)', () => {
    const doc = new JSDOM(seed, { url: SEED_URL }).window.document;
    expect(declobber(doc)).toBe(doc);
  });

  it('reads a page whose markup shadows document.body from a copy without that name', () => {
    const doc = new JSDOM(seed.replace('<body>', '<body><img name="body" src="x.png">'), { url: SEED_URL }).window
      .document;
    // jsdom has no named properties on Document; a browser shows `<img name=body>` as this data property.
    const img = doc.querySelector('img[name="body"]')!;
    Object.defineProperty(doc, 'body', { value: img, configurable: true });
    expect(doc.body).toBe(img);
    const clean = declobber(doc);
    expect(clean).not.toBe(doc);
    expect(clean.querySelector('img[name="body"]')).toBeNull();
    expect(doc.querySelector('img[name="body"]')).toBe(img); // the page itself is untouched
    expect(readPage(doc, SEED_URL).article?.title).toBe('From foe to friend');
  });
});
