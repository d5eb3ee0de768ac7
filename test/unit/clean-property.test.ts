/**
 * Cleaning never removes a paragraph of the article body (issue 6), on every golden fixture
 * (test/fixtures/<slug>/, read through test/golden/fixture.ts like the golden test): every
 * paragraph of the reviewed expected body is in readPage's text, and, for DW pages, so is every
 * paragraph of the page's own body container that is not clutter the fixture names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { paragraphElements, normalizeSpace } from '../../src/core/extract/paragraphs.js';
import { fixtureSlugs, goldenPaths, loadDocument, readSpec, runFixture } from '../golden/fixture.js';

/** DW's body containers, current and older layout (as in src/core/sites/dw/detect.ts). */
const DW_BODY_PARAGRAPHS = '[data-tracking-name="rich-text"] p, #bodyContent .longText p';
/**
 * What the DW reader removes from the body on purpose, as src/core/sites/dw/body.ts documents it:
 * figures and captions, galleries and video teasers. Everything else in the body container stays.
 */
const NOT_BODY_TEXT =
  'figure, figcaption, aside, .picBox, .gallery, .imgTeaserL, .mediaItem, .slideshow, .teaserContentWrap, .advertisement, .vjs-wrapper';
/** Shorter paragraphs are captions, credits and labels more often than body text. */
const MIN_CHARS = 40;

/** Fixtures with a body (audio, video and section pages have none). */
const slugs = fixtureSlugs().filter(
  (slug) => existsSync(goldenPaths(slug).html) && readFileSync(goldenPaths(slug).html, 'utf8').trim() !== '',
);

describe('cleaning keeps every body paragraph', () => {
  it('has fixtures with a body to check', () => expect(slugs.length).toBeGreaterThan(5));

  it.each(slugs)('%s', (slug) => {
    const result = runFixture(slug);
    const text = normalizeSpace(result.article?.text ?? '');
    const expected = new JSDOM(readFileSync(goldenPaths(slug).html, 'utf8')).window.document.body;
    const golden = paragraphElements(expected)
      .map((p) => normalizeSpace(p.textContent ?? ''))
      .filter(Boolean);
    expect(golden.length, 'the golden body has paragraphs').toBeGreaterThan(0);
    for (const paragraph of golden) expect(text, 'a paragraph of expected.html').toContain(paragraph);

    const spec = readSpec(slug);
    const clutter = spec.mustNotContain ?? [];
    const source = Array.from(loadDocument(slug).querySelectorAll(DW_BODY_PARAGRAPHS))
      .filter((p) => !p.closest(NOT_BODY_TEXT))
      .map((p) => normalizeSpace(p.textContent ?? ''))
      .filter((p) => p.length >= MIN_CHARS && !clutter.some((c) => p.includes(c)));
    for (const paragraph of source) expect(text, `a paragraph of the page's own body (${slug})`).toContain(paragraph);
  });
});
