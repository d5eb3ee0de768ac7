/** Messages between the background, the content script and the view. One name per intent. */
import type { DomCopy } from './dom-copy.js';

/** Background → content: open the view, or close it when open. */
export const TOGGLE = 'qr:toggle';
/**
 * Background → content: is the content script here? It answers `PONG`, or `PONG_READER` when the
 * reader bundle is there too (the background then injects nothing before the toggle).
 */
export const PING = 'qr:ping';
export const PONG = 'qr:pong';
export const PONG_READER = 'qr:pong-reader';
/** Content → background: inject the reader bundle into this frame. */
export const INJECT_READER = 'qr:inject-reader';
/** Content → background: this page is (or is not) a DW article; update the toolbar icon. */
export const AVAILABLE = 'qr:available';
/** Content → background: the view was asked for on an SVG image, where it cannot be drawn; say so on the toolbar icon. */
export const SVG_IMAGE = 'qr:svg-image';

export interface Message {
  type: typeof TOGGLE | typeof PING | typeof INJECT_READER | typeof AVAILABLE | typeof SVG_IMAGE;
  available?: boolean;
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}

/**
 * The view is an extension page in a frame over the page; the page side of it (reader.js, in the
 * content script) and the view talk over two `runtime` ports that the background joins: one from
 * each side, named here. The page side makes a secret for each opening and gives it to the frame
 * in the address it navigates the frame to (which the page cannot read); each side's first
 * message carries it, and the background joins a view only to the page side of the same tab
 * with the same secret, once. A frame the page made itself has no secret and gets nothing.
 * Never `window.postMessage`: the page could read and send those.
 */
export const HOST_PORT = 'qr:view-host';
export const VIEW_PORT = 'qr:view';

/** The first message on either port. */
export interface Hello {
  type: 'hello';
  secret: string;
}

/** Page side → view: the next piece of the page's copy (dom-copy.ts), in order. */
interface PagePart {
  type: 'page-part';
  nodes: DomCopy;
}

/** Page side → view, after the last part: what the copied page is. The view reads it there, never here. */
export interface PageCopy {
  type: 'page';
  url: string;
  /** The page's base URL, for its relative links. */
  baseUrl: string;
  /** `document.contentType`: the view's copy is a document of the same kind. */
  contentType: string;
}

/**
 * Page side → view, instead of the page's copy: the analysis of the page by the last view, given
 * back while the page has not changed since it was copied (view/kept-analysis.ts; the type is
 * the view's, opaque data on this side).
 */
interface KeptPage {
  type: 'kept';
  analysis: unknown;
}

/** Page side → view: whether something of the page's is drawn over the view, and what. */
interface Covered {
  type: 'covered';
  /** null when nothing is; else a short technical description ("a page popover"). */
  by: string | null;
}

/**
 * View → page side: the view is drawn and wants the focus; or the reader asked to close it; or
 * the kept analysis did not hold together, and the page's copy is wanted after all.
 */
interface ViewSignal {
  type: 'ready' | 'close' | 'ping' | 'send-copy';
}

/** View → page side: the analysis of the page's copy, to keep for the next opening (`KeptPage`). */
interface KeepAnalysis {
  type: 'keep';
  analysis: unknown;
}

export type HostToView = PagePart | PageCopy | KeptPage | Covered;
export type ViewToHost = ViewSignal | KeepAnalysis;

/** Whether `value` is an object with a string `type`, as every port message is. */
export function hasType(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type: unknown }).type === 'string';
}
