/**
 * The background: toolbar button, keyboard command and context menu all reach one toggle in the
 * page. On DW pages the content script is already there; elsewhere it is injected on demand
 * through activeTab, which the user's gesture grants for that tab.
 */
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { AVAILABLE, INJECT_READER, isMessage, PING, PONG, PONG_READER, SVG_IMAGE, TOGGLE } from '../common/messages.js';
import { registerAutoOpenSites } from './auto-open.js';
import { answerSavedQuotes, createSavedQuotesMenu, openSavedQuotes, SAVED_MENU_ID } from './saved-quotes.js';
import { relayViews } from './view-relay.js';

export const COMMAND = 'toggle-reader';
const MENU_ID = 'toggle-reader';

/** Files injected into a page that has no content script yet, in order. */
const CONTENT_FILES = ['browser-polyfill.js', 'content.js'];
const READER_FILES = ['reader.js'];

/** What of ours the tab's page has: nothing, the content script, or the reader bundle too. */
async function scriptsIn(tabId: number): Promise<'none' | 'content' | 'reader'> {
  try {
    const answer = await browser.tabs.sendMessage(tabId, { type: PING }, { frameId: 0 });
    return answer === PONG_READER ? 'reader' : answer === PONG ? 'content' : 'none';
  } catch {
    return 'none';
  }
}

/**
 * Tabs whose page took a toggle since this worker started: the next command there goes straight
 * to the page, a round trip sooner. Where that page has gone since, the toggle finds no one and
 * the ping below follows; a new page with the content script but not the reader asks for it.
 */
const toggledIn = new Set<number>();

/** Opens or closes the view in `tab`. Pages the extension may not touch are left alone. */
export async function toggle(tab: Tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  if (toggledIn.has(tabId)) {
    try {
      await browser.tabs.sendMessage(tabId, { type: TOGGLE }, { frameId: 0 });
      return;
    } catch {
      toggledIn.delete(tabId);
    }
  }
  try {
    // The reader is injected here, with the content script where it is missing, in one go: not
    // asked for by the content script once the toggle reaches it, a round trip later.
    const there = await scriptsIn(tabId);
    const files = there === 'none' ? [...CONTENT_FILES, ...READER_FILES] : there === 'content' ? READER_FILES : [];
    if (files.length > 0) await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files });
    await browser.tabs.sendMessage(tabId, { type: TOGGLE }, { frameId: 0 });
    toggledIn.add(tabId);
  } catch (error) {
    // chrome://, about:, the web stores and PDF viewers refuse scripts: nothing to do there.
    console.warn('Quote Reader cannot open on this page:', error instanceof Error ? error.message : error);
  }
}

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function createMenu(): void {
  browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({
        id: MENU_ID,
        title: browser.i18n.getMessage('menuToggle'),
        contexts: ['page', 'selection', 'link', 'image'],
      });
      createSavedQuotesMenu();
    })
    .catch(() => undefined);
}

relayViews();

browser.runtime.onInstalled.addListener(() => {
  createMenu();
  void registerAutoOpenSites();
});
browser.runtime.onStartup.addListener(createMenu);

browser.action.onClicked.addListener((tab) => void toggle(tab));
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) void toggle(tab);
  if (info.menuItemId === SAVED_MENU_ID) void openSavedQuotes();
});
browser.commands.onCommand.addListener(async (command, tab) => {
  if (command === COMMAND) await toggle(tab ?? (await activeTab()));
});

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  // One listener answers every message: a second one would race this one's answer.
  const saved = answerSavedQuotes(message, sender);
  if (saved) return saved;
  if (!isMessage(message) || !sender.tab?.id) return undefined;
  const tabId = sender.tab.id;
  if (message.type === INJECT_READER) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: READER_FILES });
    return true;
  }
  if (message.type === AVAILABLE) {
    // The toolbar icon says a clean view is there: a badge and a title, for this tab only.
    await browser.action.setBadgeText({ tabId, text: message.available ? '✓' : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#12355b' });
    await browser.action.setTitle({
      tabId,
      title: browser.i18n.getMessage(message.available ? 'actionTitleAvailable' : 'actionTitle'),
    });
    return true;
  }
  if (message.type === SVG_IMAGE) {
    // No view can be drawn there: the icon says so, for this tab, until it goes to another page.
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitleSvg') });
    return true;
  }
  return undefined;
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && 'autoOpenSites' in changes) void registerAutoOpenSites();
});
