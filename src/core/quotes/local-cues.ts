/**
 * The first rules of the sieve: a cue in the quote's own sentence, on either side of it. Adjacent
 * cues beat ones further off; after the quote beats before it at equal strength ("“Q,” said X"
 * is the commonest shape in news), unless a cue before governs the quote through "that".
 */
import { cueAfter, cueBefore, passiveCue, type Cue } from './cues.js';
import { isSpeechVerbAt, type Lexicon } from './lang/index.js';
import { isParticiple, isPersonNoun, parseSubject } from './names.js';
import { isQuoteMark } from './marks.js';
import { isBlank, tokenAt, type Para, type Paras } from './para.js';
import type { RuleId } from './rules.js';
import type { RawQuote } from './scan.js';
import { spanAt } from './sentences.js';
import { isLowerWord, type Token } from './text.js';

const AFTER_RULE: Record<Cue['kind'], RuleId> = {
  adjacent: 'speech-verb-after',
  source: 'source-after',
  sentence: 'verb-later-in-sentence',
  colon: 'colon-after-person',
};
const BEFORE_RULE: Record<Cue['kind'], RuleId> = {
  adjacent: 'speech-verb-before',
  source: 'source-before',
  sentence: 'verb-earlier-in-sentence',
  colon: 'colon-after-person',
};
/** Strength of a cue by where it stands: lower is stronger. */
const RANK: Record<Cue['kind'], number> = { adjacent: 0, source: 2, sentence: 4, colon: 6 };

const tagged = (cue: Cue | null, rule: RuleId): Cue | null => (cue ? { ...cue, rule } : null);

/**
 * Most tokens between a quote and the words that attribute it: a cue further off is no longer
 * about this quote, and the bound keeps a sentence of a thousand quotes linear.
 */
const MAX_CUE_TOKENS = 60;

/** Token range of the words before a quote in its sentence, after any earlier quote there. */
function leftRange(raws: readonly RawQuote[], k: number, para: Para): [number, number] {
  const raw = raws[k]!;
  const sentence = para.sentences[spanAt(para.sentences, raw.openAt)]!;
  let from = sentence.start;
  const prev = raws[k - 1];
  if (prev && prev.paragraph === raw.paragraph && prev.closeAt + 1 > from) from = prev.closeAt + 1;
  const to = tokenAt(para.tokens, raw.openAt);
  return [Math.max(tokenAt(para.tokens, from), to - MAX_CUE_TOKENS), to];
}

/** Token range of the words after a quote up to the end of its sentence or the next quote. */
function rightRange(raws: readonly RawQuote[], k: number, para: Para): [number, number] {
  const raw = raws[k]!;
  if (raw.closeAt >= para.text.length) return [para.tokens.length, para.tokens.length];
  const sentence = para.sentences[spanAt(para.sentences, raw.closeAt)]!;
  let to = sentence.end;
  const next = raws[k + 1];
  if (next && next.paragraph === raw.paragraph && next.openAt < to) to = next.openAt;
  const from = tokenAt(para.tokens, raw.closeAt + 1);
  return [from, Math.min(tokenAt(para.tokens, to), from + MAX_CUE_TOKENS)];
}

