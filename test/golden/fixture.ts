/**
 * One helper for the golden fixtures, shared by the test that reads them and by
 * `npm run test:update` that writes them, so their options cannot drift apart.
 *
 * A fixture is a folder `test/fixtures/<slug>/` with the page as `source.html`, `fixture.json`:
 *   { "url": "...", "expect": { hand-checked fields }, "mustNotContain": [...] }
 * and the goldens `expected.json` (the result without body HTML) and `expected.html` (the body).
 * Third-party pages among them are listed, with their origin and licence, in test/fixtures/NOTICE.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { readPage } from '../../src/core/pipeline.js';
import type { PageResult } from '../../src/core/types.js';

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/fixtures');

/** Facts checked by hand against the page, each asserted on its own. */
export interface HandChecked {
  isArticle?: boolean;
  site?: 'dw' | 'generic';
  title?: string;
  byline?: string | null;
  authors?: string[];
  published?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl';
  lead?: string | null;
  imageSrc?: string | null;
  imageCaption?: string | null;
  imageCredit?: string | null;
  editor?: string | null;
  /** The start of the first and of the last body paragraph; null when the body has none. */
  firstParagraph?: string | null;
  lastParagraph?: string | null;
  /** Subheadings that must be in the body as headings. */
  subheadings?: string[];
}

export interface FixtureSpec {
  url: string;
  expect?: HandChecked;
  /** Clutter that must not appear in the title, lead, byline or text. */
  mustNotContain?: string[];
}

/** Folders that hold one fixture a subfolder: the DW articles in DW's languages, each with its quote gold. */
const NESTED = ['dw-lang'];

/** Slugs of the core's fixtures (the quote engine's own `quotes*` folders are not ours); nested ones as `dw-lang/<case>`. */
export function fixtureSlugs(): string[] {
  const top = readdirSync(FIXTURES).filter(
    (slug) => !slug.startsWith('quotes') && existsSync(join(FIXTURES, slug, 'fixture.json')),
  );
  const nested = NESTED.filter((dir) => existsSync(join(FIXTURES, dir))).flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((slug) => existsSync(join(FIXTURES, dir, slug, 'fixture.json')))
      .map((slug) => `${dir}/${slug}`),
  );
  return [...top, ...nested].sort();
}

export function readSpec(slug: string): FixtureSpec {
  return JSON.parse(readFileSync(join(FIXTURES, slug, 'fixture.json'), 'utf8')) as FixtureSpec;
}

/** The fixture's page as a fresh jsdom document at its URL. */
export function loadDocument(slug: string): Document {
  const html = readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');
  return new JSDOM(html, { url: readSpec(slug).url }).window.document;
}

/** Runs the pipeline on a fixture exactly as the tests and the update do. */
export function runFixture(slug: string): PageResult {
  return readPage(loadDocument(slug), readSpec(slug).url);
}

/**
 * The golden JSON: the result with the body's HTML left to expected.html, its text summed up by
 * paragraph count and ends, and the quotes left out (the quote engine has its own goldens).
 */
export function goldenJson(result: PageResult): unknown {
  const { article } = result;
  const paragraphs = article ? article.text.split('\n\n').filter(Boolean) : [];
  return {
    url: result.url,
    isArticle: result.isArticle,
    site: result.site,
    reason: result.reason,
    article: article && {
      title: article.title,
      byline: article.byline,
      authors: article.authors,
      published: article.published,
      lang: article.lang,
      dir: article.dir,
      lead: article.lead,
      image: article.image,
      siteName: article.siteName,
      editor: article.editor,
      readingMinutes: article.readingMinutes,
      paragraphs: paragraphs.length,
      firstParagraph: paragraphs[0] ?? null,
      lastParagraph: paragraphs[paragraphs.length - 1] ?? null,
    },
  };
}

/** The golden HTML: the extracted body, or nothing when there is no article. */
export function goldenHtml(result: PageResult): string | null {
  return result.article ? `${result.article.html.trim()}\n` : null;
}

export const goldenPaths = (slug: string) => ({
  json: join(FIXTURES, slug, 'expected.json'),
  html: join(FIXTURES, slug, 'expected.html'),
});

/** Writes both goldens of `slug` from `result`. */
export function writeGolden(slug: string, result: PageResult): void {
  const paths = goldenPaths(slug);
  writeFileSync(paths.json, `${JSON.stringify(goldenJson(result), null, 2)}\n`);
  const html = goldenHtml(result);
  if (html !== null) writeFileSync(paths.html, html);
}
