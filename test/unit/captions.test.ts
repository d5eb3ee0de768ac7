import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { captionsToFigcaptions, removeFigureIcons } from '../../src/core/clean/captions.js';
import { normalizeFigure } from '../../src/core/extract/figures.js';
import { readPage } from '../../src/core/pipeline.js';

const doc = (body: string) => new JSDOM(`<body>${body}</body>`, { url: 'https://example.org/a' }).window.document;

function articleBody(file: string, url: string): Element {
  const page = new JSDOM(readFileSync(file, 'utf8'), { url }).window.document;
  const html = readPage(page, url).article?.html ?? '';
  return JSDOM.fragment(`<div>${html}</div>`).firstElementChild!;
}

describe('captions beside images become figcaptions; icons in figures go', () => {
  it('makes a class-marked caption beside an image a figcaption, its list items and credit inline', () => {
    const d = doc(
      '<div><div><img src="a.jpg"></div><ul class="caption"><li>The river in May</li><li class="credit">AP</li></ul></div>',
    );
    captionsToFigcaptions(d);
    const caption = d.querySelector('figcaption');
    expect(d.querySelector('ul, li')).toBeNull();
    expect(caption?.textContent?.replace(/\s+/g, ' ').trim()).toBe('The river in May AP');
    expect(caption?.querySelector('small')?.textContent).toBe('AP');
  });
  it('leaves a "caption" class away from any image, a box that holds the image, and a player control', () => {
    const d = doc(
      '<header><ul class="caption meta"><li>By A. Writer</li></ul></header>' +
        '<div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">Kept as caption</p></div>' +
        '<div><video></video><div class="vjs-captions-button" role="menuitem">captions settings</div></div>',
    );
    captionsToFigcaptions(d);
    expect(d.querySelector('header ul.caption')).not.toBeNull();
    expect(d.querySelector('.wp-caption img')).not.toBeNull();
    expect(d.querySelector('.wp-caption figcaption')?.textContent).toBe('Kept as caption');
    expect(d.querySelector('.vjs-captions-button')).not.toBeNull();
  });
  it('drops icon-only svgs, buttons and empty links in a figure, never its image', () => {
    const d = doc(
      '<figure><a href="#x"><img src="c.jpg"><span><svg><path d="M0 0"/></svg></span></a><button>⤢</button>' +
        '<figcaption><a href="/enlarge"></a>Words</figcaption></figure><figure><svg id="chart"></svg></figure>',
    );
    removeFigureIcons(d);
    expect(d.querySelector('figure img')).not.toBeNull();
    expect(d.querySelectorAll('figure button, figure span').length).toBe(0);
    expect(d.querySelector('figcaption a')).toBeNull();
    expect(d.querySelector('#chart')).not.toBeNull(); // a figure that is an svg keeps it
  });
  it('shows the Independent test page’s photo captions as captions, not body paragraphs', () => {
    const body = articleBody('test/fixtures/readability/bug-1255978/source.html', 'http://www.independent.co.uk/a');
    const captions = Array.from(body.querySelectorAll('figcaption'), (c) => c.textContent?.trim());
    expect(captions).toContain('Even posh hotels might not wash a blanket in between stays');
    const paragraphs = Array.from(body.querySelectorAll('p, li'), (p) => p.textContent?.trim());
    expect(paragraphs).not.toContain('Even posh hotels might not wash a blanket in between stays');
  });
  it('drops the Guardian test page’s "expand" icons from its figures', () => {
    const body = articleBody('test/fixtures/readability/guardian-1/source.html', 'https://www.theguardian.com/a');
    expect(body.querySelectorAll('figure img').length).toBeGreaterThan(5);
    expect(body.querySelectorAll('figure svg').length).toBe(0);
  });
  it('keeps the caption of a figure whose image is missing', () => {
    const d = doc(
      '<div><figure><img alt=""><figcaption>Dry wells<small>Foto: EFE</small></figcaption></figure><figure><img alt=""></figure></div>',
    );
    for (const f of Array.from(d.querySelectorAll('figure'))) normalizeFigure(f, 'https://example.org/');
    expect(d.querySelectorAll('figure').length).toBe(1);
    expect(d.querySelector('figure img')).toBeNull();
    expect(d.querySelector('figure figcaption')?.textContent).toBe('Dry wells EFE');
  });
});
