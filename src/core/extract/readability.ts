/**
 * Any other page, and a site's page of a layout its reader does not know: Readability on a
 * cleaned clone.
 */
import { Readability } from '@mozilla/readability';
import { clean } from '../clean/clean.js';
import type { SiteRules } from '../sites/types.js';
import { assemble, type Extraction } from './article.js';
import { toIsoDate } from './dates.js';
import { pageLang, textDirection } from './lang.js';
import { jsonLdArticle, ldNames } from './meta.js';
import { CREDIT_CLASS } from './figures.js';
import { normalizeSpace } from './paragraphs.js';
import { withoutTitleTail } from './title-tail.js';

/** A byline longer than this is a sentence, not a list of names. */
const MAX_BYLINE_AS_AUTHOR = 80;

/**
 * Extracts the article of `doc` with Readability after removing the chrome of `site` (the site
 * whose page it is; none for any other page) from a clone.
 */
export function extractWithReadability(doc: Document, site: SiteRules | undefined): Extraction | null {
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
  const siteName = site ? site.name : parsed.siteName || null;
  return assemble(
    {
      title: site ? site.title(doc, title) : withoutTitleTail(title, [byline, siteName, ...names]),
      byline,
      authors: names.length ? names : byline && byline.length <= MAX_BYLINE_AS_AUTHOR ? [byline] : [],
      published: toIsoDate(parsed.publishedTime) ?? (parsed.publishedTime || null),
      lang,
      dir: parsed.dir === 'rtl' ? 'rtl' : textDirection(lang, doc.documentElement, doc.body),
      lead: leadOutsideBody(parsed.excerpt, body),
      image: null,
      siteName,
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

/**
 * Readability over a site's working copy (`SiteRules.prepare`), keeping the credit class of its
 * normalized figures; an empty body when no text is left (an audio-only page).
 */
export function readPreparedBody(work: Document): Element {
  const hasText = (work.body.textContent ?? '').trim() !== '';
  const parsed = hasText
    ? new Readability<Element>(work, { serializer: (el) => el as Element, classesToPreserve: [CREDIT_CLASS] }).parse()
    : null;
  return parsed?.content ?? work.createElement('div');
}
