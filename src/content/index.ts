/**
 * The content script: runs on every DW page (and is injected on other sites on demand), so it
 * stays tiny: the cheap detector and the toggle. Readability, the quote engine and the view
 * (reader.js) are injected only when the view opens.
 */
import browser from 'webextension-polyfill';
import { AVAILABLE, INJECT_READER, isMessage, PING, PONG, PONG_READER, SVG_IMAGE, TOGGLE } from '../common/messages.js';
import { parseSettings } from '../common/settings.js';
import { detect } from '../core/detect/detect.js';

/**
 * An SVG image shown on its own: Firefox draws no HTML element in its document, the view's holder
 * included, so in neither browser is the view opened there; the toolbar icon says why instead.
 */
const isSvgImage = (): boolean => document.documentElement?.namespaceURI === 'http://www.w3.org/2000/svg';

async function toggle(): Promise<void> {
  if (isSvgImage()) {
    await browser.runtime.sendMessage({ type: SVG_IMAGE });
    return;
  }
  // The background injects the reader before a command's toggle; auto-open asks for it here.
  if (!globalThis.__quoteReader) await browser.runtime.sendMessage({ type: INJECT_READER });
  await globalThis.__quoteReader?.toggle();
}

async function start(): Promise<void> {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isMessage(message)) return undefined;
    if (message.type === PING) return Promise.resolve(globalThis.__quoteReader ? PONG_READER : PONG);
    // Answered even when the toggle fails: the background takes a failed message for a page
    // without this script, and would inject and toggle again.
    if (message.type === TOGGLE)
      return toggle().then(
        () => true,
        () => false,
      );
    return undefined;
  });
  const detection = detect(document, location.href);
  if (!detection.isArticle) return;
  await browser.runtime.sendMessage({ type: AVAILABLE, available: true }).catch(() => undefined);
  const settings = parseSettings(await browser.storage.sync.get(['autoOpenDw', 'autoOpenSites']).catch(() => ({})));
  const auto = detection.site === 'dw' ? settings.autoOpenDw : settings.autoOpenSites.includes(location.hostname);
  if (auto && !globalThis.__quoteReader?.isOpen()) await toggle();
}

if (!globalThis.__quoteReaderContent) {
  globalThis.__quoteReaderContent = true;
  void start();
}
