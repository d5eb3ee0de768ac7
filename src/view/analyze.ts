/**
 * The page's copy read by the pipeline, with the language data its page needs. Built as a script
 * of its own (analyzer.js, entry analyzer.ts) that the view loads only when it has a copy to
 * read: a re-open that shows the kept analysis never parses Readability or the quote engine.
 */
import { type DomCopy, rebuildTree } from '../common/dom-copy.js';
import type { PageCopy } from '../common/messages.js';
import { pageLang } from '../core/extract/lang.js';
import { analyzePage, type PageAnalysis } from '../core/pipeline.js';
import { LANGUAGES } from '../core/quotes/lang/index.js';
import { unreadablePage } from '../core/unreadable.js';
import { languagesFor, loadLanguages } from './languages.js';

/** XML served as data (feeds, sitemaps, SVG): the copy is an XML document, as the page was. */
const XML_TYPE = /^(application|text|image)\/([\w.+-]+\+)?xml$/;

/**
 * A document of the page's kind holding the copied tree: an HTML document for HTML (and for
 * text shown as HTML), an XML one for XML, so that the guard sees what the browser saw. Its
 * relative addresses resolve against the page's.
 */
function rebuildPage(nodes: DomCopy, copy: PageCopy): Document {
  const impl = document.implementation;
  const xml = XML_TYPE.test(copy.contentType) && copy.contentType !== 'application/xhtml+xml';
  const doc = xml ? impl.createDocument(null, null, null) : impl.createHTMLDocument('');
  const root = rebuildTree(doc, nodes);
  if (doc.documentElement) doc.documentElement.remove();
  if (root) doc.append(root);
  if (!xml && doc.head) {
    const base = doc.createElement('base');
    base.href = copy.baseUrl;
    doc.head.prepend(base);
  }
  return doc;
}

/**
 * Runs the pipeline on the copy, with the language data its page needs (languages.ts); a page
 * that breaks it gets a message instead of an exception.
 */
export async function analyze(nodes: DomCopy, copy: PageCopy): Promise<PageAnalysis> {
  try {
    const page = rebuildPage(nodes, copy);
    await loadLanguages(languagesFor(pageLang(page)));
    // `force`: the reader asked for the view, so show what can be read even when detection doubts.
    const analysis = analyzePage(page, copy.url, { force: true });
    // The article may say its language where <html> does not: read it again with that data.
    const more = languagesFor(analysis.extraction?.article.lang ?? null).filter((code) => !(code in LANGUAGES));
    if (more.length === 0) return analysis;
    await loadLanguages(more);
    return analyzePage(rebuildPage(nodes, copy), copy.url, { force: true });
  } catch (error) {
    return unreadablePage(copy.url, `The page could not be read (${errorText(error)}).`);
  }
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The engine's data for the language `<html lang>` names (`tag`), asked for as soon as the view
 * starts, so that the file loads while the page's copy is on its way. Only a language with a
 * file of its own is loaded early.
 */
export function preloadLanguage(tag: string | null): void {
  const codes = languagesFor(tag);
  if (codes.length === 1) void loadLanguages(codes);
}
