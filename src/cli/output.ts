/** The CLI's three output formats. */
import type { JSDOM } from 'jsdom';
import { ARTICLE_CSS } from '../common/reader-css.js';
import type { PageAnalysis } from '../core/pipeline.js';
import { formatDate, renderArticle } from '../core/render/render.js';
import type { PageResult } from '../core/types.js';

export function toJson(result: PageResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Title, metadata, text and a "who said what" list, for reading in a terminal. */
export function toText(result: PageResult): string {
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

/** A self-contained static page: inline CSS, sanitized body, no script. */
export function toHtml(dom: JSDOM, analysis: PageAnalysis): string {
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
  csp.content = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; frame-src https:";
  const title = out.createElement('title');
  title.textContent = article?.title ?? 'Quote Reader';
  const style = out.createElement('style');
  style.textContent = `${ARTICLE_CSS}\nbody{margin:0}`;
  out.head.append(charset, viewport, csp, title, style);
  const page = out.createElement('div');
  page.className = 'qr-page qr-theme-system';
  page.append(out.importNode(rendered, true));
  out.body.append(page);
  return `<!doctype html>\n${out.documentElement.outerHTML}\n`;
}
