/**
 * The page beneath the open view: it neither scrolls nor shows its scrollbars, and in print only
 * the view shows. One adopted sheet on the document, which changes no markup and is not subject
 * to the page's CSP; on close it is taken away and the page's own adopted sheets are left as they
 * are, in their order.
 */
import { adoptedSheets, adoptSheets } from './adopt-sheets.js';

const QUIET_CSS = 'html { overflow: hidden !important; } @media print { body { display: none !important; } }';

/** Quiets the page; `remove` gives it back. */
export function quietPage(): { remove: () => void } {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(QUIET_CSS);
    adoptSheets(document, [...adoptedSheets(document), sheet]);
    return {
      remove: () =>
        adoptSheets(
          document,
          adoptedSheets(document).filter((s) => s !== sheet),
        ),
    };
  } catch {
    return { remove: () => undefined }; // the page then keeps its scrollbars; nothing breaks
  }
}
