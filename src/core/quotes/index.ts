/**
 * The quote engine (issue 4): finds quotations in an article's paragraphs and who said them.
 * Pure: plain strings in, plain data out. The stages, each in its own module:
 * marks/scan (quoted spans) → sentences/text (context) → cues (attributing words) →
 * people (who is mentioned where) → resolve (pronouns, descriptors) → classify (quote or term).
 */
import type { Quote, QuoteAnalysis, Speaker } from '../types.js';
import { afterTermMarker, classify, endsWithSentencePunct, type Verdict } from './classify.js';
import { cueAfter, cueBefore, sentenceCue, type Cue } from './cues.js';
import { guessLanguage } from './lang/guess.js';
import { LANGUAGES, lexiconFor, type Lexicon } from './lang/index.js';
import { isSpace, isWordChar } from './marks.js';
import { parseSubject, type Subject } from './names.js';
import { People, type Person } from './people.js';
import { resolveSubject, type Context } from './resolve.js';
import { scanQuotes, type RawQuote } from './scan.js';
import { sentenceSpans, spanAt, type Span } from './sentences.js';
import { isLowerWord, squashSpace, tokenize, wordCount, type Token } from './text.js';

/** How sure an attribution is, by how it was found. */
const CONFIDENCE = { adjacent: 0.95, source: 0.85, sentence: 0.7, colon: 0.6, continuation: 0.75, unattributed: 0.3 } as const;
/** Pronoun and descriptor attributions are a step less certain than a name. */
const INDIRECT_PENALTY = 0.15;

interface Para {
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
class Paras {
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
        return (sentences ??= sentenceSpans(text, lang, lex));
      },
    };
    if (this.cache.size >= PARA_WINDOW) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(p, para);
    return para;
  }
}

/** One candidate with everything learnt about it. */
interface Candidate {
  raw: RawQuote;
  cue: Cue | null;
  verdict: Verdict;
  person: Person | null;
  /** Direct or partial, read while the paragraph's sentences are at hand. */
  kind: Quote['kind'];
  /** A subheading or pull quote (see isHeadingQuote). */
  heading: boolean;
  /** The cue is the subject of the sentence before (see actionBeat): good only for a known person. */
  beat: boolean;
}

/**
 * Finds the quotes in `paragraphs` (each the textContent of one body paragraph, as given by
 * `paragraphElements`) and attributes them to speakers.
 * @param tag the article's language tag; selects speech verbs, titles and pronouns (guessed from
 *   function words when missing or unknown).
 */
export function findQuotes(paragraphs: readonly string[], tag: string | null): QuoteAnalysis {
  const known = tag && (tag.toLowerCase().split('-')[0] ?? '') in LANGUAGES;
  const lang = known ? tag : (guessLanguage(paragraphs) ?? tag);
  const lex = lexiconFor(lang);
  const paras = new Paras(paragraphs, lang, lex);
  const raws = scanQuotes(paragraphs, lang, {
    speechWord: (w) => lex.speechVerbs.has(w) || lex.fillers.has(w) || lex.pronouns.has(w),
    isAside: (text) => isAside(text, lex),
  });
  const cands: Candidate[] = raws.map((raw) => ({ raw, cue: null, verdict: 'term', person: null, kind: 'direct', heading: false, beat: false }));
  const people = new People(lex);
  // One pass in reading order, a paragraph at a time: its quotes' cues and verdicts, the names
  // they give, then the people it mentions. Each paragraph is tokenised and segmented once,
  // however long the text (linear time and a small live heap; see PARA_WINDOW).
  let prev: Candidate | null = null;
  let k = 0;
  for (let p = 0; p < paras.length; p++) {
    const from = k;
    while (k < cands.length && cands[k]!.raw.paragraph === p) k++;
    if (k > from) {
      for (let j = from; j < k; j++) cands[j]!.cue = findCue(raws, j, paras, lex);
      const group = cands.slice(from, k);
      shareCuesInSentence(group, paras);
      for (const c of group) {
        prev = classifyOne(c, prev, paras, lex);
        if (c.verdict !== 'term' && !c.beat && !c.cue?.onlyKnown && c.cue?.subject?.kind === 'name' && c.cue.subject.name) people.declare(c.cue.subject.name);
      }
    }
    scanMentions(paras.at(p)!, raws.slice(from, k), p, people);
  }
  // Names that a later paragraph's cue made known count where they were mentioned before it.
  people.settle();

  const ctx: Context = { people, lastSpeaker: null, lastSpeakerParagraph: -1 };
  prev = null;
  for (const c of cands) {
    if (c.verdict === 'term') continue;
    if (c.verdict === 'continuation') c.person = prev?.person ?? null;
    else if ((c.beat || c.cue?.onlyKnown) && c.cue?.subject) {
      // "Russia has denied it. “They lie.”": a country is no speaker; only someone known is.
      const subj = c.cue.subject;
      c.person = subj.kind === 'name' ? people.match(people.partsOf(subj.name ?? subj.text), c.raw.paragraph, subj.start) : resolveSubject(subj, c.raw.paragraph, ctx);
      if (!c.person && prev && prev.raw.paragraph >= c.raw.paragraph - 1) c.person = prev.person;
    } else if (c.cue?.subject) {
      c.person = resolveSubject(c.cue.subject, c.raw.paragraph, ctx);
      if (c.person) noteAlias(c.person, c.cue.subject);
    }
    if (c.person) [ctx.lastSpeaker, ctx.lastSpeakerParagraph] = [c.person, c.raw.paragraph];
    prev = c;
  }
  spreadOverRunOns(cands);
  attributeRepeats(cands, paragraphs);
  return output(cands, paragraphs, lex);
}

