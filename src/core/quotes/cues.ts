/**
 * Attribution cues around a quote: a speech verb with its subject on either side ("Q," said X /
 * "Q," X said / X said: "Q" / "Q," he told DW / "Q", sagt der Neurologe / « Q », a-t-il
 * déclaré), a source preposition ("according to X", "laut X", ", so X,", "selon X", "según X",
 * "segundo X", "по словам X"), or a colon after a sentence about someone ("… schaut: "Q"").
 */
import { isSpeechVerbAt, type Lexicon } from './lang/index.js';
import type { RuleId } from './rules.js';
import {
  invertedPronoun,
  isParticiple,
  isPersonNoun,
  parseSubject,
  parseSubjectBefore,
  type Subject,
} from './names.js';
import { isLowerWord, type Token } from './text.js';
import { SENTENCE_STOPS } from './marks.js';

/** Where the cue stands relative to the quote. `adjacent` cues are the strongest. */
type CueKind = 'adjacent' | 'sentence' | 'source' | 'colon';

export interface Cue {
  kind: CueKind;
  /** Null for impersonal cues ("heißt es"): the quote is speech, but nobody is named. */
  subject: Subject | null;
  /** The attributing words as written ("he told DW", "said Jane Doe"). */
  text: string;
  /** Offset where the cue's subject or verb stands (for resolving pronouns to what came before). */
  at: number;
  /** Good only if the subject names someone already known as a person (not a place or a club). */
  onlyKnown?: boolean;
  /** The sieve rule that found it (rules.ts); set where the rule is applied. */
  rule?: RuleId;
  /** Found by a label verb with a person as subject ("X called it “…”"). */
  label?: boolean;
  /** A signature after a dash ("“Q” – Jane Doe"): it signs its own paragraph only. */
  signOff?: boolean;
}

/** How far after a closing mark a speech verb may stand and still be the quote's own cue: "," + subject (≤ 6 words) + fillers. */
const ADJACENT_WINDOW = 9;
/** Punctuation that may separate a quote from its cue: "Q," said / "Q" – sagt / «Q», — сказал. */
const CUE_PUNCT = new Set([',', '—', '–', '-', ':', ';', ')', '(']);
/** Most words a cue's text keeps after the verb ("told Russian news agency Interfax"). */
const CUE_TAIL_WORDS = 4;

function matchSequence(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (tokens[i + k]?.lower !== seq[k]) return false;
  return true;
}

/** Length of the source preposition starting at token `i` (0 when none). */
function sourceAt(tokens: readonly Token[], i: number, lex: Lexicon): number {
  for (const seq of lex.sources) if (matchSequence(tokens, i, seq)) return seq.length;
  if (tokens[i - 1]?.text === ',')
    for (const seq of lex.commaSources) if (matchSequence(tokens, i, seq)) return seq.length;
  return 0;
}

/**
 * The subject after a source word ("laut X", "wie X berichtet"). Where every noun is capitalised,
 * a subject ending in a lower-case word ran on into its clause's verb ("Wie der Fernsehsender
 * CBS berichtet, …"): the source is read no further than the capitalised words.
 */
function sourceSubject(tokens: readonly Token[], i: number, text: string, lex: Lexicon): Subject | null {
  const subj = parseSubject(tokens, i, text, lex, true);
  if (!subj || !lex.capitalisesNouns) return subj;
  return isLowerWord(tokens[subj.next - 1]) ? null : subj;
}

/** Cue text: from `from` to the end of the subject or a few words past the verb, whichever is later. */
function cueText(
  text: string,
  tokens: readonly Token[],
  from: number,
  verb: number,
  subj: Subject | null,
  to: number,
): string {
  const start = Math.min(tokens[from]!.start, subj?.start ?? Infinity);
  let lastTok = verb;
  for (let k = verb + 1; k < to && k <= verb + CUE_TAIL_WORDS; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    lastTok = k;
  }
  const end = Math.max(tokens[lastTok]!.end, subj?.end ?? 0);
  return text.slice(start, end);
}

