/**
 * A DW article, extracted: metadata read from the page, the body copied into a small working
 * document (only the article's running text, so Readability has little to score), prepared,
 * then run through Readability. The input document is only read.
 */
import { Readability } from '@mozilla/readability';
import { assemble, type Extraction } from '../article.js';
import { pageLang, textDirection } from '../lang.js';
import { canonicalUrl, jsonLdArticle, metaContent } from '../meta.js';
import { prepareDwBody } from './body.js';
import { findDwParts, type DwParts } from './layout.js';
import { readDwMeta } from './metadata.js';
import { parseDwUrl } from './url.js';

/** Classes the view relies on: the photo credit inside a figure caption. */
const KEPT_CLASSES = ['credit'];

/** The site name shown for every DW page, whatever `og:site_name` says ("dw.com", "DW.COM"). */
const SITE_NAME = 'DW';

/** Extracts the DW article of `doc`, or null when its layout is not one we know. */
export function extractDw(doc: Document, url: string): Extraction | null {
  const parts = findDwParts(doc);
  if (!parts) return null;
  const base = baseUrl(doc, url);
  const meta = readDwMeta(doc, parts, base);
  const ld = jsonLdArticle(doc);
  const lang = pageLang(
    doc,
    typeof ld?.inLanguage === 'string' ? ld.inLanguage : null,
    parseDwUrl(base)?.lang,
    metaContent(doc, 'language'),
  );
  const work = workingCopy(doc, parts, base, meta.title, lang);
  const notes = prepareDwBody(Array.from(work.body.children), base);
  const body = readBody(work);
  return assemble(
    {
      ...meta,
      authors: meta.authors.length ? meta.authors : notes.authors,
      byline: meta.byline ?? (notes.authors.length ? notes.authors.join(', ') : null),
      lang,
      dir: textDirection(lang, doc.documentElement, doc.body, parts.root),
      siteName: SITE_NAME,
      editor: notes.editor,
    },
    body,
  );
}

/** The page's own address when `url` is a file or a mirror: relative image paths resolve against it. */
function baseUrl(doc: Document, url: string): string {
  if (/^https?:/i.test(url)) return url;
  return metaContent(doc, 'og:url') ?? canonicalUrl(doc) ?? url;
}

/** A new document holding copies of the body containers only. */
function workingCopy(doc: Document, parts: DwParts, base: string, title: string, lang: string | null): Document {
  const work = doc.implementation.createHTMLDocument(title);
  const baseEl = work.createElement('base');
  baseEl.setAttribute('href', base);
  work.head.append(baseEl);
  if (lang) work.documentElement.setAttribute('lang', lang);
  for (const body of parts.bodies) work.body.append(work.importNode(body, true));
  return work;
}

/** Readability over the working copy; an empty body when nothing is left (an audio-only page). */
function readBody(work: Document): Element {
  const hasText = (work.body.textContent ?? '').trim() !== '';
  const parsed = hasText
    ? new Readability<Element>(work, { serializer: (el) => el as Element, classesToPreserve: KEPT_CLASSES }).parse()
    : null;
  return parsed?.content ?? work.createElement('div');
}
