/**
 * The saved quotes in `storage.local`: the storage adapter around the pure `collection.ts`.
 * Nothing here sends anything anywhere.
 *
 * Near the quota: Chrome gives `storage.local` 10 MB (this extension does not ask for
 * `unlimitedStorage`; Firefox's is only bounded by the disk). Every change is one `set` of the
 * shards it touches, and a `set` over the quota is refused whole by the browser, so a save or an
 * import that does not fit changes nothing: it fails with a `SavedQuotesError` of code `'quota'`
 * and every quote saved before stays. `usage()` tells a page how full it is.
 */
import {
  type Items,
  listQuotes,
  mergeQuotes,
  quotesOfShard,
  SHARD_PREFIX,
  shardKey,
  withoutQuote,
  withQuote,
} from './collection.js';
import { collapse, type SavedQuote } from './saved-quote.js';

/** What the store needs of `browser.storage.local` (and what a test's fake provides). */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Items>;
  set(items: Items): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome and Firefox 131+; absent in older ones. */
  getBytesInUse?: (keys?: string | string[] | null) => Promise<number>;
  /** Chrome only: the area's quota in bytes. */
  QUOTA_BYTES?: number;
}

/** Why a change was not made: the storage is full, or the browser refused for another reason. */
export type SavedQuotesErrorCode = 'quota' | 'storage';

export class SavedQuotesError extends Error {
  constructor(
    readonly code: SavedQuotesErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SavedQuotesError';
  }
}

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox (IndexedDB): "QuotaExceededError". */
const QUOTA_ERROR = /quota/i;

export interface SavedQuotesStore {
  /** Every saved quote, newest first. */
  list(): Promise<SavedQuote[]>;
  /** The saved quotes of the article at `url`. */
  inArticle(url: string): Promise<SavedQuote[]>;
  has(url: string, text: string): Promise<boolean>;
  /** Saves `quote` (a parsed one); true when it was new, false when it was saved already. */
  add(quote: SavedQuote): Promise<boolean>;
  /** Unsaves the quote with `text` from the article at `url`; true when it was saved. */
  remove(url: string, text: string): Promise<boolean>;
  /** Saves `quote`, or unsaves it when it was saved: whether it is saved now. */
  toggle(quote: SavedQuote): Promise<boolean>;
  /** Adds every quote not saved yet, in one write: all of them or, when they do not fit, none. */
  importQuotes(quotes: readonly SavedQuote[]): Promise<{ added: number; skipped: number }>;
  /** Bytes used by the whole area, and its quota where the browser has one; null if unknown. */
  usage(): Promise<{ bytes: number; quota: number | null } | null>;
}

/**
 * The store over `area` (`browser.storage.local`). Changes made through one store run one after
 * another, so two saves in one page or in the background cannot overwrite each other's shard.
 */
export function savedQuotesStore(area: StorageAreaLike): SavedQuotesStore {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs `change` after every change queued before it. */
  const serial = <T>(change: () => Promise<T>): Promise<T> => {
    const run = queue.then(change, change);
    queue = run.catch(() => undefined);
    return run;
  };
  const write = async (items: Items): Promise<void> => {
    try {
      await area.set(items);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new SavedQuotesError(QUOTA_ERROR.test(message) ? 'quota' : 'storage', message);
    }
  };
  const shard = async (url: string): Promise<[string, unknown] | null> => {
    const key = shardKey(url);
    return key ? [key, (await area.get(key))[key]] : null;
  };

  const store: SavedQuotesStore = {
    list: async () => listQuotes(await area.get(null)),
    inArticle: async (url) => {
      const found = await shard(url);
      return found ? quotesOfShard(...found) : [];
    },
    has: async (url, text) => {
      const wanted = collapse(text).normalize('NFC');
      return (await store.inArticle(url)).some((q) => q.text.normalize('NFC') === wanted);
    },
    add: (quote) =>
      serial(async () => {
        const [key, value] = (await shard(quote.url)) ?? [];
        if (!key) return false;
        const next = withQuote(key, value, quote);
        if (next) await write({ [key]: next });
        return next !== null;
      }),
    remove: (url, text) =>
      serial(async () => {
        const [key, value] = (await shard(url)) ?? [];
        if (!key) return false;
        const next = withoutQuote(key, value, text);
        if (next === 'empty') await area.remove(key);
        else if (next) await write({ [key]: next });
        return next !== null;
      }),
    toggle: async (quote) => {
      if (await store.remove(quote.url, quote.text)) return false;
      await store.add(quote);
      return true;
    },
    importQuotes: (quotes) =>
      serial(async () => {
        const keys = [...new Set(quotes.map((q) => SHARD_PREFIX + q.url))];
        const { changes, added, skipped } = mergeQuotes(keys.length ? await area.get(keys) : {}, quotes);
        if (added) await write(changes);
        return { added, skipped };
      }),
    usage: async () => {
      if (typeof area.getBytesInUse !== 'function') return null;
      try {
        const bytes = await area.getBytesInUse(null);
        return { bytes, quota: typeof area.QUOTA_BYTES === 'number' ? area.QUOTA_BYTES : null };
      } catch {
        return null;
      }
    },
  };
  return store;
}
