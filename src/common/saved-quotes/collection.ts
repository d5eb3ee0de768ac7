/**
 * How saved quotes lie in storage, as pure functions from stored items to new ones.
 *
 * One storage item per article ("shard"), under `saved-quotes:<address>`: the article's title,
 * site, language and date once, then its quotes. Saving touches one small item instead of
 * rewriting one big list, and the article's fields are not repeated for every quote, which keeps
 * 10,000 quotes at about 3 MB (Chrome gives `storage.local` 10 MB).
 */
import {
  articleAddress,
  collapse,
  parseArticleFields,
  readStoredQuote,
  quoteKey,
  type SavedQuote,
} from './saved-quote.js';

/** Prefix of every storage key this module owns; nothing else in `storage.local` is touched. */
export const SHARD_PREFIX = 'saved-quotes:';

/** A quote in its shard: what is not the article's. */
interface StoredQuote {
  text: string;
  speaker: string | null;
  role: string | null;
  savedAt: string;
}

/** One article's saved quotes. Its fields come from the most recently saved of them. */
export interface Shard {
  title: string;
  site: string | null;
  lang: string | null;
  published: string | null;
  quotes: StoredQuote[];
}

/** Stored items: what `storage.local.get` gives and `set` takes. */
export type Items = Record<string, unknown>;

/** The storage key of the article at `url`, or null for what is not an http(s) address. */
export function shardKey(url: string): string | null {
  const address = articleAddress(url);
  return address ? SHARD_PREFIX + address : null;
}

/**
 * The saved quotes of one stored item. Whatever does not pass `parseSavedQuote` (a hand-edited
 * or damaged value) is left out of the list, never thrown on; it stays in storage untouched
 * until that article is saved to again.
 */
export function quotesOfShard(key: string, value: unknown): SavedQuote[] {
  if (!key.startsWith(SHARD_PREFIX) || typeof value !== 'object' || value === null) return [];
  const shard = value as Record<string, unknown>;
  if (!Array.isArray(shard.quotes)) return [];
  // The article's fields are checked once, each quote's own fields one by one.
  const article = parseArticleFields({ ...shard, url: key.slice(SHARD_PREFIX.length) });
  if (!article.ok) return [];
  const out: SavedQuote[] = [];
  for (const q of shard.quotes as unknown[]) {
    if (typeof q !== 'object' || q === null) continue;
    const quote = readStoredQuote(q as Record<string, unknown>, article.value);
    if (quote) out.push(quote);
  }
  return out;
}

/** Newest saved first; equal times in a fixed order (address, then words). */
function newestFirst(a: SavedQuote, b: SavedQuote): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  const ka = quoteKey(a.url, a.text);
  const kb = quoteKey(b.url, b.text);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Every saved quote in `items`, newest first. */
export function listQuotes(items: Items): SavedQuote[] {
  return Object.entries(items)
    .flatMap(([key, value]) => quotesOfShard(key, value))
    .sort(newestFirst);
}

function shardOf(quotes: readonly SavedQuote[]): Shard {
  // `savedAt` is normalized by parseSavedQuote, so the strings compare as the times do.
  const latest = quotes.reduce((a, b) => (b.savedAt > a.savedAt ? b : a));
  return {
    title: latest.title,
    site: latest.site,
    lang: latest.lang,
    published: latest.published,
    quotes: quotes.map(({ text, speaker, role, savedAt }) => ({ text, speaker, role, savedAt })),
  };
}

/** Index of the quote with `text` in `quotes`, by the same comparison as `quoteKey`. */
function indexOfText(quotes: readonly SavedQuote[], text: string): number {
  const wanted = collapse(text).normalize('NFC');
  return quotes.findIndex((q) => q.text.normalize('NFC') === wanted);
}

/**
 * The shard after saving `quote` into the stored `value` of its article, or null when it is
 * saved already (the first save is kept, with its date).
 */
export function withQuote(key: string, value: unknown, quote: SavedQuote): Shard | null {
  const quotes = quotesOfShard(key, value);
  if (indexOfText(quotes, quote.text) >= 0) return null;
  return shardOf([...quotes, quote]);
}

/**
 * The shard after removing the quote with `text` from the stored `value`: a shard, `'empty'`
 * when none is left (the item is removed), or null when it was not saved.
 */
export function withoutQuote(key: string, value: unknown, text: string): Shard | 'empty' | null {
  const quotes = quotesOfShard(key, value);
  const index = indexOfText(quotes, text);
  if (index < 0) return null;
  const rest = quotes.filter((_, i) => i !== index);
  return rest.length ? shardOf(rest) : 'empty';
}

export interface Merge {
  /** The items to write: only shards that gained a quote. */
  changes: Record<string, Shard>;
  added: number;
  /** Quotes saved already (or twice in `incoming`): left as they were. */
  skipped: number;
}

/**
 * `incoming` quotes merged into the stored `items` (which must hold every shard they touch):
 * a quote saved already keeps its stored copy; the rest are added. Nothing is removed.
 */
export function mergeQuotes(items: Items, incoming: readonly SavedQuote[]): Merge {
  const shards = new Map<string, { quotes: SavedQuote[]; before: number }>();
  const seen = new Set<string>();
  let added = 0;
  for (const quote of incoming) {
    const key = SHARD_PREFIX + quote.url;
    let shard = shards.get(key);
    if (!shard) {
      const quotes = quotesOfShard(key, items[key]);
      for (const q of quotes) seen.add(quoteKey(q.url, q.text));
      shard = { quotes, before: quotes.length };
      shards.set(key, shard);
    }
    const id = quoteKey(quote.url, quote.text);
    if (seen.has(id)) continue;
    seen.add(id);
    shard.quotes.push(quote);
    added++;
  }
  const changes: Record<string, Shard> = {};
  for (const [key, { quotes, before }] of shards) if (quotes.length > before) changes[key] = shardOf(quotes);
  return { changes, added, skipped: incoming.length - added };
}
