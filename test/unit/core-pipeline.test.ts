import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { paragraphElements } from '../../src/core/extract/paragraphs.js';
import { analyzePage, readPage } from '../../src/core/pipeline.js';
import { fixtureSlugs, loadDocument, readSpec } from '../golden/fixture.js';

/** Everything about a document that a stage could change: markup, and the title. */
const snapshot = (doc: Document) => `${doc.title}\n${doc.documentElement.outerHTML}`;

describe('the input document is never changed', () => {
  it.each(fixtureSlugs())('%s', (slug) => {
    const doc = loadDocument(slug);
    const before = snapshot(doc);
    analyzePage(doc, readSpec(slug).url, { force: true });
    expect(snapshot(doc)).toBe(before);
  });
});

describe('analyzePage hands the view what quotes point into', () => {
  it.each(fixtureSlugs())('%s', (slug) => {
    const { result, extraction } = analyzePage(loadDocument(slug), readSpec(slug).url);
    if (!result.article) return expect(extraction).toBeNull();
    expect(extraction).not.toBeNull();
    const { body, paragraphs } = extraction!;
    expect(paragraphs).toEqual(paragraphElements(body));
    expect(result.article.text).toBe(
      paragraphs.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\n\n'),
    );
    expect(body.ownerDocument).not.toBe(loadDocument(slug)); // a working copy, not the page
  });
});

/** Pieces of DW markup of both layouts, shuffled into pages that no one wrote. */
const PIECES = [
  '<article>',
  '</article>',
  '<header>',
  '</header>',
  '<h1>Title</h1>',
  '<p class="teaser-text">Lead.</p>',
  '<div class="author-details"><span><a class="author-link">A B</a><span class="extra-info">Bonn</span></span></div>',
  '<figure><img src="" srcset=""><figcaption>c<small>Image:</small></figcaption></figure>',
  '<div data-tracking-name="rich-text" class="rich-text">',
  '</div>',
  '<p>Some text "quoted" here.</p>',
  '<p><em>Edited by:</em></p>',
  '<p><em>:</em></p>',
  '<p><a href="/x/a-1">link</a>:</p>',
  '<p><strong>Sub</strong></p>',
  '<section data-tracking-name="section-top-story"><a class="quick-item">Skip</a><h1>Top</h1></section>',
  '<div id="bodyContent"><div class="col3"><h1>Old</h1><p class="intro">Intro</p>',
  '<div class="group"><div class="longText">',
  '<div class="picBox"><img title="x (y)"></div>',
  '<ul class="smallList"><li><strong>D</strong> 1.2.2003</li><li><strong>A</strong> N</li></ul>',
  '<p>Auteur : X</p>',
  '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"N"}]</script>',
  '<script type="application/ld+json">{"@type":"NewsArticle","author":null,"datePublished":5}</script>',
  '<time datetime="x">t</time>',
];

describe('readPage never throws', () => {
  it('on shuffled DW markup at article, section and foreign addresses', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.constantFrom(
          'https://www.dw.com/en/x/a-1',
          'https://www.dw.com/en/x/s-1',
          'file:///x.html',
          'https://example.org/',
        ),
        fc.boolean(),
        (pieces, url, force) => {
          const doc = new JSDOM(
            `<html><head><meta property="og:site_name" content="dw.com"></head><body>${pieces.join('')}</body></html>`,
            { url },
          ).window.document;
          const result = readPage(doc, url, { force });
          expect(typeof result.reason).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });
});
