/**
 * Constructed stylesheets adopted from the content script into the page's document (the sheet
 * that keeps the page still beneath the view, quiet-page.ts). Adopted sheets change no markup and
 * are not subject to the page's CSP.
 *
 * Firefox before 153 (ESR 140 among them) refuses both the read and the write of
 * `adoptedStyleSheets` from a content script: the Xray wrapper it sees the page through does
 * not support the property (Mozilla bug 1751346). There the property is reached on the page's
 * own object (`wrappedJSObject`), with the sheets cloned into the page's compartment
 * (`cloneInto` with `wrapReflectors`, which passes DOM objects through as themselves), and the
 * page's sheets are read back through `XPCNativeWrapper`, so they compare equal to ours.
 * Other browsers, and Firefox 153 on, take the plain property; the fallback runs only where it
 * throws.
 */

/** Firefox content-script globals (absent elsewhere, hence `typeof` checks). */
declare const cloneInto: (value: unknown, target: object, options: { wrapReflectors: boolean }) => unknown;
declare function XPCNativeWrapper<T>(value: T): T;

type Target = Document | ShadowRoot;

/** The page's own object behind an Xray wrapper (Firefox content scripts only). */
function pageObject(target: Target): { adoptedStyleSheets: ArrayLike<CSSStyleSheet> } | null {
  const waived = (target as { wrappedJSObject?: { adoptedStyleSheets: ArrayLike<CSSStyleSheet> } }).wrappedJSObject;
  return waived && typeof cloneInto === 'function' && typeof XPCNativeWrapper === 'function' ? waived : null;
}

/** The sheets adopted by `target` now, in order. */
function adoptedSheets(target: Target): CSSStyleSheet[] {
  try {
    return [...target.adoptedStyleSheets];
  } catch (error) {
    const page = pageObject(target);
    if (!page) throw error;
    return Array.from(page.adoptedStyleSheets, (sheet) => XPCNativeWrapper(sheet));
  }
}

/** Makes `sheets`, in this order, the sheets `target` adopts. */
function adoptSheets(target: Target, sheets: readonly CSSStyleSheet[]): void {
  try {
    target.adoptedStyleSheets = [...sheets];
  } catch (error) {
    const page = pageObject(target);
    if (!page) throw error;
    page.adoptedStyleSheets = cloneInto([...sheets], window, { wrapReflectors: true }) as CSSStyleSheet[];
  }
}

/**
 * Adopts one sheet of `css` into the page's document after its own; `remove` takes only ours
 * away. Where no sheet can be adopted, nothing happens (the caller's effect is then missing,
 * nothing breaks).
 */
export function adoptPageSheet(css: string): { remove: () => void } {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    adoptSheets(document, [...adoptedSheets(document), sheet]);
    return {
      remove: () =>
        adoptSheets(
          document,
          adoptedSheets(document).filter((s) => s !== sheet),
        ),
    };
  } catch {
    return { remove: () => undefined };
  }
}
