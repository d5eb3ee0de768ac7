/**
 * The attribution sieve for one paragraph's quotes (rules.ts names the rules, in order): the
 * quote's own sentence first, then what stands around it. Each candidate leaves with the cue of
 * the first rule that found one, and a verdict: a quote, the continuation of the quote before,
 * speech nobody is named for, or a term (scare quotes, titles), which is not highlighted.
 */
import { endsWithSentencePunct, type QuoteShape, type Verdict } from './classify.js';
import { QUOTE_THRESHOLD, quoteProbability } from './decide/model.js';
import { quoteFeatures, type QuoteEvidence } from './decide/quote-features.js';
import type { Cue } from './cues.js';
import {
  actionBeat,
  listIntroCue,
  paragraphBeat,
  previousParagraphCue,
  previousSentenceCue,
  reportedSpeechCue,
  pronounToCharacter,
  pronounToSentenceSubject,
} from './earlier-cues.js';
import { isSpeechVerbAt, type Lexicon } from './lang/index.js';
import { clauseSubjectCue, localCue } from './local-cues.js';
import { isSpace } from './marks.js';
import { isEnd, isHeadingQuote, onlyAsidesBetween, opensParagraph, tokenAt, type Para, type Paras } from './para.js';
import type { Person } from './people.js';
import type { RuleId } from './rules.js';
import type { RawQuote } from './scan.js';
import { spanAt } from './sentences.js';
import type { Token } from './text.js';
import type { Quote } from '../types.js';

/** One quoted span with everything learnt about it. */
export interface Candidate {
  raw: RawQuote;
  cue: Cue | null;
  /** The rule that attributed it (the cue's, or one that lends a speaker without a cue). */
  rule: RuleId | null;
  verdict: Verdict;
  person: Person | null;
  /** Direct or partial, read while the paragraph's sentences are at hand. */
  kind: Quote['kind'];
  /** A subheading or pull quote (see isHeadingQuote). */
  heading: boolean;
  /** The cue is the subject of the sentence before (see actionBeat): good only for a known person. */
  beat: boolean;
  /** The quote-or-term features (decide/quote-features.ts) and the model's probability of a quote. */
  features: Float64Array | null;
  probability: number;
  /** The speaker features (decide/speaker-features.ts) and the probability the speaker is right. */
  speakerFeatures: Float64Array | null;
  speakerProbability: number;
}

export function newCandidate(raw: RawQuote): Candidate {
  return {
    raw,
    cue: null,
    rule: null,
    verdict: 'term',
    person: null,
    kind: 'direct',
    heading: false,
    beat: false,
    features: null,
    probability: 0,
    speakerFeatures: null,
    speakerProbability: 0,
  };
}

/**
 * Runs the sieve over the candidates of paragraph `group[0].raw.paragraph`, in reading order;
 * `prev` is the latest candidate before them that was not a term. Returns the new latest.
 */
export function attributeParagraph(
  group: readonly Candidate[],
  raws: readonly RawQuote[],
  first: number,
  prev: Candidate | null,
  paras: Paras,
  lex: Lexicon,
  off: ReadonlySet<RuleId> = NONE,
): Candidate | null {
  const para = paras.at(group[0]!.raw.paragraph)!;
  group.forEach((c, j) => {
    const cue = c.raw.answer
      ? answerCue(c.raw.answer.label)
      : pronounToSentenceSubject(pronounToCharacter(localCue(raws, first + j, paras, lex), para, lex), para, lex);
    c.cue = cue?.rule && off.has(cue.rule) ? null : cue;
  });
  if (!off.has('shared-in-sentence')) shareCuesInSentence(group, para);
  let latest = prev;
  for (const c of group) latest = attributeOne(c, latest, paras, lex, off);
  return latest;
}

/** No rule switched off: the engine as it runs. */
const NONE: ReadonlySet<RuleId> = new Set();

/** Gives `c` the cue a rule found, unless that rule is switched off (for measuring each rule). */
const use = (c: Candidate, cue: Cue | null, rule: RuleId, off: ReadonlySet<RuleId>): boolean => {
  if (!cue || off.has(rule)) return false;
  c.cue = { ...cue, rule };
  return true;
};

