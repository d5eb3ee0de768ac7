/**
 * A saved quote, and the one check every saved quote passes before it is stored: from the view's
 * message, from an imported file, from storage. Pure: no browser API.
 */

/** One saved quote: what was said, by whom, where, and when it was saved. Dates are ISO 8601. */
export interface SavedQuote {
  /** The quoted words without their quote marks, white space collapsed. */
  text: string;
  speaker: string | null;
  role: string | null;
  /** The article's headline. */
  title: string;
  /** The site's name for display ("DW"), or null. */
  site: string | null;
  /** The article's address, without a fragment: an http(s) URL. */
  url: string;
  /** BCP 47 language tag of the article ("en", "pt-BR"), or null. */
  lang: string | null;
  /** The article's publication date or date-time as the page gave it, or null. */
  published: string | null;
  /** When it was saved: a date-time in UTC ("2025-03-01T09:30:00.000Z"). */
  savedAt: string;
}

/**
 * Longest accepted values. A quote is a sentence or a few, not an article; these bound what a
 * message or a file can put into storage, far above anything a page gives.
 */
export const LIMITS = {
  text: 10_000,
  speaker: 300,
  role: 500,
  title: 1_000,
  site: 200,
  url: 4_096,
} as const;

/** A BCP 47 tag's shape: a 2–3 letter language, then subtags ("en", "pt-BR", "zh-Hant-TW"). */
const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,6}$/;
/** An ISO 8601 date, optionally with a time: what `Article.published` holds. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const WHITE_SPACE = /\s+/g;
/** A date-time exactly as `toISOString` writes it, which is how every stored `savedAt` is written. */
const STORED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** `text` with runs of white space (line breaks, tabs, no-break spaces) as one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(WHITE_SPACE, ' ').trim();
}

/** The address without its fragment (`#…`, text fragments included), or null for what is not http(s). */
export function articleAddress(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/**
 * The stable key of a saved quote: its article's address and its words. Saving the same words
 * from the same article again finds this key (and unsaves); the fragment and white space do not
 * matter, and Unicode forms are compared composed.
 */
export function quoteKey(url: string, text: string): string {
  return `${articleAddress(url) ?? url}\n${collapse(text).normalize('NFC')}`;
}

export type ParseResult = { ok: true; quote: SavedQuote } | { ok: false; problem: string };

/** The fields of a saved quote that belong to its article. */
export type ArticleFields = Pick<SavedQuote, 'title' | 'site' | 'url' | 'lang' | 'published'>;
/** The fields that belong to the quote itself. */
type OwnFields = Pick<SavedQuote, 'text' | 'speaker' | 'role' | 'savedAt'>;

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

function optionalText(value: unknown, max: number): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return undefined;
  const text = collapse(value);
  if (text.length > max) return undefined;
  return text || null;
}

function dateTime(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value.trim())) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The article's fields of `raw`, checked and normalized (see `parseSavedQuote`). */
export function parseArticleFields(raw: Record<string, unknown>): Parsed<ArticleFields> {
  if (typeof raw.title !== 'string' || collapse(raw.title).length > LIMITS.title)
    return { ok: false, problem: 'title is missing or too long' };
  const url = typeof raw.url === 'string' && raw.url.length <= LIMITS.url ? articleAddress(raw.url.trim()) : null;
  if (!url) return { ok: false, problem: 'url is not an http(s) address' };
  const site = optionalText(raw.site, LIMITS.site);
  if (site === undefined) return { ok: false, problem: 'site is not text of a sensible length' };
  const lang = raw.lang === null || raw.lang === undefined ? null : raw.lang;
  if (lang !== null && (typeof lang !== 'string' || !LANG_TAG.test(lang)))
    return { ok: false, problem: 'lang is not a language tag' };
  const published =
    raw.published === null || raw.published === undefined || raw.published === ''
      ? null
      : typeof raw.published === 'string' && dateTime(raw.published)
        ? raw.published.trim()
        : undefined;
  if (published === undefined) return { ok: false, problem: 'published is not an ISO 8601 date' };
  return { ok: true, value: { title: collapse(raw.title), site, url, lang, published } };
}

/** The quote's own fields of `raw`, checked and normalized (see `parseSavedQuote`). */
function parseOwnFields(raw: Record<string, unknown>, defaultSavedAt?: string): Parsed<OwnFields> {
  if (typeof raw.text !== 'string') return { ok: false, problem: 'text is missing' };
  const text = collapse(raw.text);
  if (!text || text.length > LIMITS.text)
    return { ok: false, problem: `text is empty or over ${LIMITS.text} characters` };
  const speaker = optionalText(raw.speaker, LIMITS.speaker);
  const role = optionalText(raw.role, LIMITS.role);
  if (speaker === undefined || role === undefined)
    return { ok: false, problem: 'speaker or role is not text of a sensible length' };
  const savedAt = dateTime(raw.savedAt ?? defaultSavedAt);
  if (!savedAt) return { ok: false, problem: 'savedAt is not an ISO 8601 date-time' };
  return { ok: true, value: { text, speaker, role, savedAt } };
}

const isShortText = (value: unknown, max: number): boolean =>
  value === null || (typeof value === 'string' && value.length > 0 && value.length <= max);

/**
 * The saved quote of a stored quote `raw` in `article`, or null. A value as this module writes it
 * (every field of the right type and length, `savedAt` as `toISOString` writes it) is taken as it
 * is, without normalizing it again: listing 10,000 quotes does this 10,000 times. Anything else
 * goes through `parseOwnFields`.
 */
export function readStoredQuote(raw: Record<string, unknown>, article: ArticleFields): SavedQuote | null {
  const { text, speaker, role, savedAt } = raw;
  if (
    typeof text === 'string' &&
    text.length > 0 &&
    text.length <= LIMITS.text &&
    isShortText(speaker, LIMITS.speaker) &&
    isShortText(role, LIMITS.role) &&
    typeof savedAt === 'string' &&
    STORED_DATE_TIME.test(savedAt)
  )
    return withArticle(text, speaker as string | null, role as string | null, savedAt, article);
  const own = parseOwnFields(raw);
  return own.ok ? withArticle(own.value.text, own.value.speaker, own.value.role, own.value.savedAt, article) : null;
}

/** One object shape for every saved quote, its fields in the order of the type. */
function withArticle(
  text: string,
  speaker: string | null,
  role: string | null,
  savedAt: string,
  a: ArticleFields,
): SavedQuote {
  return {
    text,
    speaker,
    role,
    title: a.title,
    site: a.site,
    url: a.url,
    lang: a.lang,
    published: a.published,
    savedAt,
  };
}

/**
 * A valid, normalized `SavedQuote` from anything (a message, a file's entry), or the first
 * problem found, in words. Unknown fields are dropped. `savedAt` falls back to `defaultSavedAt`
 * when absent (a save from the view says nothing of it). Idempotent: a parsed quote parses to
 * itself.
 */
export function parseSavedQuote(value: unknown, defaultSavedAt?: string): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: 'not an object' };
  const raw = value as Record<string, unknown>;
  const own = parseOwnFields(raw, defaultSavedAt);
  if (!own.ok) return own;
  const article = parseArticleFields(raw);
  if (!article.ok) return article;
  const { text, speaker, role, savedAt } = own.value;
  return { ok: true, quote: withArticle(text, speaker, role, savedAt, article.value) };
}
