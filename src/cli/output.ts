/** The CLI's three output formats. */
import type { JSDOM } from 'jsdom';
import { terminalText } from '../common/plain-text.js';
import { ARTICLE_CSS } from '../common/reader-css.js';
import type { PageAnalysis } from '../core/pipeline.js';
import { formatDate, renderArticle } from '../core/render/render.js';
import type { PageResult } from '../core/types.js';

/**
 * Characters JSON leaves as they are that a terminal may act on or that reorder what it shows:
 * C1 controls (some terminals read U+009B as the start of a command) and bidi formatting.
 */
const JSON_UNSAFE = /[\u0080-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The result as JSON, with the characters above written as `\u` escapes (the same data). */
export function toJson(result: PageResult): string {
  const json = JSON.stringify(result, null, 2).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}

/**
 * Title, metadata, text and a "who said what" list, for reading in a terminal: escape sequences,
 * other controls and bidi formatting from the page are taken out (terminal-text in plain-text.ts).
 */
export function toText(result: PageResult): string {
  return terminalText(textLines(result));
}

function textLines(result: PageResult): string {
  const a = result.article;
  if (!a) return `${result.reason}\n`;
  const meta = [a.byline, a.published ? formatDate(a.published, a.lang) : null, `${a.readingMinutes} min read`].filter(
    Boolean,
  );
  const lines = [a.title, meta.join(' · '), ''];
  if (a.lead) lines.push(a.lead, '');
  lines.push(a.text, '');
  if (result.quotes.length) {
    lines.push('Who said what', '');
    for (const q of result.quotes) lines.push(`- ${q.speaker ?? 'unattributed'}: “${q.text}”`);
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * The report's Content-Security-Policy: no script, no form, no base, no connection; its styles
 * inline; remote images (and video embeds) only when asked for (`--images`), else data: images
 * alone, so that opening the report tells no server anything.
 */
function reportPolicy(images: boolean): string {
  const remote = images ? 'img-src https: http: data:; frame-src https:' : 'img-src data:';
  return `default-src 'none'; ${remote}; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'`;
}

/** A self-contained static page: inline CSS, sanitized body, no script, no remote image unless `images`. */
export function toHtml(dom: JSDOM, analysis: PageAnalysis, { images = false } = {}): string {
  const out = new dom.window.DOMParser().parseFromString(
    '<!doctype html><html><head></head><body></body></html>',
    'text/html',
  );
  const article = analysis.result.article;
  const win = dom.window as unknown as Window;
  const rendered = renderArticle(win, analysis);
  out.documentElement.lang = article?.lang ?? '';
  out.documentElement.dir = article?.dir ?? 'ltr';
  const charset = out.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const viewport = out.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  const csp = out.createElement('meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = reportPolicy(images);
  // Images the report does load go without the report's address.
  const referrer = out.createElement('meta');
  referrer.name = 'referrer';
  referrer.content = 'no-referrer';
  const title = out.createElement('title');
  title.textContent = article?.title ?? 'Quote Reader';
  const style = out.createElement('style');
  style.textContent = `${ARTICLE_CSS}\nbody{margin:0}`;
  out.head.append(charset, viewport, csp, referrer, title, style);
  const page = out.createElement('div');
  page.className = 'qr-page qr-theme-system';
  page.append(out.importNode(rendered, true));
  out.body.append(page);
  return `<!doctype html>\n${out.documentElement.outerHTML}\n`;
}