/** The rules after the quote's own sentence, then the verdict. Returns the new latest non-term. */
function attributeOne(
  c: Candidate,
  prev: Candidate | null,
  paras: Paras,
  lex: Lexicon,
  off: ReadonlySet<RuleId>,
): Candidate | null {
  const para = paras.at(c.raw.paragraph)!;
  const heading = isHeadingQuote(c.raw, para);
  c.heading = heading;
  const canContinue =
    !!prev &&
    !heading &&
    // A quote signed in the paragraph before is closed by its signature: the next is no continuation.
    !(prev.cue?.signOff && prev.raw.paragraph !== c.raw.paragraph) &&
    (prev.raw.paragraph === c.raw.paragraph || onlyAsidesBetween(prev.raw.paragraph, c.raw.paragraph, paras, lex)) &&
    nextSentenceAfter(prev, c, paras);
  const shape = shapeOf(c.raw, para, lex);
  const inner = innerTokens(c.raw, para);
  // An answer nobody labels is left unnamed: the paragraph before is the interviewer's question.
  const answer = !!c.raw.answer;
  if (!c.cue && !answer && shape.startsSentence && !heading && use(c, actionBeat(c.raw, para, lex), 'action-beat', off))
    c.beat = true;
  // A speech verb in the quote's own sentence whose subject could not be read: where subjects are
  // always said, its speaker is named there, not earlier (LangData.statesSubjects).
  const ownVerb = speechVerbOutside(c.raw, para, lex);
  const namedHere = ownVerb && lex.statesSubjects;
  let continuation: QuoteEvidence['continuation'] = null;
  if (!c.cue && c.raw.continuesPrev && prev?.raw.continuesNext && !off.has('run-on-paragraph')) continuation = 'run-on';
  else if (
    !c.cue &&
    !namedHere &&
    canContinue &&
    (shape.startsSentence || shape.afterColon) &&
    !off.has('continues-quote')
  )
    continuation = 'can';
  // Short spans and term markers are left to the model (decide/): a cue found here is evidence.
  if (
    !c.cue &&
    !answer &&
    !continuation &&
    !namedHere &&
    !use(c, listIntroCue(c.raw, paras, lex), 'list-intro', off) &&
    !heading
  ) {
    earlierCue(c, para, paras, lex, shape.startsSentence, off);
  }
  c.features = quoteFeatures(
    {
      shape,
      inner,
      cue: c.cue,
      continuation,
      heading,
      wholeParagraph: opensParagraph(c.raw, para) && isEnd(para.text, c.raw.closeAt + 1),
      afterComma: shape.before[shape.before.length - 1]?.text === ',',
      speechVerbInSentence: ownVerb,
    },
    lex,
  );
  // An interview's answer is its answerer's words by the layout, whatever it reads like.
  c.probability = answer ? 1 : quoteProbability(c.features);
  if (c.cue?.rule) c.rule = c.cue.rule;
  if (c.probability < QUOTE_THRESHOLD) {
    c.verdict = 'term';
    return prev;
  }
  if (continuation && !answer) {
    c.verdict = 'continuation';
    c.rule = continuation === 'run-on' ? 'run-on-paragraph' : 'continues-quote';
  } else c.verdict = c.cue ? 'quote' : 'unattributed';
  // Judged a quote with nobody named: inside its sentence, the sentence's subject may speak it.
  // Tried after the verdict, so that a subject never makes a term a quote.
  if (
    c.verdict === 'unattributed' &&
    !answer &&
    !heading &&
    !shape.startsSentence &&
    use(c, clauseSubjectCue(c.raw, para, lex), 'clause-subject', off)
  ) {
    c.rule = 'clause-subject';
    c.verdict = 'quote';
  }
  c.kind = kindOf(shape.text, c.raw, para);
  return c;
}

/** The cue of an interview's answer: the name that labels it (interview.ts), or none. */
function answerCue(label: string | null): Cue | null {
  if (!label) return null;
  const subject = {
    kind: 'name' as const,
    name: label,
    premod: null,
    noun: null,
    person: true,
    indefinite: false,
    gender: null,
    text: label,
    start: 0,
    end: 0,
    next: 0,
  };
  return { kind: 'adjacent', subject, text: label, at: 0, rule: 'interview-answer' };
}

/** The sentence or two before, or for a paragraph-opening quote the paragraph before. */
function earlierCue(
  c: Candidate,
  para: Para,
  paras: Paras,
  lex: Lexicon,
  startsSentence: boolean,
  off: ReadonlySet<RuleId>,
): boolean {
  if (use(c, previousSentenceCue(c.raw, para, lex, startsSentence), 'previous-sentence', off)) return true;
  if (use(c, reportedSpeechCue(c.raw, paras, lex), 'reported-speech', off)) return true;
  if (!opensParagraph(c.raw, para)) return false;
  return (
    use(c, previousParagraphCue(c.raw, paras, lex), 'previous-paragraph', off) ||
    use(c, paragraphBeat(c.raw, paras, lex), 'paragraph-subject', off)
  );
}

/** Most quotes away in its sentence whose cue a quote may share (a list of quotes, not a wall of them). */
const MAX_SHARED_DISTANCE = 6;

/**
 * Quotes in one sentence share its cue: « les plus éprouvés » et les « plus vulnérables »,
 * selon le ministère: the first has no cue of its own.
 */
function shareCuesInSentence(cands: readonly Candidate[], para: Para): void {
  const sentenceOf = (c: Candidate): number => spanAt(para.sentences, c.raw.openAt);
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.cue) continue;
    const same = (o: Candidate | undefined): boolean => !!o && sentenceOf(o) === sentenceOf(c);
    for (let d = 1; d <= MAX_SHARED_DISTANCE; d++) {
      const later = cands[k + d];
      const earlier = cands[k - d];
      const pick = same(later) && later!.cue ? later : same(earlier) && earlier!.cue ? earlier : null;
      if (pick) {
        c.cue = { ...pick.cue!, kind: 'sentence', rule: 'shared-in-sentence' };
        break;
      }
      if (!same(later) && !same(earlier)) break;
    }
  }
}

