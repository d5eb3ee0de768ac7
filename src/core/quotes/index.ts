/**
 * The quote engine (issue 4): finds quotations in an article's paragraphs and who said them.
 * Pure: plain strings in, plain data out. The stages, each in its own module:
 * marks/scan (quoted spans) → para/sentences/text (context) → cues, earlier-cues (attributing
 * words) → people (who is mentioned where) → resolve (pronouns, descriptors) → classify (quote
 * or term). One pass in reading order, a paragraph at a time, so time is linear in the text.
 */
import type { Quote, QuoteAnalysis, Speaker } from '../types.js';
import { afterTermMarker, classify, endsWithSentencePunct, type Verdict } from './classify.js';
import { cueAfter, cueBefore, passiveCue, type Cue } from './cues.js';
import {
  actionBeat,
  listIntroCue,
  paragraphBeat,
  previousParagraphCue,
  previousSentenceCue,
  pronounToCharacter,
} from './earlier-cues.js';
import { guessLanguage } from './lang/guess.js';
import { LANGUAGES, lexiconFor, type Lexicon } from './lang/index.js';
import { isSpace, isWordChar } from './marks.js';
import { parseSubject, type Subject } from './names.js';
import {
  isAside,
  isEnd,
  isHeadingQuote,
  onlyAsidesBetween,
  opensParagraph,
  Paras,
  tokenAt,
  type Para,
} from './para.js';
import { People, type Person } from './people.js';
import { resolveSubject, type Context } from './resolve.js';
import { scanQuotes, type RawQuote } from './scan.js';
import { spanAt } from './sentences.js';
import { squashSpace, wordCount, type Token } from './text.js';

/** How sure an attribution is, by how it was found. */
const CONFIDENCE = {
  adjacent: 0.95,
  source: 0.85,
  sentence: 0.7,
  colon: 0.6,
  continuation: 0.75,
  unattributed: 0.3,
} as const;
/** Pronoun and descriptor attributions are a step less certain than a name. */
const INDIRECT_PENALTY = 0.15;

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
  const cands: Candidate[] = raws.map((raw) => ({
    raw,
    cue: null,
    verdict: 'term',
    person: null,
    kind: 'direct',
    heading: false,
    beat: false,
  }));
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
      for (let j = from; j < k; j++)
        cands[j]!.cue = pronounToCharacter(findCue(raws, j, paras, lex), paras.at(p)!, lex);
      const group = cands.slice(from, k);
      shareCuesInSentence(group, paras);
      for (const c of group) {
        prev = classifyOne(c, prev, paras, lex);
        if (
          c.verdict !== 'term' &&
          !c.beat &&
          !c.cue?.onlyKnown &&
          c.cue?.subject?.kind === 'name' &&
          c.cue.subject.name
        )
          people.declare(c.cue.subject.name);
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
      c.person =
        subj.kind === 'name'
          ? people.match(people.partsOf(subj.name ?? subj.text), c.raw.paragraph, subj.start)
          : resolveSubject(subj, c.raw.paragraph, ctx);
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
  const canContinue =
    !!prev &&
    !heading &&
    (prev.raw.paragraph === c.raw.paragraph || onlyAsidesBetween(prev.raw.paragraph, c.raw.paragraph, paras, lex));
  const shape = shapeOf(c.raw, para);
  const inner = innerTokens(c.raw, para);
  if (!c.cue && shape.startsSentence && !heading) {
    const beat = actionBeat(c.raw, para, lex);
    if (beat) [c.cue, c.beat] = [beat, true];
  }
  c.verdict =
    c.raw.continuesPrev && prev?.raw.continuesNext && !c.cue
      ? 'continuation'
      : classify(shape, inner, c.cue?.kind ?? null, canContinue, lex);
  if (!c.cue && c.verdict !== 'continuation') {
    const listed = listIntroCue(c.raw, paras, lex);
    if (listed) {
      c.cue = listed;
      c.verdict = classify(shape, inner, listed.kind, false, lex);
    }
  }
  if (!c.cue && c.verdict !== 'continuation') {
    const opens = opensParagraph(c.raw, para);
    const earlier = heading
      ? null
      : (previousSentenceCue(c.raw, para, lex, shape.startsSentence) ??
        (opens ? (previousParagraphCue(c.raw, paras, lex) ?? paragraphBeat(c.raw, paras, lex)) : null));
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
    const same = (o: Candidate | undefined): boolean =>
      !!o && o.raw.paragraph === c.raw.paragraph && sentenceOf(o) === sentenceOf(c);
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
  const said = cands
    .filter((c) => c.person && c.verdict !== 'term' && !c.heading)
    .map((c) => ({ c, words: ` ${normWords(paragraphs[c.raw.paragraph]!.slice(c.raw.start, c.raw.end))} ` }));
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
  const words = premod
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean);
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
  const after =
    withAppositionName(cueAfter(para.tokens, rf, rt, para.text, lex), para, lex) ?? cueAcrossBreak(raws, k, para, lex);
  const before = withAppositionName(cueBefore(para.tokens, lf, lt, para.text, lex), para, lex);
  if (before?.kind === 'sentence' && after?.kind === 'sentence' && governs(before, raw, para, lex)) return before;
  if (!after && !before) return passiveCue(para.tokens, lf, lt, rf, rt, para.text, lex);
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
  if (named?.kind !== 'name') return cue;
  return {
    ...cue,
    subject: { ...named, premod: subj.premod, start: subj.start, text: para.text.slice(subj.start, named.end) },
  };
}

function shapeOf(raw: RawQuote, para: Para) {
  const sentence = para.sentences[spanAt(para.sentences, raw.openAt)]!;
  const openTok = tokenAt(para.tokens, raw.openAt);
  const fromTok = tokenAt(para.tokens, sentence.start);
  const before = para.tokens.slice(Math.max(fromTok, openTok - 3), openTok);
  const lead = para.tokens.slice(fromTok, openTok);
  const text = para.text.slice(raw.start, raw.end);
  let after = raw.closeAt + 1;
  while (
    after < para.text.length &&
    (para.text[after] === '"' ||
      para.text[after] === '”' ||
      para.text[after] === '“' ||
      para.text[after] === '«' ||
      para.text[after] === '»')
  )
    after++;
  return {
    text,
    startsSentence: lead.every((t) => t.kind !== 'word'),
    afterColon: lead[lead.length - 1]?.text === ':',
    endsSentence:
      endsWithSentencePunct(text) ||
      ['.', '!', '?'].includes(para.text[after] ?? '') ||
      raw.closeAt >= para.text.length ||
      isEnd(para.text, after),
    before,
    next: isSpace(para.text[after]) ? para.tokens[tokenAt(para.tokens, after)] : undefined,
  };
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
    const base =
      c.verdict === 'continuation' ? CONFIDENCE.continuation : c.cue ? CONFIDENCE[c.cue.kind] : CONFIDENCE.unattributed;
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
