/**
 * Deutsche Welle (dw.com, in some 30 languages): the site's rules for the generic stages. What is
 * known of DW's markup, and the pages it was read off, is in README.md beside this file.
 */
import { metaContent } from '../../extract/meta.js';
import type { SiteDetector, SiteRules } from '../types.js';
import { cleanDw } from './chrome.js';
import { detectDw } from './detect.js';
import { stripDwTitleTail } from './metadata.js';
import { prepareDw } from './prepare.js';

/** DW's detection alone: the content script runs it on every DW page. */
export const dwDetector: SiteDetector = { id: 'dw', detect: detectDw };

export const dw: SiteRules = {
  id: 'dw',
  detect: detectDw,
  // Whatever og:site_name says ("dw.com", "DW.COM").
  name: 'DW',
  prepare: prepareDw,
  clean: cleanDw,
  // Readability cuts a title at its last separator; the page's og:title keeps it whole.
  title: (doc, readabilityTitle) => stripDwTitleTail(metaContent(doc, 'og:title') ?? readabilityTitle),
};
