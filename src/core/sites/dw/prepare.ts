/**
 * A DW article, prepared for Readability: metadata read from the page, the body copied into a
 * small working document (only the article's running text, so Readability has little to score)
 * and cleaned there. The input document is only read.
 */
import { pageLang, textDirection } from '../../extract/lang.js';
import { canonicalUrl, jsonLdArticle, metaContent } from '../../extract/meta.js';
import type { PreparedArticle } from '../types.js';
import { prepareDwBody } from './body.js';
import { findDwParts, type DwParts } from './layout.js';
import { readDwMeta } from './metadata.js';
import { parseDwUrl } from './url.js';

/** The DW article of `doc`, prepared for Readability; null when its layout is not one we know. */
export function prepareDw(doc: Document, url: string): PreparedArticle | null {
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
  return {
    meta: {
      ...meta,
      authors: meta.authors.length ? meta.authors : notes.authors,
      byline: meta.byline ?? (notes.authors.length ? notes.authors.join(', ') : null),
      lang,
      dir: textDirection(lang, doc.documentElement, doc.body, parts.root),
      editor: notes.editor,
    },
    work,
  };
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
