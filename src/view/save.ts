/**
 * Saving quotes from the view: a bookmark button after each highlighted quote (shown on hover and
 * focus, and always once the quote is saved), one in each quote row of the "Who said what" panel,
 * and the S key on a focused quote. Saving again unsaves. Only the reader's own (trusted) clicks
 * and keys act.
 *
 * The background keeps the quotes (common/saved-quotes/messages.ts); the view asks it which quotes
 * of this article are saved when it opens, and again whenever the saved quotes change (a quote
 * removed on the Saved quotes page loses its mark here too).
 */
import browser from 'webextension-polyfill';
import {
  OPEN_SAVED_QUOTES,
  SAVED_IN_ARTICLE,
  type SavedQuotesResponse,
  TOGGLE_SAVED_QUOTE,
} from '../common/saved-quotes/messages.js';
import { SHARD_PREFIX } from '../common/saved-quotes/collection.js';
import { collapse, parseSavedQuote, type SavedQuote } from '../common/saved-quotes/saved-quote.js';
import type { PageAnalysis } from '../core/pipeline.js';
import { QUOTE_ID_ATTR } from '../core/render/render.js';
import { h } from './h.js';
import { t } from './i18n.js';
import { icon } from './icons.js';

/** The attribute of a save button: the quote's index, as `data-quote-id` is for a highlight. */
const SAVE_ID_ATTR = 'data-save-id';
/** Set on a saved quote's first highlight segment (its bookmark is filled, aria-pressed true). */
const SAVED_ATTR = 'data-saved';

export interface QuoteSaving {
  /** A new save button for quote `id` (the panel's rows each take one). */
  button(id: number): HTMLButtonElement;
  /** Asks the background which quotes of this article are saved, and marks them. */
  refresh(): Promise<void>;
}

interface SavingActions {
  /** Quote `id` as the view shows it, '' if it is not shown. */
  quoteText(id: number): string;
  /** Quote `id`'s highlight segments, in document order. */
  marksOf(id: number): HTMLElement[];
  /** Says something to screen readers (the view's status line). */
  announce(text: string): void;
  /** Shows a line everyone sees until it is replaced; '' takes it away. */
  alert(text: string): void;
}

/** The words of a quote as the store compares them. */
const wordsKey = (text: string): string => collapse(text).normalize('NFC');

/** The saved quote of quote `id`: its words as shown, its speaker, and the article's fields. */
function savedQuoteOf(analysis: PageAnalysis, id: number, text: string): Omit<SavedQuote, 'savedAt'> | null {
  const quote = analysis.quotes.quotes[id];
  const article = analysis.result.article;
  if (!quote || !article) return null;
  const speaker = analysis.quotes.speakers.find((s) => s.id === quote.speakerId);
  const fields = {
    text,
    speaker: speaker?.name ?? null,
    role: speaker?.role ?? null,
    title: article.title,
    site: article.siteName,
    url: analysis.result.url,
    lang: article.lang,
    published: article.published,
  };
  // A language or date the store refuses (a page's odd metadata) is left out rather than losing the save.
  if (parseSavedQuote(fields, new Date().toISOString()).ok) return fields;
  return { ...fields, lang: null, published: null };
}

/** The quote a key press is about: the focused highlight, save button or panel row; null if none. */
function focusedQuote(): number | null {
  const active = document.activeElement;
  const holder = active?.closest(`mark[${QUOTE_ID_ATTR}], [${SAVE_ID_ATTR}], .qr-jump[${QUOTE_ID_ATTR}]`);
  if (!holder) return null;
  const id = Number(holder.getAttribute(SAVE_ID_ATTR) ?? holder.getAttribute(QUOTE_ID_ATTR));
  return Number.isInteger(id) ? id : null;
}

/**
 * Adds the save buttons to the article in `main` and the S key to the view. Without an article
 * (or quotes) it adds nothing.
 */
