/**
 * DW addresses: `https://www.dw.com/{lang}/{slug}/{type}-{id}` on www, amp and m.dw.com.
 * Only the `a-` type is an article (README.md beside this file lists the others).
 */

/** DW's hosts: the content script runs only there. */
const DW_HOSTS: ReadonlySet<string> = new Set(['www.dw.com', 'amp.dw.com', 'm.dw.com', 'dw.com']);

/** The last path segment names the page type and its numeric id: `a-19084123`, `video-65428380`. */
const TYPE_SEGMENT = /\/([a-z]+)-(\d+)\/?$/;

/** A home page is the bare host or one language folder: `/`, `/en/`, `/pt-br/`, `/pt-002/`. */
const HOME_PATH = /^\/(?:[a-z]{2,3}(?:-[a-z0-9]{2,4})?\/?)?$/i;

/**
 * The language folder that opens a DW path: `/en/`, `/pt-br/`, `/fa-ir/`, `/zh-hant/`, and
 * Portuguese for Africa's `/pt-002/` (a UN region code, digits).
 */
const LANG_FOLDER = /^\/([a-z]{2,3}(?:-[a-z0-9]{2,4})?)(?:\/|$)/i;

/** What the address of a DW page says about it. */
export interface DwAddress {
  /** The page type from the last path segment (`a`, `video`, `live` ...), or null. */
  type: string | null;
  /** True for `https://www.dw.com/` and `https://www.dw.com/{lang}/`. */
  home: boolean;
  /** The language folder (`en`, `de`, `pt-br`), or null. */
  lang: string | null;
}

/** Reads a DW address; null when `url` is not on a DW host or is not a URL at all. */
export function parseDwUrl(url: string): DwAddress | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!DW_HOSTS.has(parsed.hostname)) return null;
  const path = parsed.pathname;
  const type = TYPE_SEGMENT.exec(path)?.[1] ?? null;
  const lang = LANG_FOLDER.exec(path)?.[1]?.toLowerCase() ?? null;
  return { type, home: HOME_PATH.test(path), lang };
}
