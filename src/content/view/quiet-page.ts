/**
 * The page beneath the open view: it neither scrolls nor shows its scrollbars, and in print only
 * the view shows. One adopted sheet on the document, which changes no markup and is not subject
 * to the page's CSP; on close it is taken away and the page's own adopted sheets are left as they
 * are, in their order.
 */
import { adoptPageSheet } from './adopt-sheets.js';

const QUIET_CSS = 'html { overflow: hidden !important; } @media print { body { display: none !important; } }';

/** Quiets the page; `remove` gives it back (where no sheet can be adopted the page keeps its scrollbars). */
export function quietPage(): { remove: () => void } {
  return adoptPageSheet(QUIET_CSS);
}
