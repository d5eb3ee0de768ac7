/**
 * Golden fixtures of the core pipeline (test/fixtures/<slug>/). `npm run test:update` rewrites
 * the goldens (read the diff in review); under CI=true a missing golden fails instead.
 * Hand-checked facts live in each fixture.json and are asserted one by one, so a regenerated
 * golden can never quietly accept a wrong title or credit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphElements } from '../../src/core/extract/paragraphs.js';
import { JSDOM } from 'jsdom';
import { fixtureSlugs, goldenHtml, goldenJson, goldenPaths, readSpec, runFixture, writeGolden } from './fixture.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const CI = process.env.CI === 'true';

describe.each(fixtureSlugs())('%s', (slug) => {
  const spec = readSpec(slug);
  const result = runFixture(slug);
  const article = result.article;

  it('matches its goldens', () => {
    const paths = goldenPaths(slug);
    if (UPDATE) writeGolden(slug, result);
    if (!existsSync(paths.json)) {
      if (CI) throw new Error(`missing golden ${paths.json}: run npm run test:update`);
      writeGolden(slug, result);
    }
    expect(goldenJson(result)).toEqual(JSON.parse(readFileSync(paths.json, 'utf8')));
    const html = goldenHtml(result);
    if (html === null) expect(existsSync(paths.html)).toBe(false);
    else expect(html).toBe(readFileSync(paths.html, 'utf8'));
  });

  const hand = spec.expect ?? {};
  const paragraphs = article ? article.text.split('\n\n').filter(Boolean) : [];
  const checks: Array<[string, () => unknown, unknown]> = [
    ['isArticle', () => result.isArticle, hand.isArticle],
    ['site', () => result.site, hand.site],
    ['title', () => article?.title, hand.title],
    ['byline', () => article?.byline, hand.byline],
    ['authors', () => article?.authors, hand.authors],
    ['published', () => article?.published, hand.published],
    ['lang', () => article?.lang, hand.lang],
    ['dir', () => article?.dir, hand.dir],
    ['lead', () => article?.lead, hand.lead],
    ['image src', () => article?.image?.src ?? null, hand.imageSrc],
    ['image caption', () => article?.image?.caption ?? null, hand.imageCaption],
    ['image credit', () => article?.image?.credit ?? null, hand.imageCredit],
    ['editor', () => article?.editor, hand.editor],
  ];
  for (const [name, actual, expected] of checks) {
    if (expected === undefined) continue;
    it(`${name} is as checked by hand`, () => expect(actual()).toEqual(expected));
  }
  if (hand.firstParagraph !== undefined) {
    it('first body paragraph is there', () => {
      if (hand.firstParagraph === null) expect(paragraphs).toEqual([]);
      else expect(paragraphs[0]?.startsWith(hand.firstParagraph!)).toBe(true);
    });
  }
  if (hand.lastParagraph !== undefined && hand.lastParagraph !== null) {
    it('last body paragraph is there', () => {
      expect(paragraphs[paragraphs.length - 1]?.startsWith(hand.lastParagraph!)).toBe(true);
    });
  }
  if (hand.subheadings) {
    it('subheadings are kept as headings', () => {
      const body = JSDOM.fragment(`<div>${article?.html ?? ''}</div>`).firstElementChild!;
      const headings = paragraphElements(body)
        .filter((el) => /^H[2-6]$/.test(el.tagName))
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
      expect(headings).toEqual(expect.arrayContaining(hand.subheadings!));
    });
  }
  if (spec.mustNotContain?.length) {
    it('has no clutter in title, byline, lead or text', () => {
      const shown = [article?.title, article?.byline, article?.lead, article?.text].join('\n');
      for (const clutter of spec.mustNotContain!) expect(shown).not.toContain(clutter);
    });
  }
});
