/**
 * Quote marks of every style DW's languages use, and the context tests that tell an opening
 * mark from a closing one (and an apostrophe from either). Pure character logic, no regexes.
 */
import { INWARD_GUILLEMETS } from './lang/quote-marks.js';

/** One quote-mark character: the family it pairs within, and the closers an opener accepts. */
export interface MarkInfo {
  /** Marks of one family pair with each other: 'double', 'single', 'guillemet', 'angle', 'cjk', 'cjk2'. */
  family: 'double' | 'single' | 'guillemet' | 'angle' | 'cjk' | 'cjk2';
  /** The closing characters this mark accepts when it opens. */
  closers: string;
}

/**
 * Every quote character we know. „ opens for “ (German) and ” (Polish, Romanian);
 * “ opens for ” (English) and closes „; ‚ ‘ ’ the same for single marks.
 */
export const MARKS: ReadonlyMap<string, MarkInfo> = new Map<string, MarkInfo>([
  // Mixed by careless typing or a CMS that curls only the closing mark: "…” and “…".
  ['"', { family: 'double', closers: '"”“' }],
  ['“', { family: 'double', closers: '”“"' }],
  ['”', { family: 'double', closers: '”' }],
  ['„', { family: 'double', closers: '“”"' }],
  ['‟', { family: 'double', closers: '”' }],
  ['＂', { family: 'double', closers: '＂' }],
  ["'", { family: 'single', closers: "'" }],
  ['‘', { family: 'single', closers: '’‘' }],
  ['’', { family: 'single', closers: '’' }],
  ['‚', { family: 'single', closers: '‘’' }],
  ['‛', { family: 'single', closers: '’' }],
  ['«', { family: 'guillemet', closers: '»' }],
  ['»', { family: 'guillemet', closers: '«' }],
  ['‹', { family: 'angle', closers: '›' }],
  ['›', { family: 'angle', closers: '‹' }],
  ['「', { family: 'cjk', closers: '」' }],
  ['」', { family: 'cjk', closers: '' }],
  ['『', { family: 'cjk2', closers: '』' }],
  ['』', { family: 'cjk2', closers: '' }],
]);

/** Marks that only ever open. */
export const ALWAYS_OPEN = new Set(['„', '‚', '「', '『', '‟', '‛']);
/** Marks that only ever close. */
export const ALWAYS_CLOSE = new Set(['」', '』']);

/** Highest code unit of any mark (」『』 U+300C–U+300F, ＂ U+FF02): a cheap first test before the map. */
const MAX_MARK_CODE = 0xff02;
/** Code units that are marks, for the scanners' per-character test (a map lookup per character cost a fifth of the pass). */
const IS_MARK = new Uint8Array(0x3010);
for (const ch of MARKS.keys()) if (ch.charCodeAt(0) < IS_MARK.length) IS_MARK[ch.charCodeAt(0)] = 1;

/** Is `ch` a quote mark of any style? */
export function isQuoteMark(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < IS_MARK.length ? IS_MARK[c] === 1 : c === MAX_MARK_CODE;
}

/** White space, including the no-break and narrow no-break spaces French puts inside « ». */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 12 ||
    c === 0xa0 ||
    c === 0x202f ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Letters and digits of any script (one code unit; astral letters are rare in news text). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}
/** One code point, no quantifier: cannot backtrack. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Punctuation that may stand right before an opening mark: `("`, `—"`, `:"`. */
const BEFORE_OPEN = new Set([
  '(',
  '[',
  '{',
  '—',
  '–',
  '-',
  '/',
  ':',
  ',',
  ';',
  '¿',
  '¡',
  '…',
  // Full-width punctuation of Chinese and Japanese ("王伟表示：“…”"), Arabic comma and semicolon,
  // the Devanagari danda.
  '：',
  '，',
  '、',
  '（',
  '。',
  '；',
  '！',
  '？',
  '،',
  '؛',
  '।',
]);

/** Sentence-final punctuation, with the full-width, Arabic and Devanagari forms. */
export const SENTENCE_STOPS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '।']);

/** Chinese, Japanese and Korean letters: their words stand without spaces, so a mark may touch one. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Can the mark at `i` open? Left-flanking in CommonMark's sense: something other than space
 * follows, and what precedes is the start, a space, an opening bracket or another mark.
 * French « is followed by a (narrow) no-break space, so for guillemets space may follow.
 */
export function canOpen(text: string, i: number, spacedInside: boolean): boolean {
  const next = text[i + 1];
  if (next === undefined) return false;
  if (isSpace(next) && !spacedInside) return false;
  const prev = i > 0 ? text[i - 1] : undefined;
  // "…（2023)"中国…": a half-width bracket closes an aside right before a quote in Chinese.
  if (prev === ')' && CJK.test(next)) return true;
  return prev === undefined || isSpace(prev) || BEFORE_OPEN.has(prev) || isQuoteMark(prev) || CJK.test(prev);
}

/**
 * Can the mark at `i` close? Right-flanking: something other than space precedes, and what
 * follows is the end, a space, punctuation or another mark, never a letter (that is "don't").
 */
export function canClose(text: string, i: number, spacedInside: boolean): boolean {
  const prev = i > 0 ? text[i - 1] : undefined;
  if (prev === undefined) return false;
  if (isSpace(prev) && !spacedInside) return false;
  const next = text[i + 1];
  return next === undefined || !isWordChar(next) || CJK.test(next);
}

/**
 * Which way round the document uses guillemets: «…» (French, Swiss, Russian) or »…« (German,
 * Danish). Counts marks that touch a letter on their inner side; a tie falls back to the language.
 */
export function guillemetsReversed(paragraphs: readonly string[], lang: string | null): boolean {
  let normal = 0;
  let reversed = 0;
  for (const text of paragraphs) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '«' && ch !== '»' && ch !== '‹' && ch !== '›') continue;
      const opensLikeLeft = ch === '«' || ch === '‹';
      const letterAfter = isWordChar(text[i + 1]);
      const letterBefore = isWordChar(text[i - 1]);
      if (opensLikeLeft) {
        if (letterAfter && !letterBefore) normal++;
        if (letterBefore && !letterAfter) reversed++;
      } else {
        if (letterBefore && !letterAfter) normal++;
        if (letterAfter && !letterBefore) reversed++;
      }
    }
  }
  if (normal !== reversed) return reversed > normal;
  return INWARD_GUILLEMETS.has((lang ?? '').toLowerCase().split('-')[0] ?? '');
}