/** Subject of the speech verb at `v`: before it (from `floor`), else right after it. */
function subjectAround(
  tokens: readonly Token[],
  v: number,
  floor: number,
  to: number,
  text: string,
  lex: Lexicon,
): Subject | null {
  if (lex.perfectAuxiliaries.size) {
    const a = auxiliaryBefore(tokens, v, floor, lex);
    if (a >= 0) return subjectBesideAuxiliary(tokens, a, floor, to, text, lex);
  }
  const n = skipAfterVerb(tokens, v + 1, to, lex);
  // A participle never inverts: after "…, saying the plan goes" stands its clause's subject or its
  // object ("calling the protester “…”"), not the speaker.
  // Nor does a label verb inside its clause: "McCarthy nannte Patersons Entscheidung „…“" labels
  // its object; only right after a quote does its subject follow ("„…“, nannte er es").
  const labelsObject = lex.labelVerbs.has(tokens[v]!.lower) && !opensRange(tokens, v, floor, lex);
  const inverts = !lex.nonInverting.has(tokens[v]!.lower) && !isParticiple(tokens[v]!.lower, lex) && !labelsObject;
  const parsed = n < to && inverts ? parseSubject(tokens, n, text, lex) : null;
  const after =
    parsed && parsed.next <= to && (!lex.inversionOnlyInIncise || endsClause(tokens, parsed.next, lex)) ? parsed : null;
  // Verb-second languages: "Auf alle Anfragen heißt es", "Dann sagt er".
  if (after && lex.verbSecond && (after.kind === 'pronoun' || after.kind === 'impersonal'))
    return afterVerb(after, tokens, v, floor, lex);
  const before0 = parseSubjectBefore(tokens, v, floor, text, lex);
  // "Relativierend fügt Gall hinzu": where nouns are capitalised, one word before a verb-second
  // verb is the sentence's first constituent, and a name after the verb its subject.
  if (
    after?.kind === 'name' &&
    lex.verbSecond &&
    lex.capitalisesNouns &&
    (!before0 || (before0.kind === 'name' && !before0.premod && !(before0.name ?? '').includes(' ')))
  )
    return afterVerb(after, tokens, v, floor, lex);
  // "Bei einem Empfang für Medienvertreter sagte Franziskus", "Passend zu den Gefahren warnte die
  // Moderatorin": before a verb-second verb stands a thing, after it the person who speaks.
  const person = after?.kind === 'name' || (after?.kind === 'descriptor' && after.person);
  if (after && person && lex.verbSecond && before0?.kind === 'descriptor' && !before0.person)
    return afterVerb(after, tokens, v, floor, lex);
  // An incise after a comma inverts: "…, a déclaré jeudi le ministre", "…, said Doe".
  // …but not the comma that closes an apposition after the subject: "Doe, who leads, mocked X".
  if (after && commaBefore(tokens, v, floor, lex) && !before0?.apposed) return after;
  const before = before0;
  if (before || !after) return before;
  return !lex.inversionOnlyInIncise || opensRange(tokens, v, floor, lex)
    ? afterVerb(after, tokens, v, floor, lex)
    : null;
}

/** Most tokens between a finite auxiliary and its participle ("hatte die Rolle der Partei betont"). */
const MAX_AUXILIARY_SPAN = 16;
/** Punctuation that ends a clause, looking back from a participle to its auxiliary. */
const CLAUSE_MARKS = new Set([',', ';', ':', '.', '!', '?', '–', '—']);

/** The finite auxiliary of the clause a participle at `v` closes ("Merkel hat … gesagt"), or -1. */
function auxiliaryBefore(tokens: readonly Token[], v: number, floor: number, lex: Lexicon): number {
  for (let k = v - 1; k >= floor && v - k <= MAX_AUXILIARY_SPAN; k--) {
    const t = tokens[k]!;
    if (CLAUSE_MARKS.has(t.text) || t.kind === 'mark') return -1;
    if (lex.perfectAuxiliaries.has(t.lower)) return k;
  }
  return -1;
}

/**
 * The subject of a clause whose verb is an auxiliary and a closing participle: before the
 * auxiliary ("Merkel hatte … betont"), or right after it when something else stands first
 * ("Gestern hat Merkel … gesagt"). Never the object between them ("die Rolle der Partei").
 */