/** The best cue in quote `k`'s own sentence, tagged with the rule that found it. */
export function localCue(raws: readonly RawQuote[], k: number, paras: Paras, lex: Lexicon): Cue | null {
  const raw = raws[k]!;
  const para = paras.at(raw.paragraph)!;
  const [rf, rt] = rightRange(raws, k, para);
  const [lf, lt] = leftRange(raws, k, para);
  const near = withAppositionName(cueAfter(para.tokens, rf, rt, para.text, lex), para, lex);
  const after = near
    ? tagged(near, AFTER_RULE[near.kind])
    : tagged(cueAcrossBreak(raws, k, para, lex), 'verb-after-question');
  const found = withAppositionName(cueBefore(para.tokens, lf, lt, para.text, lex), para, lex);
  const before = found ? tagged(found, BEFORE_RULE[found.kind]) : null;
  if (before?.kind === 'sentence' && after?.kind === 'sentence' && governs(before, raw, para, lex)) return before;
  // "Cruz says he is “Q” with Rubio, in a finish that he said …": of two verbs further off, the
  // nearer one speaks the quote (PolNeAR train R +7, W −5).
  if (before?.kind === 'sentence' && after?.kind === 'sentence') {
    const gapBefore = raw.openAt - (before.at + before.text.length);
    const gapAfter = after.at - (raw.closeAt + 1);
    if (gapBefore < gapAfter) return before;
  }
  if (!after && !before) {
    return (
      tagged(clauseEndCue(para, lf, lt, rf, rt, lex), 'verb-at-clause-end') ??
      tagged(passiveCue(para.tokens, lf, lt, rf, rt, para.text, lex), 'passive-agent')
    );
  }
  const rank = (c: Cue | null, side: number): number => (c ? RANK[c.kind] + side : 99);
  return rank(after, 0) <= rank(before, 1) ? after : before;
}

/** Most tokens between a quote and the verb that closes its clause ("„Q“ bezeichnet hat"). */
const MAX_CLAUSE_TAIL = 4;
/** Punctuation that ends a clause. */
const CLAUSE_BREAK = new Set([',', ';', '.', '!', '?', ':']);

/**
 * Where verbs close their clause (LangData.clauseFinalVerbs): a speech or label verb right after
 * the quote, before the clause ends, with its subject at the start of the quote's clause: "Merkel
 * hat den Plan als „unausgegoren“ bezeichnet", "…, weil die Regierung ihn als „mutig“ bezeichnete".
 */
function clauseEndCue(para: Para, lf: number, lt: number, rf: number, rt: number, lex: Lexicon): Cue | null {
  if (!lex.clauseFinalVerbs) return null;
  const { tokens, text } = para;
  let v = -1;
  for (let i = rf; i < rt && i < rf + MAX_CLAUSE_TAIL; i++) {
    const t = tokens[i]!;
    if (CLAUSE_BREAK.has(t.text)) break;
    if (t.kind === 'word' && isSpeechVerbAt(tokens, i, lex)) {
      v = i;
      break;
    }
  }
  if (v < 0) return null;
  let s = lt - 1;
  while (s >= lf && !CLAUSE_BREAK.has(tokens[s]!.text)) s--;
  s++;
  while (
    s < lt &&
    (lex.subordinators.has(tokens[s]!.lower) ||
      lex.complementizers.has(tokens[s]!.lower) ||
      lex.conjunctions.has(tokens[s]!.lower))
  )
    s++;
  const subj = s < lt ? parseSubject(tokens, s, text, lex) : null;
  if (!subj || subj.kind === 'impersonal' || subj.next > lt) return null;
  return {
    kind: 'sentence',
    subject: subj,
    text: text.slice(subj.start, tokens[v]!.end),
    at: subj.start,
    label: lex.labelVerbs.has(tokens[v]!.lower),
  };
}

/** Does a complementizer stand between the cue and the quote ("said in a memo that the “…”")? */
function governs(cue: Cue, raw: RawQuote, para: Para, lex: Lexicon): boolean {
  for (let t = tokenAt(para.tokens, cue.at); t < para.tokens.length && para.tokens[t]!.start < raw.openAt; t++) {
    if (lex.complementizers.has(para.tokens[t]!.lower)) return true;
  }
  return false;
}

/** Most tokens of a sentence that only attributes the quote before it ("US Senator Jeff Sessions said."). */
const MAX_BARE_ATTRIBUTION = 7;

/**
 * "“Do they take the profit …?” she said.": ICU ends the sentence after a quote that ends in ?,
 * ! or a full stop, so the cue stands in the next "sentence"; only an adjacent one counts.
 */
