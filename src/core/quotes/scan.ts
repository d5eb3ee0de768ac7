/**
 * Finds quoted spans in paragraphs by their marks: one left-to-right pass with a small stack,
 * linear in the text. Nested quotes stay inside their outer quote; a quote that runs over
 * several paragraphs (no closing mark at the end of a non-final one, a fresh opening mark at the
 * start of the next: the convention in English, German and French) comes out as linked pieces.
 */
import {
  ALWAYS_CLOSE,
  ALWAYS_OPEN,
  MARKS,
  SENTENCE_STOPS,
  canClose,
  canOpen,
  guillemetsReversed,
  isQuoteMark,
  isSpace,
  isWordChar,
} from './marks.js';

/** A top-level quoted span in one paragraph. */
export interface RawQuote {
  paragraph: number;
  /** Offsets of the quoted words (marks, inner padding and a trailing comma excluded). */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  openAt: number;
  /** Offset of the closing mark, or the paragraph's length when the quote runs on. */
  closeAt: number;
  /** The quote goes on in the next paragraph. */
  continuesNext: boolean;
  /** This piece goes on from the previous paragraph's last quote. */
  continuesPrev: boolean;
  /** An interview's answer, set out with no marks (interview.ts), and the name that labels it. */
  answer?: { label: string | null };
}

/** How deep into the stack a closing mark looks for its opener: nesting deeper than this is unheard of, and it keeps 10,000 stray marks linear. */
const MAX_MATCH_DEPTH = 6;
/** Openers kept at most; more unmatched marks than this in one paragraph are noise. */
const MAX_STACK = 64;

interface Open {
  ch: string;
  at: number;
  closers: string;
  family: string;
}

/** What the scanner may ask of the language data. */
export interface ScanHints {
  /** Is this lower-case word a speech verb (or another word a closing single mark may precede)? */
  speechWord?: (lower: string) => boolean;
  /** Is this paragraph a photo caption or subheading that a quote may run on across? */
  isAside?: (text: string) => boolean;
  /** Does the language mark speech with a dash opening the paragraph (LangData.dialogueDashes)? */
  dialogueDashes?: boolean;
}

/** Most captions or subheadings a quote running over paragraphs may skip. */
const MAX_ASIDES = 2;

/**
 * Finds every top-level quote in `paragraphs`; `lang` only breaks ties on guillemet direction.
 */
export function scanQuotes(paragraphs: readonly string[], lang: string | null, hints: ScanHints = {}): RawQuote[] {
  const speechWord = hints.speechWord ?? (() => false);
  const isAside = hints.isAside ?? (() => false);
  const reversed = guillemetsReversed(paragraphs, lang);
  const out: RawQuote[] = [];
  let carry = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] ?? '';
    const marked = scanParagraph(text, p, reversed, speechWord);
    const { quotes, pending } = hints.dialogueDashes ? withDashQuote(marked, text, p) : marked;
    // A photo caption between two pieces of one quote: the quote runs on past it.
    if (carry && quotes.length === 0 && !pending && isAside(text)) continue;
    if (carry && quotes[0] && quotes[0].openAt === firstNonSpace(text)) quotes[0].continuesPrev = true;
    carry = false;
    let q = p + 1;
    while (
      q - p <= MAX_ASIDES &&
      pending &&
      paragraphs[q] !== undefined &&
      !startsWithOpener(paragraphs[q]!, pending) &&
      isAside(paragraphs[q]!)
    )
      q++;
    const next = paragraphs[q];
    if (pending && next !== undefined && startsWithOpener(next, pending)) {
      const piece = makeQuote(text, p, pending.at, text.length);
      if (piece) {
        piece.continuesNext = true;
        if (carryFromPrevious(out, p, pending.at, text)) piece.continuesPrev = true;
        quotes.push(piece);
        carry = true;
      }
    } else if (pending && (colonBefore(text, pending.at) || opensSentence(text, pending.at))) {
      const piece = makeQuote(text, p, pending.at, text.length);
      if (piece) quotes.push(piece);
    }
    for (const q of bounded(quotes, text.length)) out.push(q);
  }
  return out;
}

/**
 * "“Q1,” she said. “Q2…" or a paragraph that is "“Q…" alone, with no closing mark and no run-on
 * opener next: the writer forgot the closer, and the quote runs to the paragraph's end.
 * PolNeAR train +10 matched / +8 extra, Wikinews-de train +2 / 0.
 */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isSpace(text[k])) k--;
  return k < 0 || SENTENCE_STOPS.has(text[k]!);
}

