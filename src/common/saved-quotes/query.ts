/**
 * Searching, filtering and grouping saved quotes. Pure. Built for 10,000 quotes searched at every
 * key press: each quote's searchable text is folded once (`indexQuotes`), a search is then a
 * substring test per word.
 */
import type { SavedQuote } from './saved-quote.js';

/**
 * What a search ignores: case, accents ("Muller" finds "Müller") and the kind of apostrophe or
 * quote mark ("Russia's" finds "Russia’s").
 */
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘‚‛′`´]/g;
const QUOTE_MARKS = /[“”„‟«»‹›″]/g;

/** Text of ASCII only needs no more than lower case (most of it, in most languages' quotes). */
const NOT_ASCII = /[\u0080-\uffff]/;

/** `text` folded for searching. */
export function fold(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").replace(QUOTE_MARKS, '"').toLowerCase();
}

/** A saved quote with its folded words, speaker, role, title and site. */
export interface IndexedQuote {
  quote: SavedQuote;
  haystack: string;
}

export function indexQuotes(quotes: readonly SavedQuote[]): IndexedQuote[] {
  return quotes.map((quote) => ({
    quote,
    haystack: fold([quote.text, quote.speaker, quote.role, quote.title, quote.site].filter(Boolean).join('\n')),
  }));
}

/**
 * What to show. A field left out (undefined) does not filter; `null` asks for the quotes without
 * one ("Unattributed", an unknown site or language).
 */
export interface QuoteFilter {
  /** Words, each of which must appear in the quote, its speaker, role, article title or site. */
  search?: string;
  speaker?: string | null;
  site?: string | null;
  lang?: string | null;
}

/** The quotes that pass `filter`, in the index's order. */
export function filterQuotes(index: readonly IndexedQuote[], filter: QuoteFilter): SavedQuote[] {
  const words = fold(filter.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const { speaker, site, lang } = filter;
  const out: SavedQuote[] = [];
  for (const { quote, haystack } of index) {
    if (speaker !== undefined && quote.speaker !== speaker) continue;
    if (site !== undefined && quote.site !== site) continue;
    if (lang !== undefined && quote.lang !== lang) continue;
    if (words.every((w) => haystack.includes(w))) out.push(quote);
  }
  return out;
}

/** A value to filter by and how many quotes have it. */
export interface Facet {
  value: string | null;
  count: number;
}

/** Names in the reader's alphabetical order, the unknown (null) last. */
function byName(locale: string | undefined) {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a: string | null, b: string | null): number =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : collator.compare(a, b);
}

/** The speakers, sites and languages of `quotes`, each with its count, in alphabetical order. */
export function facets(quotes: readonly SavedQuote[], locale?: string): Record<'speaker' | 'site' | 'lang', Facet[]> {
  const order = byName(locale);
  const count = (field: 'speaker' | 'site' | 'lang'): Facet[] => {
    const counts = new Map<string | null, number>();
    for (const q of quotes) counts.set(q[field], (counts.get(q[field]) ?? 0) + 1);
    return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => order(a.value, b.value));
  };
  return { speaker: count('speaker'), site: count('site'), lang: count('lang') };
}

export interface SpeakerGroup {
  speaker: string | null;
  quotes: SavedQuote[];
}

/**
 * "Everything I saved from this person": one group a speaker, in alphabetical order, the
 * unattributed last; each group keeps the order of `quotes` (newest first).
 */
export function groupBySpeaker(quotes: readonly SavedQuote[], locale?: string): SpeakerGroup[] {
  const groups = new Map<string | null, SavedQuote[]>();
  for (const q of quotes) {
    const group = groups.get(q.speaker);
    if (group) group.push(q);
    else groups.set(q.speaker, [q]);
  }
  const order = byName(locale);
  return [...groups].map(([speaker, qs]) => ({ speaker, quotes: qs })).sort((a, b) => order(a.speaker, b.speaker));
}
