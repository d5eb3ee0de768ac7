/**
 * The quote engine: finds quotations in an article's paragraphs and who said them. Pure: plain
 * strings in, plain data out. Stages (README.md): scan (quoted spans by their marks) → sieve
 * (the attributing cue of each, by named rules in order, and quote or term) → people (who is
 * mentioned where) → resolve (a cue's subject to a person) → post-rules (speakers lent across
 * the article) → output. One pass in reading order, a paragraph at a time: linear in the text.
 */
import type { QuoteAnalysis } from '../types.js';
import { speakerProbability } from './decide/model.js';
import { speakerFeatures } from './decide/speaker-features.js';
import './lang/all.js';
import { guessLanguage } from './lang/guess.js';
import { findAnswers, withAnswers } from './interview.js';
import { lexiconFor, type Lexicon } from './lang/index.js';
import type { Subject } from './names.js';
import { output } from './output.js';
import { isAside, Paras, type Para } from './para.js';
import { People, type Person } from './people.js';
import { toPieces, uncut } from './pieces.js';
import { attributeRepeats, spreadOverRunOns } from './post-rules.js';
import { resolveSubject, type Context } from './resolve.js';
import { scanQuotes, type RawQuote } from './scan.js';
import { attributeParagraph, newCandidate, type Candidate } from './sieve.js';
import type { RuleId } from './rules.js';
import type { Token } from './text.js';
import { nameUncasedSpeakers } from './uncased/index.js';

/**
 * Finds the quotes in `paragraphs` (each the textContent of one body paragraph, as given by
 * `paragraphElements`) and attributes them to speakers.
 * @param tag the article's language tag; selects speech verbs, titles and pronouns (guessed from
 *   function words when missing or unknown).
 */
export function findQuotes(
  paragraphs: readonly string[],
  tag: string | null,
  options: FindOptions = {},
): QuoteAnalysis {
  const pieces = toPieces(paragraphs);
  if (uncut(pieces, paragraphs)) return findInParagraphs(paragraphs, tag, options);
  // A paragraph longer than MAX_PIECE_CHARS was read in pieces: offsets go back to the paragraph.
  const { trace } = options;
  const found = findInParagraphs(pieces.texts, tag, {
    ...options,
    trace: trace && ((t) => trace({ ...t, paragraph: pieces.origin[t.paragraph]!.paragraph })),
  });
  const quotes = found.quotes.map((q) => {
    const { paragraph, offset } = pieces.origin[q.paragraph]!;
    return { ...q, paragraph, start: q.start + offset, end: q.end + offset };
  });
  return { ...found, quotes };
}

function findInParagraphs(paragraphs: readonly string[], tag: string | null, options: FindOptions): QuoteAnalysis {
  const off = options.off ?? new Set<RuleId>();
  // Only a page that does not say its language gets a guess; a language without data of its own
  // reads with every language's data merged (lang/index.ts), not as the nearest one it resembles.
  const lang = tag?.trim() ? tag : guessLanguage(paragraphs);
  const lex = lexiconFor(lang);
  const paras = new Paras(paragraphs, lang, lex);
  const marked = scanQuotes(paragraphs, lang, {
    speechWord: (w) => lex.speechVerbs.has(w) || lex.fillers.has(w) || lex.pronouns.has(w),
    isAside: (text) => isAside(text, lex),
    dialogueDashes: lex.dialogueDashes,
  });
  const raws = off.has('interview-answer') ? marked : withAnswers(marked, findAnswers(paragraphs));
  const cands = raws.map(newCandidate);
  const people = new People(lex, lowerCaseWords(paragraphs));
  // One pass in reading order, a paragraph at a time: its quotes' cues and verdicts, the names
  // they give, then the people it mentions. Each paragraph is tokenised and segmented once,
  // however long the text (linear time and a small live heap; see PARA_WINDOW).
  let prev: Candidate | null = null;
  let k = 0;
  for (let p = 0; p < paras.length; p++) {
    const from = k;
    while (k < cands.length && cands[k]!.raw.paragraph === p) k++;
    if (k > from) {
      const group = cands.slice(from, k);
      prev = attributeParagraph(group, raws, from, prev, paras, lex, off);
      for (const c of group) {
        const subj = c.cue?.subject;
        if (c.verdict === 'term' || c.beat || c.cue?.onlyKnown || subj?.kind !== 'name' || !subj.name) continue;
        // Where every noun is capitalised, one word alone makes nobody known (see resolveName).
        if (lex.capitalisesNouns && !subj.premod && !subj.name.includes(' ')) continue;
        people.declare(subj.name);
      }
    }
    scanMentions(paras.at(p)!, raws.slice(from, k), p, people);
  }
  // Names that a later paragraph's cue made known count where they were mentioned before it.
  people.settle();
  resolveSpeakers(cands, people, lex);
  spreadOverRunOns(cands, off);
  attributeRepeats(cands, paragraphs, off);
  for (const c of cands) {
    if (c.verdict === 'term' || !c.person) continue;
    const evidence = {
      rule: c.rule,
      cue: c.cue,
      person: c.person,
      mentions: people.mentionCount(c.person),
      quoteProbability: c.probability,
    };
    c.speakerFeatures = speakerFeatures(evidence, lex);
    c.speakerProbability = speakerProbability(c.speakerFeatures);
  }
  nameUncasedSpeakers(cands, paragraphs, lex, people);
  if (options.trace) for (const c of cands) options.trace(traceOf(c, paragraphs));
  return output(cands, paragraphs, lex, people);
}

