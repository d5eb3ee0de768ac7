/**
 * Cues that stand before a quote's own sentence: the sentence or two before it, the paragraph
 * before (its last sentences, or the subject it is about), a list's introducing line, or the
 * narration right before a quote (an action beat).
 */
import { sentenceCue, type Cue } from './cues.js';
import { isSpeechVerbAt, type Lexicon } from './lang/index.js';
import { parseSubject, type Subject } from './names.js';
import { MAX_ASIDES, holdsQuoteMark, isAside, tokenAt, type Para, type Paras } from './para.js';
import type { RawQuote } from './scan.js';
import { spanAt } from './sentences.js';
import { isCapitalized, isLowerWord, lastNonSpace, squashSpace, wordCount, type Token } from './text.js';

/**
 * A speech cue in the sentence before the quote's, same paragraph: "…, sagt der Neurologe. "Es
 * gibt …""; for a quote that opens its sentence, two sentences back: "Tom Brown … once summed up
 * the danger of deficits with a metaphor. “It’s not …”" after a sentence between that names nobody.
 */
export function previousSentenceCue(raw: RawQuote, para: Para, lex: Lexicon, startsSentence: boolean): Cue | null {
  const s = spanAt(para.sentences, raw.openAt);
  if (!startsSentence && speechVerbBefore(raw, para, s, lex)) return null;
  const back = startsSentence ? MAX_SENTENCES_BACK_SAME_PARAGRAPH : 1;
  for (let d = 1; d <= back; d++) {
    const prevSentence = para.sentences[s - d];
    if (!prevSentence) return null;
    const from = tokenAt(para.tokens, prevSentence.start);
    const to = tokenAt(para.tokens, prevSentence.end);
    const cue = sentenceCue(para.tokens, from, to, para.text, lex, true);
    if (cue?.subject) return { ...cue, kind: 'sentence' };
    if (cue || holdsQuoteMark(para.tokens, from, to)) return null; // someone else speaks in between
  }
  return null;
}

/**
 * "… Czaputowicz podkreślił, że Niemcy są „Q“": a speech verb before the quote in its own sentence
 * right after a capitalised word (a subject the engine could not read). A verb with no subject
 * ("Y agregó que …", pro-drop) goes on with the sentence before's speaker.
 */
function speechVerbBefore(raw: RawQuote, para: Para, s: number, lex: Lexicon): boolean {
  const from = tokenAt(para.tokens, para.sentences[s]!.start);
  const to = tokenAt(para.tokens, raw.openAt);
  for (let k = from + 2; k < to; k++)
    if (isCapitalized(para.tokens[k - 1]) && isSpeechVerbAt(para.tokens, k, lex)) return true;
  return false;
}

/**
 * Who a narrative sentence can be about, for a beat: a name (checked against the known people
 * later), he or she, or a definite person descriptor ("Der Kanzler wirkt entschlossen.").
 */
function beatSubject(subj: Subject): boolean {
  return (
    subj.kind === 'name' ||
    (subj.kind === 'pronoun' && subj.gender !== null) ||
    (subj.kind === 'descriptor' && subj.person && !subj.indefinite)
  );
}

/** Sentences back within the quote's paragraph that a sentence-opening quote looks for its cue. */
const MAX_SENTENCES_BACK_SAME_PARAGRAPH = 2;

/**
 * An uncued quote that opens a sentence after a narrative sentence about someone, in the same
 * paragraph, is theirs: "Sam was gulping from a water bottle. “I’m glad …”",
 * "Tom Brown … once summed up the danger of deficits with a metaphor. “It’s not …”"
 *. The subject opens that sentence or follows its first comma ("As
 * they headed to the showers, Sam sipped …"); it must be a name or a he/she pronoun.
 */
export function actionBeat(raw: RawQuote, para: Para, lex: Lexicon): Cue | null {
  const s = spanAt(para.sentences, raw.openAt);
  const prevSentence = para.sentences[s - 1];
  if (!prevSentence) return null;
  const from = tokenAt(para.tokens, prevSentence.start);
  const to = tokenAt(para.tokens, prevSentence.end);
  if (holdsQuoteMark(para.tokens, from, to)) return null;
  let comma = from;
  while (comma < to && para.tokens[comma]!.text !== ',') comma++;
  for (const at of [from, comma + 1]) {
    if (at >= to) continue;
    const subj = parseSubject(para.tokens, at, para.text, lex);
    if (!subj || subj.next >= to || !isLowerWord(para.tokens[subj.next])) continue;
    if (beatSubject(subj)) return { kind: 'sentence', subject: subj, text: squashSpace(subj.text), at: subj.start };
  }
  return null;
}

