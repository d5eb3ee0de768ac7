/**
 * DW's page chrome, removed from a copy of a DW page whose article parts were not found and which
 * Readability must read whole. By structure only: DW publishes in some 30 languages.
 */
import { removeMatching } from '../../clean/clean.js';
import { DW_SECTION } from './layout.js';

/**
 * Scripts and templates: Readability would only have to walk and drop them. Only on DW pages:
 * elsewhere `noscript` holds the real images of lazy ones (Readability unwraps them) and
 * `script type="math/tex"` holds formulas.
 */
const SCRIPTS = ['script', 'noscript', 'template', 'iframe[hidden]'];

/**
 * Chrome of both layouts (README.md beside this file): skip links and their list, each related
 * section with its "Skip next section …" anchor (Top Story holds its own h1), navigation, sharing
 * bar and permalink, ads, author box, footer; older layout: meta list, related content, link lists.
 */
const CHROME = [
  'ol:has(> li > a[href="#main-content"])',
  'a[href="#main-content"], a[href="#navigation"], a[href="#footer"]',
  'a.quick-item',
  DW_SECTION,
  'nav, footer, aside, #navigation, #footer, #footerSection',
  '[data-tracking-name^="sharing"], #sharing-bar, .copy-button-wrapper',
  '.advertisement, .rich-text-ad, .gpt-slot, .adWrapper, .advertising',
  '.feedback',
  'ul.smallList, .relatedContent, .linkList, .basicTeaser',
];

/** Removes DW's scripts and chrome from `copy` in place. */
export function cleanDw(copy: Document): void {
  removeMatching(copy, [...SCRIPTS, ...CHROME]);
}