/** Words the article writes in lower case somewhere (a capitalised one of them may open a sentence). */
function lowerCaseWords(paragraphs: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of paragraphs) for (const m of text.matchAll(LOWER_WORD)) words.add(m[0]);
  return words;
}
/** A word in lower case, after a space or at the start: the tokenizer's own rules do not matter here. */
const LOWER_WORD = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{M}'’-])/gu;

/** What the engine decided about one quoted span, for training and reading its decisions. */
export interface TraceEntry {
  paragraph: number;
  text: string;
  features: Float64Array;
  probability: number;
  verdict: Candidate['verdict'];
  rule: RuleId | null;
  /** What the cue named: 'name', 'pronoun', 'descriptor', or null. */
  subject: string | null;
  speaker: string | null;
  /** The mention the speaker was found by ("he", "the minister"), before any abstention. */
  mention: string | null;
  /** The speaker has a name (not only a descriptor such as "the ministry"). */
  named: boolean;
  /** The speaker features and the probability that the speaker is right, before abstention. */
  speakerFeatures: Float64Array | null;
  speakerProbability: number;
}

export interface FindOptions {
  /** Called once per quoted span, in reading order, after every decision. */
  trace?: (entry: TraceEntry) => void;
  /** Sieve rules switched off, to measure what each one brings (test/eval/rules-table.ts). */
  off?: ReadonlySet<RuleId>;
}

function traceOf(c: Candidate, paragraphs: readonly string[]): TraceEntry {
  return {
    paragraph: c.raw.paragraph,
    text: paragraphs[c.raw.paragraph]!.slice(c.raw.start, c.raw.end),
    features: c.features ?? new Float64Array(0),
    probability: c.probability,
    verdict: c.verdict,
    rule: c.rule,
    subject: c.cue?.subject?.kind ?? null,
    speaker: c.person?.name ?? null,
    mention: c.person && c.cue?.subject ? c.cue.subject.text.replace(/\s+/g, ' ') : null,
    named: !!c.person && !c.person.unnamed,
    speakerFeatures: c.speakerFeatures,
    speakerProbability: c.speakerProbability,
  };
}

/** From each quote's cue to a person, in reading order (pronouns look back to who spoke last). */
function resolveSpeakers(cands: readonly Candidate[], people: People, lex: Lexicon): void {
  const ctx: Context = { people, capitalisesNouns: lex.capitalisesNouns, lastSpeaker: null, lastSpeakerParagraph: -1 };
  let prev: Candidate | null = null;
  for (const c of cands) {
    if (c.verdict === 'term') continue;
    if (c.verdict === 'continuation') c.person = prev?.person ?? null;
    else if ((c.beat || c.cue?.onlyKnown) && c.cue?.subject) {
      // "Russia has denied it. “They lie.”": a country is no speaker; only someone known is.
      const subj = c.cue.subject;
      c.person =
        subj.kind === 'name'
          ? people.match(people.partsOf(subj.name ?? subj.text), c.raw.paragraph, subj.start)
          : resolveSubject(subj, c.raw.paragraph, ctx);
    } else if (c.cue?.subject) {
      c.person =
        isShouted(c.cue.subject) && c.rule !== 'interview-answer'
          ? null
          : resolveSubject(c.cue.subject, c.raw.paragraph, ctx);
      if (c.person) noteAlias(c.person, c.cue.subject);
    }
    if (c.person) [ctx.lastSpeaker, ctx.lastSpeakerParagraph] = [c.person, c.raw.paragraph];
    prev = c;
  }
}

/**
 * Several words in capitals outside an interview's labels: a headline ("IOWA POLLS
 * NOT NECESSARILY WRONG – …: “…”"), not a name. PolNeAR train W −3, R 0.
 */
function isShouted(subj: Subject): boolean {
  const name = subj.kind === 'name' ? (subj.name ?? subj.text) : '';
  return name.includes(' ') && !/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name);
}

function noteAlias(person: Person, subj: Subject): void {
  if (subj.text && subj.text !== person.name) person.aliases.add(subj.text);
}

/**
 * The people a paragraph mentions outside its quotes. A quote leaves one mark token in its place,
 * so that the words on either side never read as one name ("Apple “…” Trump").
 */
function scanMentions(para: Para, spans: readonly RawQuote[], p: number, people: People): void {
  // One sweep: spans and tokens are both in text order.
  const outside: Token[] = [];
  let s = 0;
  let marked = -1;
  for (const t of para.tokens) {
    while (s < spans.length && spans[s]!.closeAt + 1 <= t.start) s++;
    const span = spans[s];
    if (!span || t.start < span.openAt || t.end > span.closeAt + 1) outside.push(t);
    else if (marked !== s) {
      marked = s;
      outside.push({ text: '"', lower: '"', start: span.openAt, end: span.openAt + 1, kind: 'mark' });
    }
  }
  people.scan(outside, p, para.text);
}
