/**
 * Saved quotes in the background: the Saved quotes page opens from the toolbar button's context
 * menu or on a message, and saves sent as messages (by the reading view, by tests) go through one
 * store. The messages are described in `common/saved-quotes/messages.ts`.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { answerStoreMessage, isStoreMessage, openSavedQuotesRequest } from '../common/saved-quotes/messages.js';
import { savedQuotesStore } from '../common/saved-quotes/store.js';

export const SAVED_MENU_ID = 'open-saved-quotes';

const store = savedQuotesStore(browser.storage.local);

/** Opens the Saved quotes page in a new tab, showing one speaker's quotes when `speaker` is given. */
export async function openSavedQuotes(speaker?: string): Promise<void> {
  const query = speaker === undefined ? '' : `?${new URLSearchParams({ speaker })}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`saved.html${query}`) });
}

/** "Saved quotes" in the toolbar button's context menu. */
export function createSavedQuotesMenu(): void {
  browser.contextMenus.create({
    id: SAVED_MENU_ID,
    title: browser.i18n.getMessage('menuSavedQuotes'),
    contexts: ['action'],
  });
}

/**
 * The answer to a saved-quotes message from this extension, or undefined for any other message
 * (which the caller then answers as before).
 */
export function answerSavedQuotes(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const open = openSavedQuotesRequest(message);
  if (open) return openSavedQuotes(open.speaker).then(() => ({ ok: true }));
  return isStoreMessage(message) ? answerStoreMessage(message, store) : undefined;
}