/**
 * A quote opening its paragraph after a paragraph of pure narration about someone is theirs:
 * "Hans Weber, a winemaker in the next village, sees it differently." then "“It is the most
 * elegant wine we make.”" (the DW wine-feature pattern). The subject of that paragraph's first
 * sentence, if it is a known person by the end (see Cue.onlyKnown).
 */
export function paragraphBeat(raw: RawQuote, paras: Paras, lex: Lexicon): Cue | null {
  let back = 1;
  while (back <= MAX_ASIDES && raw.paragraph - back > 0 && isAside(paras.texts[raw.paragraph - back]!, lex)) back++;
  const prev = paras.at(raw.paragraph - back);
  const first = prev?.sentences[0];
  if (!prev || !first || holdsQuoteMark(prev.tokens, 0, prev.tokens.length)) return null;
  const to = tokenAt(prev.tokens, first.end);
  // "But for Ortega and her family the slow, painful deaths … are personal.": the
  // subject may follow a few opening function words; only a known person counts (onlyKnown).
  let at = 0;
  while (
    at < MAX_OPENING_WORDS &&
    at < to &&
    lex.nonNames.has(prev.tokens[at]!.lower) &&
    !lex.pronouns.has(prev.tokens[at]!.lower) &&
    !lex.determiners.has(prev.tokens[at]!.lower)
  )
    at++;
  const subj = parseSubject(prev.tokens, at, prev.text, lex);
  if (!subj || !beatSubject(subj) || subj.next >= to || (at > 0 && subj.kind !== 'name')) return null;
  const after = prev.tokens[subj.next]!;
  if (after.text !== ',' && !isLowerWord(after)) return null;
  return { kind: 'sentence', subject: subj, text: squashSpace(subj.text), at: subj.start, onlyKnown: true };
}

/** Function words ("But for") that may open a narration paragraph before the person it is about. */
const MAX_OPENING_WORDS = 2;

/** Sentences of the paragraph before that a paragraph-opening quote looks back through for a cue. */
const MAX_SENTENCES_BACK = 3;

/** Longest list item under a "… also said:" line (bulleted interview points). */
const MAX_LIST_ITEM_WORDS = 40;

/** Most list items between the introducing line and the quote. */
const MAX_LIST_ITEMS = 8;

/**
 * A whole-paragraph quote after a paragraph that reports someone's words: "The president also
 * admitted that …" then "Well, they're not ideal institutions …".
 */
export function previousParagraphCue(raw: RawQuote, paras: Paras, lex: Lexicon): Cue | null {
  let back = 1;
  while (back <= MAX_ASIDES && raw.paragraph - back > 0 && isAside(paras.texts[raw.paragraph - back]!, lex)) back++;
  const prevPara = paras.at(raw.paragraph - back);
  if (!prevPara) return null;
  for (let s = prevPara.sentences.length - 1; s >= 0 && s >= prevPara.sentences.length - MAX_SENTENCES_BACK; s--) {
    const span = prevPara.sentences[s]!;
    const from = tokenAt(prevPara.tokens, span.start);
    const to = tokenAt(prevPara.tokens, span.end);
    // Only the narration after the paragraph's last quote mark: "told you" inside someone's
    // quote is no cue for the next paragraph ("“I’m telling you so …”" then "“Gotcha.”").
    if (holdsQuoteMark(prevPara.tokens, from, to)) return null;
    const cue = sentenceCue(prevPara.tokens, from, to, prevPara.text, lex, true);
    if (cue?.subject) return { ...cue, kind: 'sentence' };
  }
  return null;
}

/** A quote in a list item under "In a wide-ranging interview, President Obama also said:". */
export function listIntroCue(raw: RawQuote, paras: Paras, lex: Lexicon): Cue | null {
  // Only a quote in a paragraph the length of a list item.
  if (wordCount(paras.texts[raw.paragraph]!, MAX_LIST_ITEM_WORDS) > MAX_LIST_ITEM_WORDS) return null;
  for (let p = raw.paragraph - 1; p >= 0 && raw.paragraph - p <= MAX_LIST_ITEMS; p--) {
    const para = paras.at(p)!;
    if (lastNonSpace(para.text) === ':') {
      const last = para.sentences[para.sentences.length - 1];
      if (!last) return null;
      const cue = sentenceCue(para.tokens, tokenAt(para.tokens, last.start), para.tokens.length, para.text, lex, true);
      return cue?.subject ? { ...cue, kind: 'sentence' } : null;
    }
    if (wordCount(para.text, MAX_LIST_ITEM_WORDS) > MAX_LIST_ITEM_WORDS) return null;
  }
  return null;
}

/**
 * "The waiter returns with a carafe, …. He places it on the table and whispers, “So you've
 * discovered our little secret?”": a he/she opening the cue's sentence right
 * after a sentence opened by a definite person descriptor is that person, when no name stands
 * between. Otherwise the cue is returned as it is.
 */
