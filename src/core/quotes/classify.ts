/**
 * Signs that a quoted span is a term, not someone's words: scare quotes ("so-called"), titles of
 * works ("The Case for Tomorrow"), names ("Ukrajinska Prawda"), a short quote between an article
 * and its noun. The quote model (decide/) weighs them with everything else.
 */
import type { Lexicon } from './lang/index.js';
import { isQuoteMark, SENTENCE_STOPS } from './marks.js';
import { isCapitalized, isLowerWord, wordCount, type Token } from './text.js';

export interface QuoteShape {
  /** The quoted words. */
  text: string;
  /** Nothing but punctuation stands between the sentence start and the opening mark. */
  startsSentence: boolean;
  /** The words before the opening mark end in a colon ("X sagt: "Q""). */
  afterColon: boolean;
  /** The quote ends its sentence (its own . ! ? or the one right after the closing mark). */
  endsSentence: boolean;
  /** Tokens right before the opening mark (lower case), nearest last. */
  before: readonly Token[];
  /** The word after the closing mark, when only a space stands between. */
  next: Token | undefined;
}

/** Longest quoted span read as a modifier inside a noun phrase ("the “post-truth” society"). */
const MAX_MODIFIER_WORDS = 3;

/**
 * "a “direction discrimination” task", "the “post-truth” society"
 *, "our “eureka!” moments": a short quote between an article and the noun it
 * describes is a term, whatever speech verb the sentence holds. Only where adjectives precede
 * their noun (en, de, ru); in French or Spanish a word after the quote is often its adjective.
 */
export function modifiesNoun(shape: QuoteShape, lex: Lexicon): boolean {
  if (lex.postnominal || wordCount(shape.text) > MAX_MODIFIER_WORDS) return false;
  const prev = shape.before[shape.before.length - 1];
  const next = shape.next;
  if (!prev || !lex.determiners.has(prev.lower) || !next || !isLowerWord(next)) return false;
  const w = next.lower;
  return !(
    lex.nonNames.has(w) ||
    lex.fillers.has(w) ||
    lex.conjunctions.has(w) ||
    lex.determiners.has(w) ||
    lex.ofWords.has(w) ||
    lex.pronouns.has(w) ||
    lex.complementizers.has(w) ||
    lex.relatives.has(w) ||
    lex.speechVerbs.has(w)
  );
}

/** Words of four or more letters: the ones a title capitalises ("The Case for Tomorrow"). */
const TITLE_WORD_LENGTH = 4;

/** Does the quoted text end with sentence punctuation? */
export function endsWithSentencePunct(text: string): boolean {
  let e = text.length;
  // "It’s ‘Showtime at the Apollo.’": a nested quote's closing mark may end it.
  while (e > 0 && (text[e - 1] === ')' || text[e - 1] === ']' || isQuoteMark(text[e - 1]))) e--;
  return SENTENCE_STOPS.has(text[e - 1] ?? '');
}

/** Is the quote preceded by a term marker ("so-called", "named", "sogenannte", "dite")? */
export function afterTermMarker(before: readonly Token[], lex: Lexicon): boolean {
  const words = before.filter((t) => t.kind === 'word').map((t) => t.lower);
  for (const seq of lex.termMarkers) {
    if (seq.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < seq.length; k++) if (words[words.length - seq.length + k] !== seq[k]) ok = false;
    if (ok && before[before.length - 1]?.kind === 'word') return true;
  }
  return false;
}

/** Title-case words and no sentence punctuation: a name or a title, not speech. */
/** Longest title read by its capitals ("A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster"). */
const MAX_TITLE_WORDS = 20;

export function looksLikeTitle(text: string, tokens: readonly Token[]): boolean {
  if (isWebAddress(text)) return true;
  const words = tokens.filter((t) => t.kind === 'word' && !/^\d/.test(t.text));
  if (words.length < 1 || words.length > MAX_TITLE_WORDS || endsWithSentencePunct(text)) return false;
  const long = words.filter((t) => t.text.length >= TITLE_WORD_LENGTH);
  return long.length > 0 && long.every((t) => isCapitalized(t)) && isCapitalized(words[0]);
}

export type Verdict = 'quote' | 'continuation' | 'unattributed' | 'term';

/**
 * "example.org", "https://news.example.co.uk/": a web address is a name, whatever its case.
 * Train: PolNeAR matched −1, extra −2; Wikinews-de extra −1. Dev: Wikinews-de extra −1.
 */
function isWebAddress(text: string): boolean {
  if (text.length < 4 || /\s/.test(text)) return false;
  return /^(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?$/u.test(text) && /\.\p{L}{2,}\/?$/u.test(text);
}