/**
 * Quote, continuation, unattributed speech or term, for candidates in reading order; `prev` is
 * the latest candidate that was not a term. Returns the new latest.
 */
function classifyOne(c: Candidate, prev: Candidate | null, paras: Paras, lex: Lexicon): Candidate | null {
  const para = paras.at(c.raw.paragraph)!;
  const heading = isHeadingQuote(c.raw, para);
  c.heading = heading;
  const canContinue = !!prev && !heading && (prev.raw.paragraph === c.raw.paragraph || onlyAsidesBetween(prev.raw.paragraph, c.raw.paragraph, paras, lex));
  const shape = shapeOf(c.raw, para);
  const inner = innerTokens(c.raw, para);
  if (!c.cue && shape.startsSentence && !heading) {
    const beat = actionBeat(c.raw, para, lex);
    if (beat) [c.cue, c.beat] = [beat, true];
  }
  c.verdict = c.raw.continuesPrev && prev?.raw.continuesNext && !c.cue ? 'continuation' : classify(shape, inner, c.cue?.kind ?? null, canContinue, lex);
  if (!c.cue && c.verdict !== 'continuation') {
    const listed = listIntroCue(c.raw, paras, lex);
    if (listed) {
      c.cue = listed;
      c.verdict = classify(shape, inner, listed.kind, false, lex);
    }
  }
  if (!c.cue && c.verdict !== 'continuation') {
    const opens = opensParagraph(c.raw, para);
    const earlier = heading ? null : (previousSentenceCue(c.raw, para, lex, shape.startsSentence) ?? (opens ? (previousParagraphCue(c.raw, paras, lex) ?? paragraphBeat(c.raw, paras, lex)) : null));
    const partialEnough = wordCount(shape.text) >= MIN_WORDS_FOR_EARLIER_CUE || shape.startsSentence;
    if (earlier && partialEnough && !afterTermMarker(shape.before, lex)) {
      c.cue = earlier;
      c.verdict = classify(shape, inner, earlier.kind, false, lex);
    }
  }
  if (c.verdict === 'term') return prev;
  c.kind = kindOf(para.text.slice(c.raw.start, c.raw.end), c.raw, para);
  return c;
}

/** Fewest words of a partial quote that borrows the cue of the sentence before (shorter ones are scare quotes: "schémas", "anonyme"). */
const MIN_WORDS_FOR_EARLIER_CUE = 3;

/**
 * Quotes in one sentence share its cue: « les plus éprouvés » et les « plus vulnérables »,
 * selon le ministère (Libération): the first has no cue of its own.
 */
