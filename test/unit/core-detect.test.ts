import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/detect/detect.js';
import { parseDwUrl } from '../../src/core/sites/dw/url.js';

const doc = (html = '<p>x</p>') => new JSDOM(html).window.document;

describe('DW URL types', () => {
  it.each([
    ['https://www.dw.com/en/from-foe-to-friend/a-19084123', true],
    ['https://amp.dw.com/de/post-vac-syndrom/a-65897191', true],
    ['https://m.dw.com/fa-ir/%DA%AF%D9%81%D8%AA/a-67300001', true],
    ['https://www.dw.com/pt-br/titulo/a-1?maca=x', true],
    ['https://www.dw.com/en/goals/video-77540001', false],
    ['https://www.dw.com/en/podcast/audio-1', false],
    ['https://www.dw.com/de/x/av-65422743', false],
    ['https://www.dw.com/de/ukraine-aktuell/live-65428380', false],
    ['https://www.dw.com/en/colonial-history/g-36038592', false],
    ['https://www.dw.com/en/germany/s-1432', false],
    ['https://www.dw.com/en/latest-videos/st-62391524', false],
    ['https://www.dw.com/de/russland/t-17284476', false],
    ['https://www.dw.com/en/dw-news/program-123', false],
    ['https://www.dw.com/en/jonathan-harding/person-18385408', false],
    ['https://www.dw.com/en/', false],
    ['https://www.dw.com/', false],
  ])('%s -> article %s', (url, isArticle) => {
    const d = detect(doc(), url);
    expect(d.site).toBe('dw');
    expect(d.isArticle).toBe(isArticle);
    expect(d.reason).not.toBe('');
  });

  it.each([
    ['https://www.dw.com/en/goals/video-77540001', 'video'],
    ['https://www.dw.com/de/x/av-65422743', 'video'],
    ['https://www.dw.com/en/podcast/audio-1', 'audio'],
    ['https://www.dw.com/en/germany/s-1432', undefined],
    ['https://www.dw.com/en/from-foe-to-friend/a-19084123', undefined],
  ])('%s holds media: %s', (url, media) => {
    expect(detect(doc(), url).media).toBe(media);
  });

  it('reads the language folder', () => {
    expect(parseDwUrl('https://www.dw.com/pt-br/x/a-1')?.lang).toBe('pt-br');
    expect(parseDwUrl('https://www.dw.com/pt-002/x/a-1')?.lang).toBe('pt-002');
    expect(parseDwUrl('https://www.dw.com/zh-hant/x/a-1')?.lang).toBe('zh-hant');
    expect(parseDwUrl('https://www.dw.com/pt-002/')?.home).toBe(true);
    expect(parseDwUrl('https://example.com/en/x/a-1')).toBeNull();
    expect(parseDwUrl('not a url')).toBeNull();
  });

  it('names the page type in the reason', () => {
    expect(detect(doc(), 'https://www.dw.com/en/x/live-1').reason).toMatch(/live blog/);
    expect(detect(doc(), 'https://www.dw.com/en/').reason).toMatch(/home page/);
  });
});

describe('saved DW pages (no DW address)', () => {
  const saved = 'file:///home/me/page.html';

  it('uses og:url when og:site_name says DW', () => {
    const d = detect(
      doc(
        '<head><meta property="og:site_name" content="DW.COM"><meta property="og:url" content="https://www.dw.com/fr/x/a-6533123"></head>',
      ),
      saved,
    );
    expect(d).toMatchObject({ site: 'dw', isArticle: true });
  });

  it('reads rewritten name=/value= meta tags (peer mercury page)', () => {
    const d = detect(
      doc(
        '<head><meta name="og:site_name" value="dw.com"><meta name="og:url" value="https://www.dw.com/en/x/video-1"></head>',
      ),
      saved,
    );
    expect(d).toMatchObject({ site: 'dw', isArticle: false });
  });

  it('knows DW by its title tail and decides by JSON-LD', () => {
    const d = detect(
      doc(
        '<head><title>Bahnstreik beendet – DW – 12.03.2024</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script></head>',
      ),
      saved,
    );
    expect(d).toMatchObject({ site: 'dw', isArticle: true });
  });

  it('knows DW by its X handle and decides by structure', () => {
    const yes = detect(
      doc(
        '<head><meta name="twitter:site" content="@dw_espanol"></head><body><div id="bodyContent"><div class="longText"><p>x</p></div></div></body>',
      ),
      saved,
    );
    const no = detect(doc('<head><meta name="twitter:site" content="@dw_espanol"></head><body><p>x</p></body>'), saved);
    expect(yes).toMatchObject({ site: 'dw', isArticle: true });
    expect(no).toMatchObject({ site: 'dw', isArticle: false });
  });
});

describe('other sites', () => {
  const paragraph = `<p>${'Words of a long running paragraph of article text. '.repeat(12)}</p>`;

  it('uses isProbablyReaderable', () => {
    expect(detect(doc(`<article>${paragraph.repeat(3)}</article>`), 'https://example.org/a')).toMatchObject({
      site: 'generic',
      isArticle: true,
    });
    expect(detect(doc('<p>short</p>'), 'https://example.org/a')).toMatchObject({ site: 'generic', isArticle: false });
  });

  it('does not count text hidden by an ancestor', () => {
    const hidden = detect(doc(`<div hidden><article>${paragraph.repeat(3)}</article></div>`), 'https://example.org/a');
    const styled = detect(
      doc(`<div style="display:none"><article>${paragraph.repeat(3)}</article></div>`),
      'https://example.org/a',
    );
    expect(hidden.isArticle).toBe(false);
    expect(styled.isArticle).toBe(false);
  });

  it('never takes example.com/a-1 for DW', () => {
    expect(detect(doc(), 'https://example.com/en/x/a-1').site).toBe('generic');
  });
});
