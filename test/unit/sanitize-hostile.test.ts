/**
 * The hostile payloads (test/fixtures/hostile/payloads.json, from DOMPurify's and OWASP's
 * published vectors) against the view's sanitizer, in jsdom: each payload alone, the hostile
 * article through the whole pipeline and render, and the CLI's --format html. Output is checked
 * statically (findDanger) and by running it: loaded into a jsdom that runs scripts, with every
 * hooked event fired on every element, the canary must stay unset. A control run of the raw
 * payloads shows that the canary does go off when a payload runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/pipeline.js';
import { renderArticle } from '../../src/core/render/render.js';
import { isVideoEmbed, sanitizeHtml } from '../../src/core/render/sanitize.js';
// @ts-expect-error: plain .mjs modules shared with the browser test
import { findDanger, fireEvents } from '../fixtures/hostile/danger.mjs';
// @ts-expect-error: plain .mjs modules shared with the browser test
import { HOSTILE_URL, LAST_PARAGRAPH_END, PAYLOADS, hostilePage, payloadHtml } from '../fixtures/hostile/page.mjs';

interface Payload {
  id: string;
  source: string;
  title: string;
  html: string;
  inPage?: boolean;
}
const payloads = PAYLOADS as Payload[];
const danger = findDanger as (root: ParentNode) => string[];
const fire = fireEvents as (root: ParentNode) => number;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli/quote-reader.mjs');
const FIRST_PARAGRAPH = 'Russia and Afghanistan have become friends again';
const dir = mkdtempSync(join(tmpdir(), 'quote-reader-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quiet = () => new VirtualConsole();

/** Loads `html` into a jsdom that runs scripts, fires every hooked event, returns the canary. */
function runIn(html: string): string {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`, { runScripts: 'dangerously', virtualConsole: quiet() });
  const win = dom.window as unknown as Window & { __pwned?: string; __phase?: string };
  win.__phase = 'run';
  fire(dom.window.document.body);
  const hit = win.__pwned ?? '';
  dom.window.close();
  return hit;
}

describe('hostile payloads, each alone', () => {
  const win = new JSDOM('', { virtualConsole: quiet() }).window as unknown as Window;

  it('are at least 30, each citing its source', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(30);
    for (const p of payloads) expect(p.source, p.id).toMatch(/DOMPurify|OWASP|issue 6/);
  });

  it.each(payloads.map((p) => [p.id, p.title, p] as const))('%s %s', (_id, _title, p) => {
    const holder = win.document.createElement('div');
    holder.append(sanitizeHtml(win, payloadHtml(p)));
    expect(danger(holder)).toEqual([]);
    expect(runIn(holder.innerHTML)).toBe('');
  });

  it('the canary works: raw payloads do run in the same harness', () => {
    const ran = payloads.filter((p) => runIn(payloadHtml(p)).includes(`-${p.id}`));
    // jsdom loads no images or frames, but handlers and inline scripts run.
    expect(ran.length).toBeGreaterThanOrEqual(15);
  });
});

describe('the hostile article', () => {
  const dom = new JSDOM(hostilePage(), { url: HOSTILE_URL, virtualConsole: quiet() });
  const analysis = analyzePage(dom.window.document, HOSTILE_URL, { force: true });
  const view = renderArticle(dom.window as unknown as Window, analysis);
  const body = view.querySelector('.qr-body')!;

  it('is read, and its text survives the payloads', () => {
    expect(analysis.result.article?.title).toBe('From foe to friend');
    expect(body.textContent).toContain(FIRST_PARAGRAPH);
    expect(body.textContent).toContain(LAST_PARAGRAPH_END);
  });

  it('renders nothing dangerous', () => {
    expect(danger(view)).toEqual([]);
  });

  it('runs nothing, as nodes in a live document or serialized and parsed again', () => {
    expect(runIn(view.outerHTML)).toBe('');
    const live = new JSDOM('<!doctype html><body></body>', { runScripts: 'dangerously', virtualConsole: quiet() });
    const liveWin = live.window as unknown as Window & { __pwned?: string };
    live.window.document.body.append(live.window.document.importNode(view, true));
    fire(live.window.document.body);
    expect(liveWin.__pwned ?? '').toBe('');
  });

  it('opens every link in a new tab without an opener, and keeps only sandboxed video frames', () => {
    const links = Array.from(body.querySelectorAll('a[href]'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(isVideoEmbed('https://www.youtube.com/embed/x')).toBe(true);
    expect(isVideoEmbed('http://www.youtube.com/embed/x')).toBe(false);
    expect(isVideoEmbed('https://www.youtube.com.evil.example/embed/x')).toBe(false);
    expect(isVideoEmbed('javascript:alert(1)//www.youtube.com')).toBe(false);
  });

  it('comes out of the CLI as a static page that runs nothing', () => {
    if (!existsSync(CLI)) throw new Error('dist/cli/quote-reader.mjs is missing: run "npm run build" first');
    const file = join(dir, 'hostile.html');
    writeFileSync(file, hostilePage());
    const r = spawnSync(process.execPath, [CLI, file, '--url', HOSTILE_URL, '--format', 'html'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = new JSDOM(r.stdout, { virtualConsole: quiet() }).window.document;
    expect(danger(out.body)).toEqual([]);
    expect(out.body.textContent).toContain(LAST_PARAGRAPH_END);
    expect(runIn(out.body.innerHTML)).toBe('');
  });
});

describe('the sanitizer on ordinary article markup', () => {
  const win = new JSDOM('', { virtualConsole: quiet() }).window as unknown as Window;
  const clean = (html: string): string => {
    const holder = win.document.createElement('div');
    holder.append(sanitizeHtml(win, html));
    return holder.innerHTML;
  };

  it('keeps text, links, images, dates, figures and video embeds (loaded lazily, with no referrer)', () => {
    expect(
      clean(
        '<p>A <a href="https://dw.com/x">link</a>, <em>stress</em> and <time datetime="2016-03-02T12:31">a date</time>.</p>',
      ),
    ).toBe(
      '<p>A <a href="https://dw.com/x" target="_blank" rel="noopener noreferrer">link</a>, <em>stress</em> and <time datetime="2016-03-02T12:31">a date</time>.</p>',
    );
    expect(clean('<figure><img src="https://static.dw.com/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>')).toBe(
      '<figure><img src="https://static.dw.com/a.jpg" alt="A" loading="lazy" referrerpolicy="no-referrer"><figcaption>Cap</figcaption></figure>',
    );
    expect(clean('<iframe src="https://www.youtube.com/embed/9nPlMXUhcm8" width="460" allowfullscreen></iframe>')).toBe(
      '<iframe src="https://www.youtube.com/embed/9nPlMXUhcm8" width="460" allowfullscreen="" sandbox="allow-scripts allow-same-origin allow-presentation" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
  });

  it('drops in-page anchors, page ids, classes, styles and data attributes, but keeps highlights', () => {
    expect(clean('<p id="x" class="c" style="color:red" data-x="1"><a href="#note">1</a></p>')).toBe('<p><a>1</a></p>');
    expect(
      clean('<mark data-quote-id="0" data-quote-label="Nessar">q</mark><span data-quote-label="fake">x</span>'),
    ).toBe('<mark data-quote-id="0" data-quote-label="Nessar">q</mark><span>x</span>');
  });

  it('drops other frames, forms and MathML, and SVG links', () => {
    expect(clean('<iframe src="https://evil.example/"></iframe><form><input></form><math><mi>x</mi></math>')).toBe('');
    expect(clean('<svg><a href="https://dw.com"><rect></rect></a></svg>')).toBe('<svg><a><rect></rect></a></svg>');
  });
});