function subjectBesideAuxiliary(
  tokens: readonly Token[],
  a: number,
  floor: number,
  to: number,
  text: string,
  lex: Lexicon,
): Subject | null {
  // Someone who can speak (a person, by name, pronoun or description), as `labels` asks.
  const before = parseSubjectBefore(tokens, a, floor, text, lex);
  if (before && labels(before)) return before;
  const after = a + 1 < to ? parseSubject(tokens, a + 1, text, lex) : null;
  return after && labels(after) ? after : null;
}

/** A subject read after its verb: marked when no comma or quote stands before the verb (Subject.bareInversion). */
function afterVerb(s: Subject, tokens: readonly Token[], v: number, floor: number, lex: Lexicon): Subject {
  return commaBefore(tokens, v, floor, lex) || opensRange(tokens, v, floor, lex) ? s : { ...s, bareInversion: true };
}

/**
 * An inverted subject ends its clause: "…, said Doe." / "said Doe on Monday" / "said Doe,
 * who …". "The report, published on Monday, said the plan was “deeply flawed”" has a clause
 * after the verb, whose subject ("the plan") is no speaker.
 */
function endsClause(tokens: readonly Token[], next: number, lex: Lexicon): boolean {
  const t = tokens[next];
  return t?.kind !== 'word' || (lex.nonNames.has(t.lower) && !lex.fillers.has(t.lower));
}

/** Does the verb at `v` open its range, or follow a quote mark (past fillers)? "“Q” said X". */
function opensRange(tokens: readonly Token[], v: number, floor: number, lex: Lexicon): boolean {
  let k = v - 1;
  while (k >= floor && lex.fillers.has(tokens[k]!.lower)) k--;
  return k < floor || tokens[k]!.kind === 'mark';
}

/** Is the verb at `v` preceded (past fillers) by a comma? */
function commaBefore(tokens: readonly Token[], v: number, floor: number, lex: Lexicon): boolean {
  let k = v - 1;
  while (k >= floor && lex.fillers.has(tokens[k]!.lower)) k--;
  return k >= floor && tokens[k]!.text === ',';
}

/** Skips what may stand between an inverted verb and its subject: "a déclaré jeudi le ministre", "said - ". */
function skipAfterVerb(tokens: readonly Token[], n: number, to: number, lex: Lexicon): number {
  while (
    n < to &&
    (tokens[n]!.text === '-' ||
      (lex.fillers.has(tokens[n]!.lower) &&
        !lex.determiners.has(tokens[n]!.lower) &&
        !lex.pronouns.has(tokens[n]!.lower)))
  )
    n++;
  return n;
}

/**
 * The cue right after a quote: tokens `from`..`to` follow its closing mark up to the end of the
 * sentence (or the next quote). Adjacent cues first, then a speech verb anywhere in the rest of
 * the sentence (the partial quote "objectively coincide" … Smith told journalists).
 */
export function cueAfter(tokens: readonly Token[], from: number, to: number, text: string, lex: Lexicon): Cue | null {
  const signed = signOff(tokens, from, to, text, lex);
  if (signed) return signed;
  let i = from;
  while (i < to && CUE_PUNCT.has(tokens[i]!.text)) i++;
  if (i >= to) return null;
  const src = sourceAt(tokens, i, lex);
  if (src) {
    const subj = sourceSubject(tokens, i + src, text, lex);
    if (subj) return { kind: 'source', subject: subj, text: text.slice(tokens[i]!.start, subj.end), at: subj.start };
  }
  for (let v = i; v < to && v < i + ADJACENT_WINDOW; v++) {
    const t = tokens[v]!;
    if (SENTENCE_STOPS.has(t.text)) break;
    const inverted = invertedPronoun(t, lex);
    if (inverted !== undefined && onlyFillers(tokens, i, v, lex)) {
      const subj: Subject = {
        kind: 'pronoun',
        name: null,
        premod: null,
        noun: null,
        person: true,
        indefinite: false,
        gender: inverted,
        text: t.text,
        start: t.start,
        end: t.end,
        next: v + 1,
      };
      return { kind: 'adjacent', subject: subj, text: cueText(text, tokens, i, v, subj, to), at: t.start };
    }
    if (!isSpeechVerbAt(tokens, v, lex)) continue;
    const label = lex.labelVerbs.has(t.lower);
    let subj: Subject | null;
    if (onlyFillers(tokens, i, v, lex)) {
      // "“Q,” said X": the subject after the verb; "“The Oatmeal” wrote a comic": an indefinite
      // thing after the verb is its object.
      const n = skipAfterVerb(tokens, v + 1, to, lex);
      subj = n < to && !isParticiple(t.lower, lex) ? parseSubject(tokens, n, text, lex) : null;
      if (subj?.indefinite && !subj.person) subj = null;
    } else if (lex.verbSecond) {
      // "„Q“, Löw bezeichnete …": verb-second never puts the subject first after a quote ("„Q“,
      // sagte Löw"), so a subject before the verb opens a clause of its own.
      subj = null;
    } else {
      // "“Q,” X said": the subject right after the quote, before the verb.
      subj = parseSubjectBefore(tokens, v, i, text, lex);
      if (subj && subj.start !== tokens[i]!.start) subj = null;
    }
    if (subj && (!label || labels(subj)))
      return {
        kind: 'adjacent',
        subject: realSubject(subj),
        text: cueText(text, tokens, i, v, subj, to),
        at: subj.start,
        label,
      };
    break;
  }
  return sentenceCue(tokens, from, to, text, lex, false);
}

