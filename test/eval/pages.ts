/**
 * Loads a saved page and runs the whole pipeline on it: shared by the quote eval and its
 * helpers, so they read pages exactly the same way.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { analyzePage, type PageAnalysis } from '../../src/core/pipeline.js';

/** Reads `file` as HTML at `url` and analyses it (forced, so non-article verdicts still yield quotes). */
export function analyzeFile(file: string, url: string): PageAnalysis {
  const html = readFileSync(file, 'utf8');
  const virtualConsole = new VirtualConsole(); // page scripts' and CSS parser noise is not ours
  const dom = new JSDOM(html, { url, virtualConsole });
  try {
    return analyzePage(dom.window.document, url, { force: true });
  } finally {
    dom.window.close();
  }
}