function innerTokens(raw: RawQuote, para: Para): Token[] {
  const from = tokenAt(para.tokens, raw.start);
  let to = tokenAt(para.tokens, raw.end);
  if (to < para.tokens.length && para.tokens[to]!.start < raw.end) to++;
  return para.tokens.slice(from, to).filter((t) => t.end <= raw.end);
}

/** Marks that may stand right after a closing mark (a nested quote's). */
const TRAILING_MARKS = new Set(['"', '”', '“', '«', '»']);

function shapeOf(raw: RawQuote, para: Para, lex: Lexicon): QuoteShape {
  const sentence = para.sentences[spanAt(para.sentences, raw.openAt)]!;
  const openTok = tokenAt(para.tokens, raw.openAt);
  const fromTok = tokenAt(para.tokens, sentence.start);
  const before = para.tokens.slice(Math.max(fromTok, openTok - 3), openTok);
  const words = countsOf(para, lex).words;
  const text = para.text.slice(raw.start, raw.end);
  let after = raw.closeAt + 1;
  while (after < para.text.length && TRAILING_MARKS.has(para.text[after]!)) after++;
  return {
    text,
    startsSentence: words[openTok]! - words[fromTok]! === 0,
    afterColon: openTok > fromTok && para.tokens[openTok - 1]!.text === ':',
    endsSentence:
      endsWithSentencePunct(text) ||
      ['.', '!', '?'].includes(para.text[after] ?? '') ||
      raw.closeAt >= para.text.length ||
      isEnd(para.text, after),
    before,
    next: isSpace(para.text[after]) ? para.tokens[tokenAt(para.tokens, after)] : undefined,
  };
}

function kindOf(text: string, raw: RawQuote, para: Para): Quote['kind'] {
  const first = [...text].find((ch) => /\p{L}/u.test(ch));
  if (first && first === first.toLowerCase() && first !== first.toUpperCase()) return 'partial';
  const sentence = para.sentences[spanAt(para.sentences, raw.openAt)]!;
  let last = raw.openAt - 1;
  while (last >= sentence.start && isSpace(para.text[last])) last--;
  if (last < sentence.start || para.text[last] === ':' || para.text[last] === ',') return 'direct';
  return endsWithSentencePunct(text) ? 'direct' : 'partial';
}

/**
 * Running counts over a paragraph's tokens (words, speech verbs), so that "are there words before
 * the quote in its sentence?" and "is there a speech verb outside it?" cost the same however many
 * quotes the sentence holds.
 */
interface Counts {
  words: Int32Array;
  speech: Int32Array;
}
const countsCache = new WeakMap<Para, Counts>();

function countsOf(para: Para, lex: Lexicon): Counts {
  let counts = countsCache.get(para);
  if (!counts) {
    const n = para.tokens.length;
    counts = { words: new Int32Array(n + 1), speech: new Int32Array(n + 1) };
    for (let i = 0; i < n; i++) {
      const word = para.tokens[i]!.kind === 'word';
      counts.words[i + 1] = counts.words[i]! + (word ? 1 : 0);
      counts.speech[i + 1] = counts.speech[i]! + (word && isSpeechVerbAt(para.tokens, i, lex) ? 1 : 0);
    }
    countsCache.set(para, counts);
  }
  return counts;
}

/** Is there a speech verb in the quote's sentence, outside the quote? */
function speechVerbOutside(raw: RawQuote, para: Para, lex: Lexicon): boolean {
  const counts = countsOf(para, lex).speech;
  const first = para.sentences[spanAt(para.sentences, raw.openAt)]!;
  const last = para.sentences[spanAt(para.sentences, Math.min(raw.closeAt, para.text.length - 1))]!;
  const from = tokenAt(para.tokens, first.start);
  const to = tokenAt(para.tokens, last.end);
  const open = tokenAt(para.tokens, raw.openAt);
  const close = tokenAt(para.tokens, raw.closeAt + 1);
  return counts[to]! - counts[from]! - (counts[close]! - counts[open]!) > 0;
}

/**
 * `c` opens the sentence right after the one the quote before closed in (in the next paragraph,
 * its first sentence after the last): narration between them may be about someone else
 * ("“…,” said Jane Doe. In Paris, John Roe was less sure. “…”").
 */
function nextSentenceAfter(prev: Candidate, c: Candidate, paras: Paras): boolean {
  const para = paras.at(c.raw.paragraph)!;
  const here = spanAt(para.sentences, c.raw.openAt);
  if (prev.raw.paragraph === c.raw.paragraph) return spanAt(para.sentences, prev.raw.closeAt) + 1 >= here;
  const before = paras.at(prev.raw.paragraph)!;
  return here === 0 && spanAt(before.sentences, prev.raw.closeAt) === before.sentences.length - 1;
}
