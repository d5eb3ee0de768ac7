import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/core/pipeline.js';
import { pageLang, textDirection } from '../../src/core/extract/lang.js';

const doc = (html: string) => new JSDOM(html).window.document;

describe('language and direction', () => {
  it('normalizes the tag and falls back in order', () => {
    expect(pageLang(doc('<html lang="pt_BR"></html>'))).toBe('pt-BR');
    expect(pageLang(doc('<html></html>'), null, 'fa-ir')).toBe('fa-ir');
    expect(pageLang(doc('<html lang="?"></html>'), 'de_DE')).toBe('de-DE');
  });

  it.each(['ar', 'fa', 'fa-IR', 'ps', 'ur'])('%s is right to left even when only CSS says so', (lang) => {
    expect(textDirection(lang)).toBe('rtl');
  });

  it('follows a dir attribute, else the language', () => {
    expect(textDirection('en', doc('<html dir="rtl"></html>').documentElement)).toBe('rtl');
    expect(textDirection('de')).toBe('ltr');
  });

  it("takes the language from DW's folder when the page has no lang (/fa-ir/)", () => {
    const url = 'https://www.dw.com/fa-ir/x/a-1';
    const page = doc(
      '<html><head><title>t</title></head><body><article><header><h1>عنوان</h1></header><div class="rich-text"><p>متن مقاله اینجا است و ادامه دارد.</p></div></article></body></html>',
    );
    expect(readPage(page, url).article).toMatchObject({ lang: 'fa-ir', dir: 'rtl' });
  });
});
