/**
 * Word tokens with offsets: the unit cue patterns and name parsing work on. A hand-written,
 * linear scanner (no regex over the whole text).
 */
import { isQuoteMark, isSpace, isWordChar } from './marks.js';

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased text, for word-list lookups. */
  lower: string;
  start: number;
  end: number;
  /** `word` (letters/digits with inner ' - .), `mark` (a quote mark) or `punct`. */
  kind: 'word' | 'mark' | 'punct';
}

/** Characters that join two word parts into one token: Meyer-Weber, U.S, don't, a-t-il. */
const JOINERS = new Set(["'", '’', '-', '‐', '.']);
/** French elided articles and pronouns split off their word: l'État → l' + État. */
const ELISIONS = new Set(['l', 'd', 'qu', 'n', 's', 'j', 'c', 'm', 't', 'lorsqu', 'jusqu', 'puisqu']);

/** Tokens of `text` between `from` and `to`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (isWordChar(ch)) {
      // A capitalised elision inside a sentence is a name ("Amina N'diaye", "D'Alema"); "l'État",
      // "L'ancien" (opening a sentence) are an article and its word.
      const prev = out[out.length - 1];
      const elides = ch === ch!.toLowerCase() || !prev || prev.kind !== 'word';
      let j = i + 1;
      while (j < to) {
        if (isWordChar(text[j])) j++;
        else if (JOINERS.has(text[j]!) && j + 1 < to && isWordChar(text[j + 1])) {
          const head = text.slice(i, j).toLowerCase();
          if ((text[j] === "'" || text[j] === '’') && elides && ELISIONS.has(head)) break;
          j += 2;
        } else break;
      }
      if (
        j < to &&
        elides &&
        (text[j] === "'" || text[j] === '’') &&
        ELISIONS.has(text.slice(i, j).toLowerCase()) &&
        isWordChar(text[j + 1])
      ) {
        push(out, text, i, j + 1, 'word');
        i = j + 1;
        continue;
      }
      push(out, text, i, j, 'word');
      i = j;
      continue;
    }
    push(out, text, i, i + 1, isQuoteMark(ch) ? 'mark' : 'punct');
    i++;
  }
  return out;
}

function push(out: Token[], text: string, start: number, end: number, kind: Token['kind']): void {
  const t = text.slice(start, end);
  out.push({ text: t, lower: kind === 'word' ? t.toLowerCase() : t, start, end, kind });
}

/** Does the token start with a capital letter (any script)? */
export function isCapitalized(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  const ch = token.text[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Is the whole token lower case letters? */
export function isLowerWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  const ch = token.text[0]!;
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

/** Number of words in `text` (for length thresholds). */
export function wordCount(text: string, max = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= max; i++) {
    const ch = text[i]!;
    // Chinese and Japanese write words without spaces, about two characters each.
    if (ch > '\u2e7f' && UNSPACED.test(ch)) {
      n += 0.5;
      inWord = false;
      continue;
    }
    const w = isWordChar(ch);
    if (w && !inWord) n++;
    inWord = w;
  }
  return Math.ceil(n);
}

/** The last character of `text` that is not white space, or ''. */
export function lastNonSpace(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return i >= 0 ? text[i]! : '';
}

/**
 * Runs of white space (line breaks from the HTML source included) as one space, trimmed: for
 * names, roles, cues and terms read out of textContent ("Jane\n      Doe"; "el\n
 * informe"). Quote offsets keep pointing into the raw text; only these labels are squashed.
 */
export function squashSpace(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isSpace(ch)) space = out.length > 0;
    else {
      if (space) out += ' ';
      out += ch;
      space = false;
    }
  }
  return out;
}
