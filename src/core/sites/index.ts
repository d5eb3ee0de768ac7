/**
 * The sites with rules of their own, in the order they are asked: the one place the generic
 * stages reach them through. A new site is a folder beside `dw/` implementing `SiteRules`
 * (types.ts), and a line in each list below.
 */
import type { Site } from '../types.js';
import { dw, dwDetector } from './dw/index.js';
import type { SiteDetector, SiteRules } from './types.js';

/**
 * Each site's detection alone. The detect stage uses this list, not SITES, so that the content
 * script, which runs it on every page of a site, bundles no extraction code (its size budget is
 * 10 KB; `npm run bench`).
 */
export const SITE_DETECTORS: readonly SiteDetector[] = [dwDetector];

/** Each site's full rules, for cleaning and extraction. */
const SITES: readonly SiteRules[] = [dw];

/** The rules of the site that detection named; undefined for a generic page. */
export function siteRules(site: Site): SiteRules | undefined {
  return SITES.find((rules) => rules.id === site);
}
