/** Messages between the background and the content script. One name per intent. */

/** Background → content: open the view, or close it when open. */
export const TOGGLE = 'qr:toggle';
/** Background → content: is the content script here? (it answers with `PONG`). */
export const PING = 'qr:ping';
export const PONG = 'qr:pong';
/** Content → background: inject the reader bundle into this frame. */
export const INJECT_READER = 'qr:inject-reader';
/** Content → background: this page is (or is not) a DW article; update the toolbar icon. */
export const AVAILABLE = 'qr:available';

export interface Message {
  type: typeof TOGGLE | typeof PING | typeof INJECT_READER | typeof AVAILABLE;
  available?: boolean;
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}