export function quoteSaving(analysis: PageAnalysis, main: HTMLElement, actions: SavingActions): QuoteSaving {
  const buttons = new Map<number, HTMLButtonElement[]>();
  const saved = new Set<number>();
  const pending = new Set<number>();
  const url = analysis.result.url;
  const textOf = (id: number): string => actions.quoteText(id) || collapse(analysis.quotes.quotes[id]?.text ?? '');

  function show(id: number, on: boolean): void {
    if (on) saved.add(id);
    else saved.delete(id);
    for (const b of buttons.get(id) ?? []) {
      b.setAttribute('aria-pressed', String(on));
      b.title = on ? t('unsaveQuote') : t('saveQuote');
    }
    const first = actions.marksOf(id).find((m) => m.hasAttribute('data-quote-first'));
    first?.toggleAttribute(SAVED_ATTR, on);
  }

  /** A save that did not happen is said to everyone: the bookmark alone would not change. */
  function fail(text: string): void {
    actions.announce(text);
    actions.alert(text);
  }

  async function toggle(id: number): Promise<void> {
    if (pending.has(id)) return;
    const quote = savedQuoteOf(analysis, id, textOf(id));
    if (!quote) return;
    pending.add(id);
    try {
      const answer = (await browser.runtime.sendMessage({ type: TOGGLE_SAVED_QUOTE, quote })) as SavedQuotesResponse;
      if (answer?.ok) {
        show(id, answer.saved === true);
        actions.announce(answer.saved ? t('quoteSaved') : t('quoteUnsaved'));
        actions.alert('');
      } else if (answer?.error === 'quota') {
        // The browser's own words ("QUOTA_BYTES quota exceeded") do not say that nothing was lost.
        fail(t('savedQuotaFull'));
      } else fail(t('saveFailed', answer?.message ?? ''));
    } catch (error) {
      fail(t('saveFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      pending.delete(id);
    }
  }

  function button(id: number): HTMLButtonElement {
    const speaker = actions.marksOf(id)[0]?.getAttribute('data-quote-sr') ?? '';
    const b = h(
      'button',
      {
        type: 'button',
        class: 'qr-save',
        [SAVE_ID_ATTR]: id,
        'aria-pressed': String(saved.has(id)),
        // The engine's words: reading the shown text of every quote while the view is drawn cost a style lookup each.
        'aria-label': `${t('saveQuote')}: ${collapse(analysis.quotes.quotes[id]?.text ?? '').slice(0, 60)}${speaker ? ` (${speaker})` : ''}`,
        'aria-keyshortcuts': 's',
        title: saved.has(id) ? t('unsaveQuote') : t('saveQuote'),
        onclick: (event: Event) => {
          if (event.isTrusted) void toggle(id);
        },
      },
      icon('bookmark'),
    );
    buttons.set(id, [...(buttons.get(id) ?? []), b]);
    return b;
  }

  async function refresh(): Promise<void> {
    let answer: SavedQuotesResponse;
    try {
      answer = (await browser.runtime.sendMessage({ type: SAVED_IN_ARTICLE, url })) as SavedQuotesResponse;
    } catch {
      return; // the background is restarting: the next change asks again
    }
    if (!answer?.ok) return;
    const texts = new Set((answer.texts ?? []).map(wordsKey));
    // Only quotes whose state changes are touched, and the shown text is read only when some
    // quote of the article is saved: a page of thousands of quotes and none saved costs nothing.
    analysis.quotes.quotes.forEach((q, id) => {
      const isSaved = texts.size > 0 && (texts.has(wordsKey(q.text)) || texts.has(wordsKey(textOf(id))));
      if (isSaved !== saved.has(id)) show(id, isSaved);
    });
  }

  if (!analysis.result.article || analysis.quotes.quotes.length === 0) return { button, refresh };

  // A button after each quote's last segment (after a link holding it: no button inside a link).
  for (const last of Array.from(main.querySelectorAll<HTMLElement>(`mark[${QUOTE_ID_ATTR}][data-quote-last]`))) {
    const id = Number(last.getAttribute(QUOTE_ID_ATTR));
    if (!Number.isInteger(id)) continue;
    (last.closest('a') ?? last).after(button(id));
    actions
      .marksOf(id)
      .find((m) => m.hasAttribute('data-quote-first'))
      ?.setAttribute('aria-keyshortcuts', 's');
  }

  window.addEventListener('keydown', (event) => {
    if (!event.isTrusted || event.defaultPrevented || event.repeat) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.toLowerCase() !== 's' && event.code !== 'KeyS') return;
    const id = focusedQuote();
    if (id === null || !analysis.quotes.quotes[id]) return;
    event.preventDefault();
    void toggle(id);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(SHARD_PREFIX))) void refresh();
  });
  return { button, refresh };
}

/** Opens the Saved quotes page in a new tab (the background does). */
export async function openSavedQuotes(): Promise<void> {
  await browser.runtime.sendMessage({ type: OPEN_SAVED_QUOTES });
}
