/**
 * Sentence spans of a paragraph: `Intl.Segmenter`, then two repairs ICU needs in news text:
 * it breaks after titles and initials ("Mr. | Smith", "J. | R. | Jones", "z. | B.") and after a
 * quote that ends in ? or ! even when the sentence goes on ("“Why?” | she asked"), and before a
 * horizontal bar signing a quote.
 */
import type { Lexicon } from './lang/index.js';
import { isWordChar } from './marks.js';

export interface Span {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
/** Line and paragraph separators, replaced one for one so offsets stay put. Single characters: no backtracking. */
const LINE_BREAKS = /[\n\r\u2028\u2029\u0085\v\f]/g;

function segmenterFor(lang: string | null): Intl.Segmenter {
  const key = lang ?? 'und';
  let s = segmenters.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter(undefined, { granularity: 'sentence' }); // an invalid tag from the page
    }
    segmenters.set(key, s);
  }
  return s;
}

/** The sentences of `text`, in order, covering it completely. */
export function sentenceSpans(text: string, lang: string | null, lex: Lexicon): Span[] {
  const raw: Span[] = [];
  // ICU ends a sentence at every line break; textContent keeps the HTML source's.
  const flat = text.replace(LINE_BREAKS, ' ');
  for (const seg of segmenterFor(lang).segment(flat))
    raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  const out: Span[] = [];
  for (const span of raw) {
    const last = out[out.length - 1];
    if (last && (endsWithAbbreviation(text, last, lex) || startsLower(text, span.start) || signsOff(text, span.start)))
      last.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

/** Does the sentence end in "Dr.", "Mr.", an initial "J." or a listed abbreviation? */
function endsWithAbbreviation(text: string, span: Span, lex: Lexicon): boolean {
  let e = span.end;
  while (e > span.start && /\s/.test(text[e - 1]!)) e--;
  if (text[e - 1] !== '.') return false;
  let s = e - 1;
  while (s > span.start && (isWordChar(text[s - 1]) || text[s - 1] === '.')) s--;
  const word = text.slice(s, e - 1);
  if (word.length === 0) return false;
  if (word.length === 1 && word === word.toUpperCase() && isWordChar(word)) return true; // an initial
  return lex.abbreviations.has(word.toLowerCase());
}

/** Does the next piece start with a lower-case letter (after marks and spaces)? */
function startsLower(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && !isWordChar(text[i])) {
    if (text[i] === '"' || text[i] === '“' || text[i] === '„' || text[i] === '«' || text[i] === '»') return false;
    i++;
  }
  const ch = text[i];
  return ch !== undefined && ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

/**
 * Does the piece open with a horizontal bar, the dash that signs a quote ("“Q” ― Jane Doe")?
 * ICU counts en and em dashes as continuing a sentence, but not this one.
 */
function signsOff(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] === '\u2015';
}

/** Index of the span holding offset `at` (binary search). */
export function spanAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