/** "X said: “Q…" with no closing mark: a colon announced the quote, which runs to the paragraph's end. */
function colonBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isSpace(text[k])) k--;
  return text[k] === ':';
}

/** Fewest characters of prose per quote: a quote and the words that attribute it need more. */
const MIN_CHARS_PER_QUOTE = 150;
/** Quotes a paragraph may always hold, however short (a list of quoted words). */
const MIN_QUOTES_KEPT = 16;

/**
 * More quotes than prose can hold ("“a” “b” “c” …" over a whole paragraph) is noise, not an
 * article: the longest are kept, as many as the paragraph's length allows, in reading order, so
 * that such text costs no more per character than prose does.
 */
function bounded(quotes: RawQuote[], length: number): RawQuote[] {
  const limit = Math.max(MIN_QUOTES_KEPT, Math.floor(length / MIN_CHARS_PER_QUOTE));
  if (quotes.length <= limit) return quotes;
  const kept = new Set([...quotes].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, limit));
  return quotes.filter((q) => kept.has(q));
}

/**
 * Dashes that open a paragraph of speech in dialogue style: "– Quote – said X." (Polish, Russian,
 * Spanish interviews …); a hyphen too, where a keyboard stands in for the dash ("- Quote.").
 */
const DASHES = new Set(['–', '—', '-']);

/**
 * A paragraph opening with a dash and a space is someone's words up to a dash that starts the
 * attribution ("– Quote – powiedział minister.", "— Quote, — сказал он.") or to its end. It takes
 * the place of quotes found by marks inside it, which are nested.
 */
function withDashQuote(
  found: ReturnType<typeof scanParagraph>,
  text: string,
  p: number,
): ReturnType<typeof scanParagraph> {
  let i = 0;
  while (i < text.length && isSpace(text[i])) i++;
  if (!DASHES.has(text[i]!) || !isSpace(text[i + 1]) || found.quotes[0]?.openAt === i) return found;
  const openAt = i;
  let closeAt = text.length;
  for (let j = i + 2; j < text.length - 2; j++) {
    if (!isSpace(text[j]) || !DASHES.has(text[j + 1]!) || !isSpace(text[j + 2])) continue;
    let k = j + 3;
    while (k < text.length && isSpace(text[k])) k++;
    const ch = text[k] ?? '';
    // An incise: the words after the dash go on in lower case ("– powiedział", "— сказал").
    if (ch !== ch.toUpperCase() && ch === ch.toLowerCase()) {
      closeAt = j + 1;
      break;
    }
  }
  const quote = makeQuote(text, p, openAt, closeAt);
  if (!quote) return found;
  const outside = found.quotes.filter((q) => q.openAt >= closeAt);
  return { quotes: [quote, ...outside], pending: closeAt < text.length ? found.pending : null };
}

/** A run-on piece that itself starts the paragraph continues the previous piece. */
function carryFromPrevious(out: readonly RawQuote[], p: number, at: number, text: string): boolean {
  const last = out[out.length - 1];
  return !!last && last.paragraph >= p - 1 - MAX_ASIDES && last.continuesNext && at === firstNonSpace(text);
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** Does `text` open with a mark of the same family as `open` (the run-on convention)? */
function startsWithOpener(text: string, open: Open): boolean {
  const ch = text[firstNonSpace(text)];
  if (ch === undefined) return false;
  const info = MARKS.get(ch);
  return !!info && info.family === open.family;
}

function scanParagraph(
  text: string,
  p: number,
  reversed: boolean,
  speechWord: (lower: string) => boolean,
): { quotes: RawQuote[]; pending: Open | null } {
  const quotes: RawQuote[] = [];
  const stack: Open[] = [];
  const lastSingleClose = lastSingleCloser(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!isQuoteMark(ch)) continue;
    const info = MARKS.get(ch)!;
    let role = roleOf(text, i, ch, stack, reversed);
    if (role === 'close' && (ch === '’' || ch === "'") && i < lastSingleClose && pluralPossessive(text, i, speechWord))
      role = null;
    if (role === 'close') {
      const depth = findOpener(stack, ch);
      if (depth < 0) continue;
      const open = stack[depth]!;
      stack.length = depth;
      if (depth === 0) {
        const q = makeQuote(text, p, open.at, i);
        if (q) quotes.push(q);
      }
    } else if (role === 'open' && stack.length < MAX_STACK) {
      stack.push({ ch, at: i, closers: closersOf(ch, info.closers, reversed), family: info.family });
    }
  }
  return { quotes, pending: stack.find((o) => o.family !== 'single') ?? stack[0] ?? null };
}