function shareCuesInSentence(cands: Candidate[], paras: Paras): void {
  const sentenceOf = (c: Candidate): number => spanAt(paras.at(c.raw.paragraph)!.sentences, c.raw.openAt);
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.cue) continue;
    const same = (o: Candidate | undefined): boolean => !!o && o.raw.paragraph === c.raw.paragraph && sentenceOf(o) === sentenceOf(c);
    for (let d = 1; d < cands.length; d++) {
      const later = cands[k + d];
      const earlier = cands[k - d];
      const pick = same(later) && later!.cue ? later : same(earlier) && earlier!.cue ? earlier : null;
      if (pick) {
        c.cue = { ...pick.cue!, kind: 'sentence' };
        break;
      }
      if (!same(later) && !same(earlier)) break;
    }
  }
}

/**
 * A speech cue in the sentence before the quote's, same paragraph: "…, sagt der Neurologe. "Es
 * gibt …"" (DW, Post-Vac); for a quote that opens its sentence, two sentences back: "Charles
 * Schultze … once summed up the danger of deficits with a metaphor. “It’s not …”" (nytimes-4)
 * after a sentence between that names nobody.
 */
function previousSentenceCue(raw: RawQuote, para: Para, lex: Lexicon, startsSentence: boolean): Cue | null {
  const s = spanAt(para.sentences, raw.openAt);
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
 * An uncued quote that opens a sentence after a narrative sentence about someone, in the same
 * paragraph, is theirs: "Haoyu was gulping from a water bottle. “I’m glad …”" (Royal Road),
 * "Charles Schultze … once summed up the danger of deficits with a metaphor. “It’s not …”"
 * (New York Times, nytimes-4). The subject opens that sentence or follows its first comma ("As
 * they headed to the showers, Haoyu sipped …"); it must be a name or a he/she pronoun.
 */
function actionBeat(raw: RawQuote, para: Para, lex: Lexicon): Cue | null {
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
    if (subj.kind === 'name' || (subj.kind === 'pronoun' && subj.gender !== null)) return { kind: 'sentence', subject: subj, text: squashSpace(subj.text), at: subj.start };
  }
  return null;
}

/**
 * A quote opening its paragraph after a paragraph of pure narration about someone is theirs:
 * "Werner Näkel, a winemaker in the next village, sees it differently." then "“It is the most
 * elegant wine we make.”" (the DW wine-feature pattern). The subject of that paragraph's first
 * sentence, if it is a known person by the end (see Cue.onlyKnown).
 */
function paragraphBeat(raw: RawQuote, paras: Paras, lex: Lexicon): Cue | null {
  let back = 1;
  while (back <= MAX_ASIDES && raw.paragraph - back > 0 && isAside(paras.texts[raw.paragraph - back]!, lex)) back++;
  const prev = paras.at(raw.paragraph - back);
  const first = prev?.sentences[0];
  if (!prev || !first || holdsQuoteMark(prev.tokens, 0, prev.tokens.length)) return null;
  const to = tokenAt(prev.tokens, first.end);
  const subj = parseSubject(prev.tokens, 0, prev.text, lex);
  if (!subj || subj.kind !== 'name' || subj.next >= to) return null;
  const after = prev.tokens[subj.next]!;
  if (after.text !== ',' && !isLowerWord(after)) return null;
  return { kind: 'sentence', subject: subj, text: squashSpace(subj.text), at: subj.start, onlyKnown: true };
}

/** Sentences back within the quote's paragraph that a sentence-opening quote looks for its cue. */
const MAX_SENTENCES_BACK_SAME_PARAGRAPH = 2;

function holdsQuoteMark(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'mark') return true;
  return false;
}

/** Most paragraphs between two pieces of one speaker's quoting that may be captions or headings. */
const MAX_ASIDES = 2;
/** Longest photo caption read as an aside (DW and Guardian captions run to a sentence or two). */
const MAX_CAPTION_WORDS = 40;
/** Longest subheading (a line without closing punctuation). */
const MAX_HEADING_WORDS = 12;

/**
 * Are all paragraphs strictly between `from` and `to` (at most MAX_ASIDES, at least none)
 * photo captions or subheadings? A quote after a caption still continues the quote before it.
 */
