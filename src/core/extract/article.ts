/**
 * The last step of every extraction: an `Article` from its metadata and its body element.
 */
import { normalizeSpace, paragraphElements, paragraphsToText } from './paragraphs.js';
import type { Article } from '../types.js';

/** Average adult silent reading speed, words per minute (Brysbaert 2019). */
const WORDS_PER_MINUTE = 238;

/** Chinese and Japanese are read by characters: about 255 a minute (Trauzettel-Klosinski 2012). */
const CJK_CHARS_PER_MINUTE = 255;

/** Han, Hiragana, Katakana and Hangul: text that has no spaces between words. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** What an extraction hands to the view: the contract plus the nodes quotes point into. */
export interface Extraction {
  article: Article;
  /** The extracted body, an element of a working copy (never of the input document). */
  body: Element;
  /** `paragraphElements(body)`: quotes point into these by index and textContent offsets. */
  paragraphs: Element[];
}

/** Everything of an `Article` that the body does not give. */
export type ArticleMeta = Omit<Article, 'text' | 'html' | 'readingMinutes'>;

/** Builds the extraction from metadata and a finished body. */
export function assemble(meta: ArticleMeta, body: Element): Extraction {
  const paragraphs = paragraphElements(body);
  const text = paragraphsToText(paragraphs);
  const readingMinutes = minutesToRead([meta.lead ?? '', text].join(' '));
  return {
    body,
    paragraphs,
    article: {
      title: meta.title,
      byline: meta.byline,
      authors: meta.authors,
      published: meta.published,
      lang: meta.lang,
      dir: meta.dir,
      lead: meta.lead,
      image: meta.image,
      siteName: meta.siteName,
      editor: meta.editor,
      text,
      html: body.innerHTML,
      readingMinutes,
    },
  };
}

/** Whole minutes to read `text`, at least one. */
export function minutesToRead(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const words = normalizeSpace(text.replace(CJK_CHAR, ' ')).split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}