/** Offset of the last ’ or ' that could close a quote (a non-space before, no letter after), or -1. */
function lastSingleCloser(text: string): number {
  for (let i = text.length - 1; i > 0; i--) {
    const ch = text[i];
    if ((ch === '’' || ch === "'") && !isSpace(text[i - 1]) && !isWordChar(text[i + 1])) return i;
  }
  return -1;
}

/**
 * "‘It’s the players’ time now.’": a mark after a plural s, before a lower-case word that is no
 * speech verb, is a possessive when a later mark can still close the quote (British and
 * Australian papers quote in single marks).
 */
function pluralPossessive(text: string, i: number, speechWord: (lower: string) => boolean): boolean {
  const prev = text[i - 1];
  if (prev !== 's' && prev !== 'S') return false;
  if (text[i + 1] !== ' ') return false;
  let j = i + 2;
  while (j < text.length && isWordChar(text[j])) j++;
  const word = text.slice(i + 2, j);
  const first = word[0];
  return !!first && first === first.toLowerCase() && first !== first.toUpperCase() && !speechWord(word.toLowerCase());
}

function closersOf(ch: string, closers: string, reversed: boolean): string {
  if (ch === '«' || ch === '»') return reversed ? '«' : '»';
  if (ch === '‹' || ch === '›') return reversed ? '‹' : '›';
  return closers;
}

/** Index in `stack` of the nearest opener that `ch` closes, looking at most MAX_MATCH_DEPTH deep. */
function findOpener(stack: readonly Open[], ch: string): number {
  const stop = Math.max(0, stack.length - MAX_MATCH_DEPTH);
  for (let d = stack.length - 1; d >= stop; d--) if (stack[d]!.closers.includes(ch)) return d;
  return -1;
}

function roleOf(
  text: string,
  i: number,
  ch: string,
  stack: readonly Open[],
  reversed: boolean,
): 'open' | 'close' | null {
  if (ALWAYS_OPEN.has(ch)) return 'open';
  if (ALWAYS_CLOSE.has(ch)) return 'close';
  if (ch === '«' || ch === '‹') return reversed ? 'close' : 'open';
  if (ch === '»' || ch === '›') return reversed ? 'open' : 'close';
  const matched = findOpener(stack, ch) >= 0;
  const o = canOpen(text, i, false);
  const c = canClose(text, i, false);
  switch (ch) {
    case '“':
    case '‘': {
      if (matched && c) return 'close'; // German „…“ and ‚…‘
      if (!o) return null;
      if (ch === '“') return 'open';
      // ‘90s: a single mark before a digit is an elision, not a quote.
      return isDigit(text[i + 1]) ? null : 'open';
    }
    case '’':
      return matched && c ? 'close' : null; // otherwise an apostrophe: don't, players’, l’État
    case "'": {
      if (matched && c) return 'close';
      // Opens only between a non-letter and a letter: never in don't, l'État or '90s.
      return o && isWordChar(text[i + 1]) && !isDigit(text[i + 1]) ? 'open' : null;
    }
    default: {
      // ASCII " and ”: context first, then whatever is open.
      if (c && !o) return matched ? 'close' : null;
      if (o && !c) return 'open';
      return matched ? 'close' : ch === '"' || ch === '＂' ? 'open' : null;
    }
  }
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Trailing characters dropped from a quote's text: the comma before "he said" belongs to the sentence. */
const TRAILING_DROP = new Set([',', ';', ' ', '\u00a0', '\u202f', '\n', '\t', '\r']);

function makeQuote(text: string, p: number, openAt: number, closeAt: number): RawQuote | null {
  let start = openAt + 1;
  let end = closeAt;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && (TRAILING_DROP.has(text[end - 1]!) || isSpace(text[end - 1]))) end--;
  if (end <= start) return null;
  return { paragraph: p, start, end, openAt, closeAt, continuesNext: false, continuesPrev: false };
}