function onlyAsidesBetween(from: number, to: number, paras: Paras, lex: Lexicon): boolean {
  if (to - from - 1 > MAX_ASIDES || to <= from) return false;
  for (let p = from + 1; p < to; p++) if (!isAside(paras.texts[p]!, lex)) return false;
  return true;
}

/** A photo caption (a credit in it) or a subheading (short, no closing punctuation). */
function isAside(text: string, lex: Lexicon): boolean {
  const words = wordCount(text);
  const lower = text.toLowerCase();
  if (words <= MAX_CAPTION_WORDS && lex.captionMarkers.some((m) => lower.includes(m))) return true;
  const trimmed = text.trim();
  return words <= MAX_HEADING_WORDS && !/[.!?…:;,"”»“«]$/u.test(trimmed);
}

/**
 * A quote that is a whole short paragraph with no closing period: a subheading or pull quote
 * ("“We will not give up”" over a section). It heads what follows rather than continuing
 * what came before, so it never borrows the previous quote's speaker.
 */
function isHeadingQuote(raw: RawQuote, para: Para): boolean {
  if (!opensParagraph(raw, para) || !isEnd(para.text, raw.closeAt + 1)) return false;
  const text = para.text.slice(raw.start, raw.end);
  return wordCount(text) <= MAX_HEADING_WORDS && !text.endsWith('.') && !raw.continuesPrev && !raw.continuesNext;
}

/** Sentences of the paragraph before that a paragraph-opening quote looks back through for a cue. */
const MAX_SENTENCES_BACK = 3;
/** Longest list item under a "… also said:" line (BBC's bulleted interview points). */
const MAX_LIST_ITEM_WORDS = 40;
/** Most list items between the introducing line and the quote. */
const MAX_LIST_ITEMS = 8;

/** Nothing but white space and the mark before the quote in its paragraph. */
function opensParagraph(raw: RawQuote, para: Para): boolean {
  return para.text.slice(0, raw.openAt).trim() === '';
}

/**
 * A whole-paragraph quote after a paragraph that reports someone's words: "The president also
 * admitted that …" then "Well, they're not ideal institutions …" (BBC).
 */
function previousParagraphCue(raw: RawQuote, paras: Paras, lex: Lexicon): Cue | null {
  let back = 1;
  while (back <= MAX_ASIDES && raw.paragraph - back > 0 && isAside(paras.texts[raw.paragraph - back]!, lex)) back++;
  const prevPara = paras.at(raw.paragraph - back);
  if (!prevPara) return null;
  for (let s = prevPara.sentences.length - 1; s >= 0 && s >= prevPara.sentences.length - MAX_SENTENCES_BACK; s--) {
    const span = prevPara.sentences[s]!;
    const from = tokenAt(prevPara.tokens, span.start);
    const to = tokenAt(prevPara.tokens, span.end);
    // Only the narration after the paragraph's last quote mark: "told you" inside someone's
    // quote is no cue for the next paragraph (Royal Road: "“I’m telling you so …”" then "“Gotcha.”").
    if (holdsQuoteMark(prevPara.tokens, from, to)) return null;
    const cue = sentenceCue(prevPara.tokens, from, to, prevPara.text, lex, true);
    if (cue?.subject) return { ...cue, kind: 'sentence' };
  }
  return null;
}

/** A quote in a list item under "In a wide-ranging interview, President Obama also said:" (BBC). */
function listIntroCue(raw: RawQuote, paras: Paras, lex: Lexicon): Cue | null {
  for (let p = raw.paragraph - 1; p >= 0 && raw.paragraph - p <= MAX_LIST_ITEMS; p--) {
    const para = paras.at(p)!;
    const text = para.text.trim();
    if (text.endsWith(':')) {
      const last = para.sentences[para.sentences.length - 1];
      if (!last) return null;
      const cue = sentenceCue(para.tokens, tokenAt(para.tokens, last.start), para.tokens.length, para.text, lex, true);
      return cue?.subject ? { ...cue, kind: 'sentence' } : null;
    }
    if (wordCount(text) > MAX_LIST_ITEM_WORDS) return null;
  }
  return null;
}

/** Fewest words of a repeated quote matched to its source ("Abwarten" alone could be anyone's). */
const MIN_REPEAT_WORDS = 3;
/** Paragraphs after a subheading quote in which the section's first speaker is looked for. */
const MAX_SECTION_PARAGRAPHS = 4;

/**
 * A quote nobody is named for that repeats words someone is quoted as saying elsewhere (a pull
 * quote, a subheading over the section that quotes it in full) is theirs; a subheading quote
 * that repeats nobody goes to the first speaker of the section it heads.
 */
function attributeRepeats(cands: Candidate[], paragraphs: readonly string[]): void {
  const said = cands.filter((c) => c.person && c.verdict !== 'term' && !c.heading).map((c) => ({ c, words: ` ${normWords(paragraphs[c.raw.paragraph]!.slice(c.raw.start, c.raw.end))} ` }));
  cands.forEach((c, k) => {
    if (c.verdict === 'term' || (c.person && !c.heading)) return;
    const words = normWords(paragraphs[c.raw.paragraph]!.slice(c.raw.start, c.raw.end));
    if (words.split(' ').length >= MIN_REPEAT_WORDS) {
      const source = said.find((o) => o.c !== c && o.words.includes(` ${words} `));
      if (source) {
        c.person = source.c.person;
        c.cue = source.c.cue;
        return;
      }
    }
    if (!c.heading) return;
    c.person = null;
    for (let j = k + 1; j < cands.length && cands[j]!.raw.paragraph - c.raw.paragraph <= MAX_SECTION_PARAGRAPHS; j++) {
      const next = cands[j]!;
      if (next.verdict === 'term' || !next.person) continue;
      c.person = next.person;
      c.cue = next.cue;
      return;
    }
  });
}

/** Lower-case letters and digits, one space between words: for comparing quote texts. */
function normWords(text: string): string {
  let out = '';
  let gap = false;
  for (const ch of text.toLowerCase()) {
    if (isWordChar(ch)) {
      if (gap && out) out += ' ';
      out += ch;
      gap = false;
    } else gap = true;
  }
  return out;
}

/** Honorifics only ("Mr.", "Dr", "Mme"): no role. Titles that name an office ("Senator") are kept. */
function isTitleOnly(premod: string, lex: Lexicon): boolean {
  const words = premod.toLowerCase().split(/[\s.]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => lex.titles.has(w) && !lex.personNouns.has(w));
}

/** Quotes running over paragraphs: a piece with no speaker takes its neighbours'. */
function spreadOverRunOns(cands: Candidate[]): void {
  for (let k = cands.length - 2; k >= 0; k--) {
    const c = cands[k]!;
    const next = cands[k + 1]!;
    if (c.raw.continuesNext && next.raw.continuesPrev && !c.person && next.person && c.verdict !== 'term') {
      c.person = next.person;
      c.cue = c.cue ?? next.cue;
    }
  }
}

function noteAlias(person: Person, subj: Subject): void {
  if (subj.text && subj.text !== person.name) person.aliases.add(subj.text);
}

function innerTokens(raw: RawQuote, para: Para): Token[] {
  const from = tokenAt(para.tokens, raw.start);
  let to = tokenAt(para.tokens, raw.end);
  if (to < para.tokens.length && para.tokens[to]!.start < raw.end) to++;
  return para.tokens.slice(from, to).filter((t) => t.end <= raw.end);
}

/** First token at or after offset `at`. */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token range of the words before a quote in its sentence, after any earlier quote there. */
function leftRange(raws: readonly RawQuote[], k: number, para: Para): [number, number] {
  const raw = raws[k]!;
  const sentence = para.sentences[spanAt(para.sentences, raw.openAt)]!;
  let from = sentence.start;
  const prev = raws[k - 1];
  if (prev && prev.paragraph === raw.paragraph && prev.closeAt + 1 > from) from = prev.closeAt + 1;
  return [tokenAt(para.tokens, from), tokenAt(para.tokens, raw.openAt)];
}

/** Token range of the words after a quote up to the end of its sentence or the next quote. */
function rightRange(raws: readonly RawQuote[], k: number, para: Para): [number, number] {
  const raw = raws[k]!;
  if (raw.closeAt >= para.text.length) return [para.tokens.length, para.tokens.length];
  const sentence = para.sentences[spanAt(para.sentences, raw.closeAt)]!;
  let to = sentence.end;
  const next = raws[k + 1];
  if (next && next.paragraph === raw.paragraph && next.openAt < to) to = next.openAt;
  return [tokenAt(para.tokens, raw.closeAt + 1), tokenAt(para.tokens, to)];
}

/** The best cue for quote `k`: adjacent ones first, on either side. */
function findCue(raws: readonly RawQuote[], k: number, paras: Paras, lex: Lexicon): Cue | null {
  const raw = raws[k]!;
  const para = paras.at(raw.paragraph)!;
  const [rf, rt] = rightRange(raws, k, para);
  const [lf, lt] = leftRange(raws, k, para);
  const after = withAppositionName(cueAfter(para.tokens, rf, rt, para.text, lex), para, lex) ?? cueAcrossBreak(raws, k, para, lex);
  const before = withAppositionName(cueBefore(para.tokens, lf, lt, para.text, lex), para, lex);
  if (before?.kind === 'sentence' && after?.kind === 'sentence' && governs(before, raw, para, lex)) return before;
  const rank = (c: Cue | null, side: number): number =>
    !c ? 99 : ({ adjacent: 0, source: 2, sentence: 4, colon: 6 } as const)[c.kind] + side;
  return rank(after, 0) <= rank(before, 1) ? after : before;
}

/** Does a complementizer stand between the cue and the quote ("said in a memo that the “…”")? */
function governs(cue: Cue, raw: RawQuote, para: Para, lex: Lexicon): boolean {
  for (let t = tokenAt(para.tokens, cue.at); t < para.tokens.length && para.tokens[t]!.start < raw.openAt; t++) {
    if (lex.complementizers.has(para.tokens[t]!.lower)) return true;
  }
  return false;
}

/**
 * "“Do they take the profit …?” Forte said." (Seattle Times): ICU ends the sentence after a
 * quote that ends in ? or !, so the cue stands in the next "sentence"; only an adjacent one counts.
 */
function cueAcrossBreak(raws: readonly RawQuote[], k: number, para: Para, lex: Lexicon): Cue | null {
  const raw = raws[k]!;
  const last = para.text[raw.end - 1];
  if (last !== '?' && last !== '!') return null;
  const s = spanAt(para.sentences, raw.closeAt);
  const sentence = para.sentences[s]!;
  if (para.text.slice(raw.closeAt + 1, sentence.end).trim() !== '') return null;
  const next = para.sentences[s + 1];
  if (!next) return null;
  let to = next.end;
  const other = raws[k + 1];
  if (other && other.paragraph === raw.paragraph && other.openAt < to) to = other.openAt;
  const cue = cueAfter(para.tokens, tokenAt(para.tokens, next.start), tokenAt(para.tokens, to), para.text, lex);
  return cue?.kind === 'adjacent' ? cue : null;
}

/** "declared a later chancellor, Bernhard von Bülow": the name in apposition is the speaker. */
function withAppositionName(cue: Cue | null, para: Para, lex: Lexicon): Cue | null {
  const subj = cue?.subject;
  if (!cue || !subj || subj.kind !== 'descriptor' || !subj.person) return cue;
  if (para.tokens[subj.next]?.text !== ',') return cue;
  const named = parseSubject(para.tokens, subj.next + 1, para.text, lex);
  if (!named || named.kind !== 'name') return cue;
  return { ...cue, subject: { ...named, premod: subj.premod, start: subj.start, text: para.text.slice(subj.start, named.end) } };
}

function shapeOf(raw: RawQuote, para: Para) {
  const sentence = para.sentences[spanAt(para.sentences, raw.openAt)]!;
  const openTok = tokenAt(para.tokens, raw.openAt);
  const fromTok = tokenAt(para.tokens, sentence.start);
  const before = para.tokens.slice(Math.max(fromTok, openTok - 3), openTok);
  const lead = para.tokens.slice(fromTok, openTok);
  const text = para.text.slice(raw.start, raw.end);
  let after = raw.closeAt + 1;
  while (after < para.text.length && (para.text[after] === '"' || para.text[after] === '”' || para.text[after] === '“' || para.text[after] === '«' || para.text[after] === '»')) after++;
  return {
    text,
    startsSentence: lead.every((t) => t.kind !== 'word'),
    afterColon: lead[lead.length - 1]?.text === ':',
    endsSentence: endsWithSentencePunct(text) || ['.', '!', '?'].includes(para.text[after] ?? '') || raw.closeAt >= para.text.length || isEnd(para.text, after),
    before,
    next: isSpace(para.text[after]) ? para.tokens[tokenAt(para.tokens, after)] : undefined,
  };
}

/** Only white space from `at` to the end of the paragraph. */
function isEnd(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) if (!isSpace(text[i])) return false;
  return true;
}

