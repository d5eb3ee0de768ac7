/**
 * Extraction: DW's own reader for DW pages, Readability on a cleaned copy for the rest.
 */
import { extractDw } from './dw/extract-dw.js';
import { extractGeneric } from './generic.js';
import type { Site } from './types.js';
import type { Extraction } from './article.js';

export type { Extraction } from './article.js';

/**
 * Extracts the article of `doc` at `url`. Never changes `doc`: every step works on a copy.
 * @param site which rules detection chose; a DW page of an unknown layout falls back to the
 *   generic reader with DW's chrome removed.
 */
export function extract(doc: Document, url: string, site: Site): Extraction | null {
  return (site === 'dw' ? extractDw(doc, url) : null) ?? extractGeneric(doc, site);
}
