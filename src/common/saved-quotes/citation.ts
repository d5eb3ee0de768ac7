/**
 * A saved quote as a citation, in the format of the view's "Copy quote":
 * `“…” — Name, role (Site, date) URL`. Pure.
 */
import type { SavedQuote } from './saved-quote.js';

/**
 * A publication date as the article's language writes it ("12 March 2016", "12. März 2016"), the
 * same way the view shows it; the ISO date when the language is unknown to `Intl`.
 */
export function formatDate(iso: string, lang: string | null): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = dateFormat(lang);
  return format ? format.format(date) : date.toISOString().slice(0, 10);
}

/**
 * One formatter a language: making one costs far more than using it, and a list draws a hundred
 * dates at every key press. null for a tag `Intl` refuses.
 */
const formats = new Map<string | null, Intl.DateTimeFormat | null>();
function dateFormat(lang: string | null): Intl.DateTimeFormat | null {
  let format = formats.get(lang);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = null;
    }
    formats.set(lang, format);
  }
  return format;
}

/** "Name, role", or `unattributed` (the UI's word for it) when nobody is named. */
function speakerLine(quote: SavedQuote, unattributed: string): string {
  return quote.speaker ? `${quote.speaker}${quote.role ? `, ${quote.role}` : ''}` : unattributed;
}

/** "Site, date", or "" when neither is known. */
function sourceLine(quote: SavedQuote): string {
  return [quote.site, quote.published ? formatDate(quote.published, quote.lang) : null].filter(Boolean).join(', ');
}

/**
 * `“…” — Name, role (Site, date) URL`. `url` defaults to the article's address (a link with a
 * text fragment can be passed instead); `escapeText` is applied to every part taken from the page.
 */
export function citation(
  quote: SavedQuote,
  { unattributed = 'Unattributed', url = quote.url, escapeText = (s: string) => s } = {},
): string {
  const source = sourceLine(quote);
  return `“${escapeText(quote.text)}” — ${escapeText(speakerLine(quote, unattributed))}${source ? ` (${escapeText(source)})` : ''} ${url}`;
}
