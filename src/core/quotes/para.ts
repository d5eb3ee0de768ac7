/**
 * The paragraphs as the engine reads them: tokens and sentences on demand for a sliding window
 * (a long text's live heap stays small), and what a paragraph is besides body text (photo
 * captions and subheadings between a speaker's quotes).
 */
import type { Lexicon } from './lang/index.js';
import { isSpace } from './marks.js';
import type { RawQuote } from './scan.js';
import { sentenceSpans, type Span } from './sentences.js';
import { lastNonSpace, tokenize, wordCount, type Token } from './text.js';

export interface Para {
  text: string;
  tokens: Token[];
  sentences: Span[];
}

/**
 * Paragraphs most recently read that keep their tokens and sentences. Every stage reads a
 * paragraph and at most MAX_LIST_ITEMS before it, in reading order, so a small window suffices;
 * holding every paragraph's tokens at once made a long text's live heap outgrow the young
 * generation, and garbage collection then cost more per paragraph the longer the text (the
 * bench's 100× text took ~120× the time of 1×).
 */
const PARA_WINDOW = 16;

/** Tokens and sentences of paragraphs on demand, for a sliding window of them. */
export class Paras {
  private readonly cache = new Map<number, Para>();
  constructor(
    readonly texts: readonly string[],
    private readonly lang: string | null,
    private readonly lex: Lexicon,
  ) {}

  get length(): number {
    return this.texts.length;
  }

  /** Paragraph `p`, or undefined past either end. */
  at(p: number): Para | undefined {
    const hit = this.cache.get(p);
    if (hit) return hit;
    const text = this.texts[p];
    if (text === undefined) return undefined;
    const { lang, lex } = this;
    let sentences: Span[] | null = null;
    const para: Para = {
      text,
      tokens: tokenize(text),
      // Segmenting is the dearest step, and the mention scan needs none: only on first use.
      get sentences(): Span[] {
        sentences ??= sentenceSpans(text, lang, lex);
        return sentences;
      },
    };
    if (this.cache.size >= PARA_WINDOW) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(p, para);
    return para;
  }
}

/** First token at or after offset `at`. */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function holdsQuoteMark(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'mark') return true;
  return false;
}

/** Nothing but white space and the mark before the quote in its paragraph. */
export function opensParagraph(raw: RawQuote, para: Para): boolean {
  return isBlank(para.text, 0, raw.openAt);
}

/** Only white space in `text` from `from` to `to` (stops at the first other character). */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false;
  return true;
}

/** Only white space from `at` to the end of the paragraph. */
export function isEnd(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) if (!isSpace(text[i])) return false;
  return true;
}

/** Most paragraphs between two pieces of one speaker's quoting that may be captions or headings. */
export const MAX_ASIDES = 2;

/** Longest photo caption read as an aside (news captions run to a sentence or two). */
const MAX_CAPTION_WORDS = 40;

/** Longest subheading (a line without closing punctuation). */
const MAX_HEADING_WORDS = 12;

/** Sentence-closing punctuation (a closing quote mark too): body paragraphs end in it, captions often do not. */
const CLOSING_PUNCT = /[.!?…:;,"”»“«’]$/u;

/**
 * Are all paragraphs strictly between `from` and `to` (at most MAX_ASIDES, at least none)
 * photo captions or subheadings? A quote after a caption still continues the quote before it.
 */
export function onlyAsidesBetween(from: number, to: number, paras: Paras, lex: Lexicon): boolean {
  if (to - from - 1 > MAX_ASIDES || to <= from) return false;
  for (let p = from + 1; p < to; p++) if (!isAside(paras.texts[p]!, lex)) return false;
  return true;
}

/**
 * A photo caption (a credit in it, or a caption-length line with no closing punctuation) or a
 * subheading (short, no closing punctuation). Some sites' captions carry no credit and no full
 * stop ("The harbour seen from the hill, with mangrove sprouts coming up through the silt"), and
 * stand between two pieces of one speaker's quote.
 */
export function isAside(text: string, lex: Lexicon): boolean {
  // Counted no further than a caption's length: a long paragraph is read in constant time.
  const words = wordCount(text, MAX_CAPTION_WORDS);
  if (words === 0 || words > MAX_CAPTION_WORDS) return false;
  const lower = text.toLowerCase();
  if (lex.captionMarkers.some((m) => lower.includes(m))) return true;
  return !CLOSING_PUNCT.test(lastNonSpace(text));
}

/**
 * A quote that is a whole short paragraph with no closing period: a subheading or pull quote
 * ("“We will not give up”" over a section). It heads what follows rather than continuing
 * what came before, so it never borrows the previous quote's speaker.
 */
export function isHeadingQuote(raw: RawQuote, para: Para): boolean {
  if (!opensParagraph(raw, para) || !isEnd(para.text, raw.closeAt + 1)) return false;
  const text = para.text.slice(raw.start, raw.end);
  return (
    wordCount(text, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS &&
    !text.endsWith('.') &&
    !raw.continuesPrev &&
    !raw.continuesNext
  );
}
