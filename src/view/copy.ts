/**
 * Copying from the view. The text is written by this extension page's own
 * `navigator.clipboard.writeText`, in its own document: the page beneath sees no `copy` event
 * and cannot change what is written. There is no `execCommand('copy')` fallback in the page.
 *
 * Where the browser refuses the write (a page that sends `Permissions-Policy: clipboard-write=()`
 * forbids it to every frame of its tab, the view's included), the citation is shown selected in
 * the view, for the reader to copy with the keyboard: a copy made in this document is this
 * document's, and the page has no part in it either.
 */
import { h } from './h.js';
import { t } from './i18n.js';

/** Writes `text` to the clipboard; false when the browser refused. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Shows `text` selected in a read-only field after `anchor`, with a line saying how to copy it;
 * it goes when it loses the focus. Returns the field.
 */
export function offerManualCopy(anchor: Element, text: string): HTMLTextAreaElement {
  anchor.parentElement?.querySelector('.qr-copy-manual')?.remove();
  const field = h('textarea', { class: 'qr-copy-text', readonly: true, rows: 3, 'aria-describedby': 'qr-copy-hint' });
  field.value = text;
  const box = h('div', { class: 'qr-copy-manual' }, h('p', { id: 'qr-copy-hint' }, t('copyByKeyboard')), field);
  anchor.after(box);
  field.addEventListener('blur', () => box.remove());
  field.focus();
  field.select();
  return field;
}
