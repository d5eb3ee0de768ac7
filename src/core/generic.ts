/**
 * Any other page, and a DW page of a layout we do not know: Readability on a cleaned clone.
 */
import { Readability } from '@mozilla/readability';
import { assemble, type Extraction } from './article.js';
import { clean } from './clean.js';
import { toIsoDate } from './dates.js';
import { stripDwTitleTail } from './dw/metadata.js';
import { pageLang, textDirection } from './lang.js';
import { jsonLdArticle, ldNames, metaContent } from './meta.js';
import { normalizeSpace } from './paragraphs.js';
import type { Site } from './types.js';

/** A byline longer than this is a sentence, not a list of names. */
const MAX_BYLINE_AS_AUTHOR = 80;

/** Extracts the article of `doc` with Readability after removing `site`'s chrome from a clone. */
export function extractGeneric(doc: Document, site: Site): Extraction | null {
  const ld = jsonLdArticle(doc);
  const copy = doc.cloneNode(true) as Document;
  clean(copy, site);
  const parsed = new Readability<Element>(copy, { serializer: (el) => el as Element }).parse();
  if (!parsed?.content) return null;
  const body = parsed.content;
  const title = normalizeSpace(parsed.title ?? '');
  const byline = parsed.byline ? normalizeSpace(parsed.byline) : null;
  const names = ldNames(ld?.author);
  const lang = pageLang(doc, parsed.lang);
  return assemble(
    {
      title: site === 'dw' ? stripDwTitleTail(metaContent(doc, 'og:title') ?? title) : title,
      byline,
      authors: names.length ? names : byline && byline.length <= MAX_BYLINE_AS_AUTHOR ? [byline] : [],
      published: toIsoDate(parsed.publishedTime) ?? (parsed.publishedTime || null),
      lang,
      dir: parsed.dir === 'rtl' ? 'rtl' : textDirection(lang, doc.documentElement, doc.body),
      lead: leadOutsideBody(parsed.excerpt, body),
      image: null,
      siteName: site === 'dw' ? 'DW' : parsed.siteName || null,
      editor: null,
    },
    body,
  );
}

/**
 * Readability's excerpt is the meta description, or else the first paragraph: shown as the lead
 * only when the body does not already open with it.
 */
function leadOutsideBody(excerpt: string | null | undefined, body: Element): string | null {
  const lead = normalizeSpace(excerpt ?? '');
  if (!lead) return null;
  const opening = normalizeSpace((body.textContent ?? '').slice(0, lead.length * 2 + 200));
  return opening.includes(lead.replace(/…$|\.\.\.$/, '')) ? null : lead;
}
