/**
 * Runtime messages about saved quotes, answered by the background, so that any part of the
 * extension (the reading view, a test) saves through one store:
 *
 * - `{ type: 'save-quote', quote }` → `{ ok: true, saved: true }`; saving a saved quote again
 *   keeps it (use `toggle-saved-quote` to unsave on a second press);
 * - `{ type: 'toggle-saved-quote', quote }` → `{ ok: true, saved }`: saved now or not;
 * - `{ type: 'unsave-quote', url, text }` → `{ ok: true, saved: false }`;
 * - `{ type: 'is-quote-saved', url, text }` → `{ ok: true, saved }`;
 * - `{ type: 'saved-in-article', url }` → `{ ok: true, texts }`: the saved quotes' words in that
 *   article, for a view that marks each of its quotes at once;
 * - `{ type: 'open-saved-quotes', speaker? }` opens the Saved quotes page (the background does).
 *
 * `quote` is a `SavedQuote`; `savedAt` may be left out (now). Every message is checked: an
 * invalid one gets `{ ok: false, error: 'invalid', message }` and changes nothing; a full storage
 * `{ ok: false, error: 'quota', message }`.
 */
import { parseSavedQuote } from './saved-quote.js';
import { SavedQuotesError, type SavedQuotesErrorCode, type SavedQuotesStore } from './store.js';

// The message types; those the reading view sends are exported.
const SAVE_QUOTE = 'save-quote';
export const TOGGLE_SAVED_QUOTE = 'toggle-saved-quote';
const UNSAVE_QUOTE = 'unsave-quote';
const IS_QUOTE_SAVED = 'is-quote-saved';
export const SAVED_IN_ARTICLE = 'saved-in-article';
export const OPEN_SAVED_QUOTES = 'open-saved-quotes';

const STORE_MESSAGES: ReadonlySet<string> = new Set([
  SAVE_QUOTE,
  TOGGLE_SAVED_QUOTE,
  UNSAVE_QUOTE,
  IS_QUOTE_SAVED,
  SAVED_IN_ARTICLE,
]);

export type SavedQuotesResponse =
  | { ok: true; saved?: boolean; texts?: string[] }
  | { ok: false; error: 'invalid' | SavedQuotesErrorCode; message: string };

function typeOf(message: unknown): string | null {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : null;
  return typeof type === 'string' ? type : null;
}

/** Is `message` one the store answers (everything here but `open-saved-quotes`)? */
export function isStoreMessage(message: unknown): boolean {
  return STORE_MESSAGES.has(typeOf(message) ?? '');
}

/** `{ type: 'open-saved-quotes', speaker? }`: the speaker to show, `undefined` for all; null if it is not this message. */
export function openSavedQuotesRequest(message: unknown): { speaker?: string } | null {
  if (typeOf(message) !== OPEN_SAVED_QUOTES) return null;
  const speaker = (message as { speaker?: unknown }).speaker;
  return typeof speaker === 'string' && speaker.length <= 300 ? { speaker } : {};
}

const invalid = (message: string): SavedQuotesResponse => ({ ok: false, error: 'invalid', message });

/** The url and text of an unsave or "is it saved?" message, checked. */
function target(message: Record<string, unknown>): { url: string; text: string } | null {
  const { url, text } = message;
  return typeof url === 'string' && typeof text === 'string' && url.length <= 4_096 && text.length <= 10_000
    ? { url, text }
    : null;
}

/** Answers a store message (see `isStoreMessage`) with `store`; `now` dates a save. */
export async function answerStoreMessage(
  message: unknown,
  store: SavedQuotesStore,
  now: () => Date = () => new Date(),
): Promise<SavedQuotesResponse> {
  const type = typeOf(message);
  const body = message as Record<string, unknown>;
  try {
    if (type === SAVE_QUOTE || type === TOGGLE_SAVED_QUOTE) {
      const parsed = parseSavedQuote(body.quote, now().toISOString());
      if (!parsed.ok) return invalid(`quote: ${parsed.problem}`);
      if (type === SAVE_QUOTE) {
        await store.add(parsed.quote);
        return { ok: true, saved: true };
      }
      return { ok: true, saved: await store.toggle(parsed.quote) };
    }
    if (type === SAVED_IN_ARTICLE) {
      if (typeof body.url !== 'string') return invalid('url is missing');
      return { ok: true, texts: (await store.inArticle(body.url)).map((q) => q.text) };
    }
    const what = target(body);
    if (!what) return invalid('url and text are required');
    if (type === UNSAVE_QUOTE) {
      await store.remove(what.url, what.text);
      return { ok: true, saved: false };
    }
    if (type === IS_QUOTE_SAVED) return { ok: true, saved: await store.has(what.url, what.text) };
    return invalid(`unknown message ${type}`);
  } catch (error) {
    if (error instanceof SavedQuotesError) return { ok: false, error: error.code, message: error.message };
    return { ok: false, error: 'storage', message: error instanceof Error ? error.message : String(error) };
  }
}
