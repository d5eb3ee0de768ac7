/** UI strings from `_locales`, in the browser's language. */
import browser from 'webextension-polyfill';
import type { RenderStrings } from '../core/render/render.js';

/** The message for `key`, with `$1`… substitutions; the key itself if the locale lacks it. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  return message || key;
}

export function renderStrings(): RenderStrings {
  return {
    minutes: (n) => t('minutes', n),
    quoteBy: (name) => t('quoteBy', name),
    quoteUnattributed: t('quoteUnattributed'),
    editedBy: (name) => t('editedBy', name),
    ui: uiLanguage(),
  };
}

/** The interface's language (BCP 47) and direction: Arabic and Persian read right to left. */
export function uiLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: t('@@ui_locale').replace('_', '-'), dir: t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr' };
}