function cueAcrossBreak(raws: readonly RawQuote[], k: number, para: Para, lex: Lexicon): Cue | null {
  const raw = raws[k]!;
  let e = raw.end - 1;
  // "‘What can I do?’”": the nested quote's closing mark stands after the sentence's end.
  while (e > raw.start && isQuoteMark(para.text[e])) e--;
  const last = para.text[e];
  if (last !== '?' && last !== '!' && last !== '.') return null;
  const s = spanAt(para.sentences, raw.closeAt);
  const sentence = para.sentences[s]!;
  if (!isBlank(para.text, raw.closeAt + 1, sentence.end)) return null;
  const next = para.sentences[s + 1];
  if (!next) return null;
  // After a full stop, only a sentence that is nothing but the attribution ("Trump said.").
  if (last === '.' && tokenAt(para.tokens, next.end) - tokenAt(para.tokens, next.start) > MAX_BARE_ATTRIBUTION)
    return null;
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

/** ", saying …", ", calling it …": a participle clause, whose speaker is the sentence's subject. */
function participleClause(tokens: readonly Token[], n: number, lex: Lexicon): boolean {
  return tokens[n - 1]?.text === ',' && isParticiple(tokens[n]!.lower, lex);
}

/** Most tokens from a sentence's verb to a quote inside its clause that the subject still speaks. */
const MAX_SUBJECT_REACH = 30;
/** Most tokens of an apposition between a sentence's subject and its verb ("X, a teacher, …"). */
const MAX_SUBJECT_APPOSITION = 12;

/**
 * "Rubio also bemoaned a climate in which people “literally hate each other”": a quote inside a
 * sentence with no speech verb (none found a cue), whose subject opens the sentence and acts in
 * it. Whose words the sentence puts in marks is its subject's.
 */
export function clauseSubjectCue(raw: RawQuote, para: Para, lex: Lexicon): Cue | null {
  const { tokens, text } = para;
  const sentence = para.sentences[spanAt(para.sentences, raw.openAt)]!;
  const open = tokenAt(tokens, raw.openAt);
  let i = tokenAt(tokens, sentence.start);
  // Bounded, so that a sentence of a thousand quotes stays linear.
  if (open - i > MAX_CUE_TOKENS) return null;
  while (i < open && lex.conjunctions.has(tokens[i]!.lower)) i++;
  if (i >= open || tokens[i]!.kind !== 'word') return null;
  const subj = parseSubject(tokens, i, text, lex);
  if (!subj || subj.kind === 'impersonal') return null;
  // "The endorsement comes …": only a listed person noun describes a speaker here.
  if (subj.kind === 'descriptor' && (!subj.person || !isPersonNoun(subj.noun ?? '', lex, true))) return null;
  // Someone else speaks in the sentence ("…, hours after Sanders said he was “Q”").
  const end = tokenAt(tokens, sentence.end);
  let quoted = false;
  for (let n = i; n < end && n < open + MAX_SUBJECT_REACH; n++) {
    if (tokens[n]!.kind === 'mark') quoted = !quoted;
    else if (!quoted && isSpeechVerbAt(tokens, n, lex) && !participleClause(tokens, n, lex)) return null;
  }
  let k = subj.next;
  if (tokens[k]?.text === ',') {
    let close = k + 1;
    while (close < open && close <= k + MAX_SUBJECT_APPOSITION && tokens[close]!.text !== ',') close++;
    if (tokens[close]?.text !== ',') return null;
    k = close + 1;
  }
  while (k < open && lex.fillers.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  if (!verb || k >= open || !isLowerWord(verb) || lex.nonNames.has(verb.lower) || open - k > MAX_SUBJECT_REACH)
    return null;
  // "Guns are “Q”", "Tunnels are so numerous …": a capitalised word opening a sentence is a
  // speaker only if the article knows the person.
  return {
    kind: 'sentence',
    subject: subj,
    text: text.slice(subj.start, verb.end),
    at: subj.start,
    onlyKnown: subj.kind === 'name',
  };
}