/** Records the person mentions of paragraph `p` outside its quoted `spans` (in text order). */
function scanMentions(para: Para, spans: readonly RawQuote[], p: number, people: People): void {
  // One sweep: spans and tokens are both in text order.
  const outside: Token[] = [];
  let s = 0;
  for (const t of para.tokens) {
    while (s < spans.length && spans[s]!.closeAt + 1 <= t.start) s++;
    const span = spans[s];
    if (!span || t.start < span.openAt || t.end > span.closeAt + 1) outside.push(t);
  }
  people.scan(outside, p, para.text);
}

function kindOf(text: string, raw: RawQuote, para: Para): Quote['kind'] {
  const first = [...text].find((ch) => /\p{L}/u.test(ch));
  if (first && first === first.toLowerCase() && first !== first.toUpperCase()) return 'partial';
  const sentence = para.sentences[spanAt(para.sentences, raw.openAt)]!;
  const lead = para.text.slice(sentence.start, raw.openAt).trim();
  if (lead === '' || lead.endsWith(':') || lead.endsWith(',')) return 'direct';
  return endsWithSentencePunct(text) ? 'direct' : 'partial';
}

function output(cands: readonly Candidate[], paras: readonly string[], lex: Lexicon): QuoteAnalysis {
  const ids = new Map<Person, string>();
  const counts = new Map<Person, number>();
  const quotes: Quote[] = [];
  const termSet = new Set<string>();
  for (const c of cands) {
    const text = paras[c.raw.paragraph]!.slice(c.raw.start, c.raw.end);
    if (c.verdict === 'term') {
      termSet.add(squashSpace(text));
      continue;
    }
    let speakerId: string | null = null;
    if (c.person) {
      speakerId = ids.get(c.person) ?? `s${ids.size + 1}`;
      ids.set(c.person, speakerId);
      counts.set(c.person, (counts.get(c.person) ?? 0) + 1);
    }
    const indirect = c.cue?.subject && c.cue.subject.kind !== 'name' ? INDIRECT_PENALTY : 0;
    const base = c.verdict === 'continuation' ? CONFIDENCE.continuation : c.cue ? CONFIDENCE[c.cue.kind] : CONFIDENCE.unattributed;
    quotes.push({
      text,
      paragraph: c.raw.paragraph,
      start: c.raw.start,
      end: c.raw.end,
      kind: c.kind,
      speakerId,
      cue: c.verdict === 'continuation' ? 'continuation' : c.cue ? squashSpace(c.cue.text) : null,
      confidence: c.person ? Math.round((base - indirect) * 100) / 100 : 0,
    });
  }
  const speakers: Speaker[] = [...ids].map(([person, id]) => {
    const name = squashSpace(person.name);
    // A title ("Mr.", "Dr.", "Senator") is how one is addressed, not a role; a role word before the name is.
    const role = person.role ?? person.premods.find((m) => !isTitleOnly(m, lex)) ?? null;
    return {
      id,
      name,
      role: role === null ? null : squashSpace(role),
      aliases: [...new Set([...person.aliases].map(squashSpace))].filter((a) => a !== name),
      quoteCount: counts.get(person) ?? 0,
    };
  });
  return { quotes, speakers, terms: [...termSet] };
}
