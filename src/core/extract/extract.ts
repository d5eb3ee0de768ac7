/**
 * Extraction: a site's own reader for the site's pages, Readability on a cleaned copy for the
 * rest (and for a site's page of a layout its reader does not know).
 */
import { siteRules } from '../sites/index.js';
import type { Site } from '../types.js';
import { assemble, type Extraction } from './article.js';
import { extractWithReadability, readPreparedBody } from './readability.js';

export type { Extraction } from './article.js';

/**
 * Extracts the article of `doc` at `url`. Never changes `doc`: every step works on a copy.
 * @param site which rules detection chose.
 */
export function extract(doc: Document, url: string, site: Site): Extraction | null {
  const rules = siteRules(site);
  const prepared = rules?.prepare(doc, url);
  if (rules && prepared) return assemble({ ...prepared.meta, siteName: rules.name }, readPreparedBody(prepared.work));
  return extractWithReadability(doc, rules);
}
