/**
 * Runs Readability on the cleaned copy and turns its output into an `Article`.
 */
import { Readability } from '@mozilla/readability';
import { normalizeSpace, paragraphElements, paragraphsToText } from './paragraphs.js';
import type { Article } from './types.js';

/** Average adult silent reading speed, words per minute (Brysbaert 2019). */
const WORDS_PER_MINUTE = 238;

/** RTL languages: `dir` follows the language when the markup does not say (DW's ar/fa/ps/ur). */
const RTL_LANGS = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'yi', 'dv', 'ku', 'sd', 'ug']);

export interface Extraction {
  article: Article;
  /** Readability's output: the body, in the copy's document. */
  body: Element;
  paragraphs: Element[];
}

/** Extracts the article from `doc` (a cleaned copy; Readability changes it). */
export function extract(doc: Document): Extraction | null {
  const lang = doc.documentElement.getAttribute('lang') || null;
  const parsed = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
  if (!parsed || !parsed.content) return null;
  const body = parsed.content;
  const paragraphs = paragraphElements(body);
  const text = paragraphsToText(paragraphs);
  const words = text.split(/\s+/).filter(Boolean).length;
  const articleLang = parsed.lang || lang;
  const primary = (articleLang ?? '').toLowerCase().split('-')[0] ?? '';
  const dir: 'ltr' | 'rtl' = parsed.dir === 'rtl' || RTL_LANGS.has(primary) ? 'rtl' : 'ltr';
  return {
    body,
    paragraphs,
    article: {
      title: normalizeSpace(parsed.title ?? ''),
      byline: parsed.byline ? normalizeSpace(parsed.byline) : null,
      authors: parsed.byline ? [normalizeSpace(parsed.byline)] : [],
      published: parsed.publishedTime || null,
      lang: articleLang,
      dir,
      lead: parsed.excerpt ? normalizeSpace(parsed.excerpt) : null,
      image: null,
      siteName: parsed.siteName || null,
      editor: null,
      text,
      html: body.innerHTML,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    },
  };
}