export function pronounToCharacter(cue: Cue | null, para: Para, lex: Lexicon): Cue | null {
  const pron = cue?.subject;
  if (!cue || !pron || pron.kind !== 'pronoun' || pron.gender === null) return cue;
  const s = spanAt(para.sentences, pron.start);
  const own = para.sentences[s]!;
  const prevSentence = para.sentences[s - 1];
  if (!prevSentence || tokenAt(para.tokens, own.start) !== tokenAt(para.tokens, pron.start)) return cue;
  const from = tokenAt(para.tokens, prevSentence.start);
  const subj = parseSubject(para.tokens, from, para.text, lex);
  if (subj?.kind !== 'descriptor' || !subj.person || subj.indefinite || !isLowerWord(para.tokens[subj.next]))
    return cue;
  // A name after the descriptor ("The waiter brings Kreuzberg a glass") may be whom "he" means.
  for (let k = subj.next; k < tokenAt(para.tokens, pron.start); k++)
    if (isCapitalized(para.tokens[k]) && para.tokens[k - 1]?.text !== '.') return cue;
  return { ...cue, subject: subj };
}

/** Most tokens from a sentence's opening name to a pronoun in the clause its verb reports. */
const MAX_REPORTING_TOKENS = 40;

/**
 * "Stacy Baker says she thinks Cruz can win if he keeps “Q”": a pronoun in the clause a name's
 * speech verb reports is that name (gender allowing), not whoever was quoted before.
 */
export function pronounToSentenceSubject(cue: Cue | null, para: Para, lex: Lexicon): Cue | null {
  const pron = cue?.subject;
  if (!cue || !pron || pron.kind !== 'pronoun' || pron.gender === null) return cue;
  const { tokens } = para;
  const p = tokenAt(tokens, pron.start);
  let i = tokenAt(tokens, para.sentences[spanAt(para.sentences, pron.start)]!.start);
  // Bounded, so that a sentence of a thousand quotes stays linear.
  if (p - i > MAX_REPORTING_TOKENS) return cue;
  while (i < p && lex.conjunctions.has(tokens[i]!.lower)) i++;
  if (i >= p) return cue;
  const subj = parseSubject(tokens, i, para.text, lex);
  if (subj?.kind !== 'name' || subj.next >= p || (subj.gender != null && subj.gender !== pron.gender)) return cue;
  let reports = false;
  for (let k = subj.next; k < p; k++) {
    if (tokens[k]!.kind === 'mark') return cue;
    if (isSpeechVerbAt(tokens, k, lex)) reports = true;
  }
  return reports ? { ...cue, subject: subj } : cue;
}

/** Sentences a chain of reported speech may run back through to the one that names its speaker. */
const MAX_REPORTED_SENTENCES = 4;

/** Does the token range hold a reported-speech mark (German Konjunktiv I: "sei", "habe")? */
function reported(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k < to; k++) if (lex.reportedSpeech.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "Stoiber begründete seinen Rückzug mit … Auch habe sich die „veränderte Statik“ …": a quote in
 * a sentence of reported speech belongs to whoever the reporting began with, found back through
 * the sentences of reported speech before it (this paragraph and the one before).
 */
export function reportedSpeechCue(raw: RawQuote, paras: Paras, lex: Lexicon): Cue | null {
  if (lex.reportedSpeech.size === 0) return null;
  let para = paras.at(raw.paragraph)!;
  let s = spanAt(para.sentences, raw.openAt);
  const own = para.sentences[s]!;
  const ownFrom = tokenAt(para.tokens, own.start);
  const openTok = tokenAt(para.tokens, raw.openAt);
  const closeTok = tokenAt(para.tokens, raw.closeAt + 1);
  const ownTo = tokenAt(para.tokens, own.end);
  if (!reported(para.tokens, ownFrom, openTok, lex) && !reported(para.tokens, closeTok, ownTo, lex)) return null;
  let p = raw.paragraph;
  for (let steps = 0; steps < MAX_REPORTED_SENTENCES; steps++) {
    s--;
    if (s < 0) {
      if (p - 1 < 0 || p < raw.paragraph) return null;
      p--;
      para = paras.at(p)!;
      s = para.sentences.length - 1;
      if (s < 0) return null;
    }
    const span = para.sentences[s]!;
    const from = tokenAt(para.tokens, span.start);
    const to = tokenAt(para.tokens, span.end);
    const cue = sentenceCue(para.tokens, from, to, para.text, lex, true);
    if (cue?.subject) return { ...cue, kind: 'sentence' };
    if (!reported(para.tokens, from, to, lex)) return null;
  }
  return null;
}