/** Dashes that set a name after a quote as its signature: "“Q” – Jane Doe, farmer". */
const SIGN_OFF_DASHES = new Set(['–', '—', '-', '―']);

/**
 * A quote signed like a letter or a testimonial: a dash, then a name that ends the sentence or
 * is followed by its role after a comma ("“Q” – Jane Doe, a farmer from Kano."). No verb is needed.
 */
function signOff(tokens: readonly Token[], from: number, to: number, text: string, lex: Lexicon): Cue | null {
  if (!SIGN_OFF_DASHES.has(tokens[from]?.text ?? '') || from + 1 >= to) return null;
  const subj = parseSubject(tokens, from + 1, text, lex);
  if (subj?.kind !== 'name') return null;
  const after = tokens[subj.next];
  if (subj.next < to && after?.text !== ',' && after?.text !== '(' && !SENTENCE_STOPS.has(after?.text ?? ''))
    return null;
  return {
    kind: 'source',
    subject: subj,
    text: text.slice(tokens[from]!.start, subj.end),
    at: subj.start,
    signOff: true,
  };
}

/**
 * Can this subject put a label on something? A person does ("Trump called it “a disaster”"); a
 * thing only names ("a group called “Hope”", "ein Gesetz, genannt „…“").
 */
function labels(subj: Subject): boolean {
  return (
    subj.kind === 'name' ||
    (subj.kind === 'pronoun' && subj.gender !== null) ||
    (subj.kind === 'descriptor' && subj.person)
  );
}

/**
 * The subject of the main clause a participle hangs on: at the sentence's start, or after an
 * opening phrase and its comma ("Early in his campaign, Trump attacked Romney, calling him …").
 */
function mainSubject(tokens: readonly Token[], from: number, v: number, text: string, lex: Lexicon): Subject | null {
  for (let s = from; s < v; s++) {
    if (s > from && tokens[s - 1]!.text !== ',') continue;
    const subj = parseSubject(tokens, s, text, lex);
    if (!subj || !labels(subj) || subj.next >= v) continue;
    // "The leader of the party, Jane Doe, condemned …": the name in apposition.
    const apposed = tokens[subj.next]!.text === ',' ? parseSubject(tokens, subj.next + 1, text, lex) : null;
    if (apposed?.kind === 'name' && tokens[apposed.next]?.text === ',' && verbFollows(tokens, apposed.next + 1, v, lex))
      return apposed;
    if (verbFollows(tokens, subj.next, v, lex)) return subj;
  }
  return null;
}

/** A subject is followed by its verb, not by a preposition ("Early in his campaign"). */
function verbFollows(tokens: readonly Token[], k: number, v: number, lex: Lexicon): boolean {
  const next = tokens[k];
  return k < v && isLowerWord(next) && !lex.prepositions.has(next!.lower);
}

/** Treats impersonal subjects as "speech, nobody named". */
function realSubject(s: Subject): Subject | null {
  return s.kind === 'impersonal' ? null : s;
}

