/** The built CLI (dist/cli/quote-reader.mjs) as a user runs it: output, exit codes, one-line errors. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}dist/cli/quote-reader.mjs`;
const seed = `${root}examples/dw-from-foe-to-friend.html`;
const SEED_URL = 'https://www.dw.com/en/from-foe-to-friend/a-19084123';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli/quote-reader.mjs is missing: run "npm run build" first');
});

describe('quote-reader CLI', () => {
  it('answers the JSON contract on the seed page', () => {
    const r = run([seed, '--url', SEED_URL]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['article', 'isArticle', 'quotes', 'reason', 'site', 'speakers', 'url']);
    expect(out).toMatchObject({ url: SEED_URL, isArticle: true, site: 'dw' });
    expect(out.article.title).toBe('From foe to friend');
    for (const key of [
      'title',
      'byline',
      'authors',
      'published',
      'lang',
      'dir',
      'lead',
      'image',
      'text',
      'html',
      'readingMinutes',
    ]) {
      expect(out.article).toHaveProperty(key);
    }
    expect(out.article.text).toContain('\n\n');
    expect(Array.isArray(out.quotes)).toBe(true);
    expect(Array.isArray(out.speakers)).toBe(true);
  });

  it('reads standard input', () => {
    const r = run(['-', '--url', SEED_URL, '--format', 'text'], readFileSync(seed, 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('From foe to friend');
  });

  it('writes a self-contained static page with no script', () => {
    const r = run([seed, '--url', SEED_URL, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    // The article stylesheet inlined: its generated colours and its plain CSS.
    expect(r.stdout).toMatch(
      /<style>[^<]*\.qr-theme-light\{--qr-bg:#ffffff;[^<]*mark\[data-quote-id\]\{[^<]*<\/style>/,
    );
    expect(r.stdout).not.toMatch(/<script|<link\b|\son\w+=/i);
    expect(r.stdout).toContain('From foe to friend');
  });

  it('exits 2 with one line on a missing file', () => {
    const r = run(['no-such-page.html']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no such file/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 with one line on bad arguments', () => {
    for (const args of [[], [seed, '--format', 'pdf'], [seed, '--bogus'], [seed, '--url', 'not a url']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\s+at\s/);
    }
  });

  it('exits 3 on a page that is not an article, and --force extracts anyway', () => {
    const page =
      '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>';
    const r = run(['-', '--url', 'https://example.org/'], page);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).isArticle).toBe(false);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const forced = run(['-', '--url', 'https://example.org/', '--force'], page);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).article.text).toContain('Short.');
  });

  describe('a hostile page', () => {
    const ESC = '\u001b';
    const BEL = '\u0007';
    const words = 'with enough plain words around it that the reader takes the page for an article body';
    const hostile = [
      '<html><head><title>x</title></head><body><article>',
      `<h1>Title${ESC}]0;window title set by the page${BEL} here</h1>`,
      `<p>One ${ESC}[2K${ESC}[1A erased line, ${ESC}]52;c;ZXZpbA==${BEL} a clipboard write, ${words}.</p>`,
      `<p>Two \u009b31m an 8-bit escape, \u202ereversed\u202c and zero\u200bwidth \u2066isolated\u2069, ${words}.</p>`,
      `<p>Three “a quote with \u202eevil\u202c in it,” said Jane Doe, ${words}.</p>`,
      '</article></body></html>',
    ].join('');

    it('prints no escape sequence, control or bidi character as text', () => {
      const r = run(['-', '--url', 'https://example.org/a', '--format', 'text', '--force'], hostile);
      expect(r.code).toBe(0);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069]/);
      expect(r.stdout).toContain('One ');
      expect(r.stdout).toContain('reversed');
      expect(r.stdout).toContain('zerowidth');
    });

    it('escapes C1 controls and bidi characters in JSON, which still holds the same text', () => {
      const r = run(['-', '--url', 'https://example.org/a', '--force'], hostile);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(JSON.parse(r.stdout).article.text).toContain('\u202ereversed\u202c');
    });

    it('refuses a javascript: or data: address with exit 2, and takes http(s) and file ones', () => {
      for (const url of ['JavaScript:alert(document.domain)', 'data:text/html,x']) {
        const r = run([seed, '--url', url]);
        expect(r.code, url).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
      }
      expect(run([seed, '--url', 'file:///tmp/page.html']).code).toBe(0);
    });

    it('writes a report that loads no remote image, sends no form and takes no base, unless --images', () => {
      const csp = (html: string): string =>
        /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      const plain = run([seed, '--url', SEED_URL, '--format', 'html']);
      expect(csp(plain.stdout)).toMatch(/form-action 'none'/);
      expect(csp(plain.stdout)).toMatch(/base-uri 'none'/);
      expect(csp(plain.stdout)).toMatch(/img-src data:;/);
      expect(csp(plain.stdout)).not.toMatch(/https:/);
      expect(plain.stdout).toContain('<meta name="referrer" content="no-referrer">');
      const withImages = run([seed, '--url', SEED_URL, '--format', 'html', '--images']);
      expect(csp(withImages.stdout)).toMatch(/img-src https: http: data:/);
      expect(csp(withImages.stdout)).toMatch(/form-action 'none'/);
    });
  });
});
