/**
 * Language and writing direction of a page.
 */

/** Right-to-left languages: DW's Arabic, Persian, Pashto and Urdu pages, and others. */
const RTL_LANGS = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'yi', 'dv', 'ku', 'ckb', 'sd', 'ug']);

/** A BCP 47 language tag as pages write it: "en", "pt-BR", "zh-Hans-CN". */
const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The page's language: `<html lang>`, else the given fallbacks, as a BCP 47 tag ("de_DE" -> "de-DE"). */
export function pageLang(doc: Document, ...fallbacks: Array<string | null | undefined>): string | null {
  const candidates = [doc.documentElement.getAttribute('lang'), ...fallbacks];
  for (const candidate of candidates) {
    const tag = (candidate ?? '').trim().replace(/_/g, '-');
    if (LANG_TAG.test(tag)) return tag;
  }
  return null;
}

/**
 * `rtl` when the markup says so on `<html>`, `<body>` or the article, or when the language is
 * written right to left: some pages set the direction only in CSS, which a pure core cannot read.
 */
export function textDirection(lang: string | null, ...elements: Array<Element | null | undefined>): 'ltr' | 'rtl' {
  for (const el of elements) {
    const dir = el?.getAttribute('dir')?.toLowerCase();
    if (dir === 'rtl') return 'rtl';
  }
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return RTL_LANGS.has(primary) ? 'rtl' : 'ltr';
}