function onlyFillers(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k < to; k++) if (!lex.fillers.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * A speech verb or source preposition anywhere in tokens `from`..`to`, nearest to the quote
 * first (`fromEnd`: the tokens stand before the quote). Also reads a whole earlier sentence.
 */
export function sentenceCue(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
  lex: Lexicon,
  fromEnd: boolean,
): Cue | null {
  const n = to - from;
  for (let step = 0; step < n; step++) {
    const v = fromEnd ? to - 1 - step : from + step;
    const t = tokens[v]!;
    const src = sourceAt(tokens, v, lex);
    if (src) {
      const subj = sourceSubject(tokens, v + src, text, lex);
      if (subj && subj.next <= to && subj.kind !== 'impersonal')
        return { kind: 'source', subject: subj, text: text.slice(t.start, subj.end), at: subj.start };
    }
    if (lex.sourcePostpositions.has(t.lower)) {
      const subj = parseSubjectBefore(tokens, v, from, text, lex);
      if (subj && subj.kind !== 'impersonal' && subj.kind !== 'pronoun')
        return { kind: 'source', subject: subj, text: text.slice(subj.start, t.end), at: subj.start };
    }
    if (!isSpeechVerbAt(tokens, v, lex)) continue;
    const covering = sourceCovering(tokens, v, from, to, text, lex);
    if (covering) return covering;
    // "…, calling him “…”": a participle after a comma hangs on the main clause's subject.
    const participle = v > from && isParticiple(t.lower, lex);
    let subj =
      participle && tokens[v - 1]!.text === ','
        ? mainSubject(tokens, from, v, text, lex)
        : subjectAround(tokens, v, from, to, text, lex);
    // "Trump and Ryan issued a statement describing …": the thing a participle hangs on was
    // issued by the main clause's subject, who speaks.
    if (participle && subj?.kind === 'descriptor' && !subj.person)
      subj = mainSubject(tokens, from, v, text, lex) ?? subj;
    if (!subj && v > from && lex.conjunctions.has(tokens[v - 1]!.lower)) subj = parseSubject(tokens, from, text, lex); // "He … and whispers"
    // "„Q“, und Löw bezeichnete …": after a quote, verb-second inverts its attribution ("…, so
    // urteilte Romney"); a subject before the verb heads a clause of its own.
    if (subj && !fromEnd && lex.verbSecond && subj.start < t.start) continue;
    if (subj && lex.labelVerbs.has(t.lower) && !labels(subj)) continue;
    if (subj)
      return {
        kind: 'sentence',
        subject: realSubject(subj),
        text: cueText(text, tokens, Math.min(v, subj.next - 1), v, subj, to),
        at: Math.min(subj.start, t.start),
        label: lex.labelVerbs.has(t.lower),
      };
  }
  return null;
}

/** How far before a speech-verb form a source preposition may stand and still govern it as a noun. */
const MAX_SOURCE_REACH = 4;

/**
 * "according to the explanatory notes of the British Bill": a speech-verb form
 * inside the noun phrase after a source preposition is a noun, and the source is the cue.
 */
function sourceCovering(
  tokens: readonly Token[],
  v: number,
  from: number,
  to: number,
  text: string,
  lex: Lexicon,
): Cue | null {
  for (let s = v - 1; s >= from && v - s <= MAX_SOURCE_REACH + 2; s--) {
    const src = sourceAt(tokens, s, lex);
    if (!src) continue;
    const subj = sourceSubject(tokens, s + src, text, lex);
    if (!subj || subj.next > to || subj.end <= tokens[v]!.start || subj.kind === 'impersonal') return null;
    return { kind: 'source', subject: subj, text: text.slice(tokens[s]!.start, subj.end), at: subj.start };
  }
  return null;
}

/**
 * The cue before a quote: tokens `from`..`to` run from the start of its sentence (or the
 * previous quote in it) to its opening mark. "X said: "Q"" is adjacent; a verb further back
 * makes a sentence cue; a colon after a sentence about someone names that someone.
 */
export function cueBefore(tokens: readonly Token[], from: number, to: number, text: string, lex: Lexicon): Cue | null {
  if (to <= from) return null;
  const last = tokens[to - 1]!;
  const introduces = last.text === ':' || last.text === ',';
  const cue = sentenceCue(tokens, from, to, text, lex, true);
  if (cue) return introduces && cue.kind === 'sentence' ? { ...cue, kind: 'adjacent' } : cue;
  if (last.text !== ':') return null;
  let known: Cue | null = null;
  for (let s = from; s < to - 1; s++) {
    const subj = parseSubject(tokens, s, text, lex);
    // Only a clear person: a role or title before the name, or a full name opening the sentence
    // ("der Soldat Andrij", "Kremlsprecher Iwan Petrow"); "a winemaker in the next village",
    // "mutations of Pinot Noir" names a grape.
    const clearPerson =
      !!subj &&
      subj.kind === 'name' &&
      (subj.premod !== null || (s === from && (subj.name ?? '').includes(' ') && !lex.capitalisesNouns));
    if (subj && clearPerson && !isGenitive(subj, lex))
      return { kind: 'colon', subject: subj, text: subj.text, at: subj.start };
    if (subj && subj.kind === 'descriptor' && subj.person && !subj.indefinite)
      return { kind: 'colon', subject: subj, text: subj.text, at: subj.start };
    // "Jane Roe, head of the union: “Q”": a full name and its role in apposition label the quote.
    if (
      s === from &&
      subj?.kind === 'name' &&
      (subj.name ?? '').includes(' ') &&
      rolePhrase(tokens, subj.next, to - 1, lex)
    )
      return { kind: 'colon', subject: subj, text: subj.text, at: subj.start };
    // "In an interview, Smith was blunt: “We lost.”": a name as the subject, if a person by then.
    // "Merkel: “We can help.”": a name alone before the colon labels the quote, if a person by then.
    const label = s === from && subj?.next === to - 1;
    if (!known && subj?.kind === 'name' && (label || isLowerWord(tokens[subj.next])) && !isGenitive(subj, lex))
      known = { kind: 'colon', subject: subj, text: subj.text, at: subj.start, onlyKnown: true };
    if (subj?.kind === 'name') s = subj.next - 1; // a non-person phrase may hide a name: "einer Antwort von Kremlsprecher Iwan Petrow"
  }
  return known;
}

/** ", head of the union" up to `end`: a comma, then words holding a listed role noun and no speech verb. */
function rolePhrase(tokens: readonly Token[], from: number, end: number, lex: Lexicon): boolean {
  if (tokens[from]?.text !== ',') return false;
  let role = false;
  for (let k = from + 1; k < end; k++) {
    if (isSpeechVerbAt(tokens, k, lex) || tokens[k]!.kind === 'mark') return false;
    if (isPersonNoun(tokens[k]!.lower, lex, true)) role = true;
  }
  return role;
}

/** "Müllers", "Smith's": a possessive is not the one speaking. */
function isGenitive(subj: Subject, lex: Lexicon): boolean {
  const lastName = subj.name ?? '';
  if (/['’]s$/u.test(lastName)) return true;
  return lex.genitiveS && lastName.endsWith('s') && !lastName.endsWith('ss');
}

/**
 * A passive speech verb right before a quote, its agent right after: "The spate has been
 * described as “heartbreaking” by the conservation department.". Tokens `lf`..`lt`
 * stand before the opening mark, `rf`..`rt` after the closing one. Without an agent it is no
 * cue: "a stranding that was described as “unprecedented”" made
 * speech of it, but the held-out pages showed the same shape is mostly a scare quote.
 */
export function passiveCue(
  tokens: readonly Token[],
  lf: number,
  lt: number,
  rf: number,
  rt: number,
  text: string,
  lex: Lexicon,
): Cue | null {
  let v = lt - 1;
  if (v > lf && lex.passiveLinks.has(tokens[v]!.lower)) v--;
  if (v <= lf || !isSpeechVerbAt(tokens, v, lex) || !lex.passiveAuxiliaries.has(tokens[v - 1]!.lower)) return null;
  const from = tokens[v - 1]!.start;
  if (rf < rt && lex.passiveAgents.has(tokens[rf]!.lower)) {
    const subj = parseSubject(tokens, rf + 1, text, lex, true);
    if (subj && subj.next <= rt && subj.kind !== 'pronoun' && subj.kind !== 'impersonal')
      return { kind: 'source', subject: subj, text: text.slice(from, subj.end), at: subj.start };
  }
  return null;
}
