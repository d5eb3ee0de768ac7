/** UI strings from `_locales`, in the browser's language. */
import browser from 'webextension-polyfill';

/** The message for `key`, with `$1`… substitutions; the key itself if the locale lacks it. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The browser's UI language ("en-US"), for dates, numbers and sorting. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** Sets the page's language and direction, and the text of every `[data-i18n]` element. */
export function localize(): void {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    const message = browser.i18n.getMessage(node.dataset.i18n ?? '');
    if (message) node.textContent = message;
  }
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]'))) {
    const message = browser.i18n.getMessage(node.dataset.i18nPlaceholder ?? '');
    if (message) node.setAttribute('placeholder', message);
  }
  document.title = t('savedTitle');
}
