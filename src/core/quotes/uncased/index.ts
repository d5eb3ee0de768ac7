/**
 * Speakers in scripts without capital letters (Arabic, Persian, Devanagari, Han, Ethiopic …),
 * where names.ts, which reads a name by its capitals, finds none. A name is read only where
 * something anchors it: a role word right before it ("الرئيس السوري بشار الأسد", "总理王伟",
 * "चांसलर मैर्केल"), or, beside a speech verb, a name the article introduced so elsewhere ("وقال
 * الأسد"). A verb with no subject of its own speaks for the quote before it. Everything else shows
 * no name: a wrong name is worse than none. Which side of its verb a subject stands on, the
 * subject markers and the role words are the language's data (`LangData.uncased`).
 */
import { SPEAKER_THRESHOLD } from '../decide/model.js';
import type { Lexicon } from '../lang/index.js';
import type { People, Person } from '../people.js';
import type { Candidate } from '../sieve.js';
import {
  isNameWord,
  listedAt,
  listedTo,
  nameFrom,
  nameTo,
  type Repeated,
  roleFrom,
  roleTo,
  type Run,
  withoutPrefix,
} from './read.js';
import {
  APPOSITION_REACH,
  COLONS,
  type Intro,
  introsIn,
  isComma,
  namedTwice,
  SENTENCE_END,
  wordCounts,
} from './intros.js';
import { mostlyUncased, tokenize, type Tok, type Words, wordsOf } from './words.js';

/** How a speaker was found, and how sure: each above the speaker model's threshold. */
const SURE = { introduced: 0.9, known: 0.85, carried: 0.8, label: 0.9 } as const;
/** A speech verb after a quote attributes it only this close (tokens, punctuation included). */
const AFTER_QUOTE_REACH = 8;
/** A label paragraph before a quote paragraph ("中國藝術家艾未未:") is at most this long. */
const MAX_LABEL_CHARS = 80;

/**
 * Gives a speaker to each quote that shows none yet, where the article's script has no capitals
 * and its language says how to read names so (`LangData.uncased`). Changes nothing elsewhere.
 */
export function nameUncasedSpeakers(
  cands: readonly Candidate[],
  paragraphs: readonly string[],
  lex: Lexicon,
  people: People,
): void {
  const w = wordsOf(lex);
  if (!w || !mostlyUncased(paragraphs)) return;
  const toks = paragraphs.map((text, p) => tokenize(text, spansOf(cands, p), w));
  const whole = paragraphs.join('\n');
  const repeated: Repeated = (name) => whole.indexOf(name) !== whole.lastIndexOf(name);
  const words = wordCounts(toks);
  const intros = [
    ...toks.flatMap((t, p) => introsIn(t, p, paragraphs[p]!, w, repeated, words)),
    ...namedTwice(toks, paragraphs, w, repeated),
  ];
  const persons = new Map<string, Person>();
  const personOf = (intro: Intro): Person => {
    let person = persons.get(intro.name);
    if (!person) {
      person = people.declare(intro.name);
      if (intro.role) person.role ??= intro.role;
      if (intro.latin) person.aliases.add(intro.latin);
      persons.set(intro.name, person);
    }
    return person;
  };
  let prev: Candidate | null = null;
  for (const c of cands) {
    if (c.verdict === 'term') continue;
    const shown = c.person && c.speakerProbability >= SPEAKER_THRESHOLD;
    if (!shown) {
      const found = speakerOf(c, toks, paragraphs, intros, prev, w, repeated);
      if (found) {
        c.person = 'intro' in found ? personOf(found.intro) : found.person;
        if ('intro' in found && found.alias !== found.intro.name) c.person.aliases.add(found.alias);
        c.speakerProbability = found.sure;
      } else if ((c.verdict === 'continuation' || c.raw.continuesPrev) && shownPerson(prev)) {
        c.person = shownPerson(prev);
        c.speakerProbability = SURE.carried;
      }
    }
    prev = c;
  }
}

type Found = { intro: Intro; alias: string; sure: number } | { person: Person; sure: number };

const shownPerson = (c: Candidate | null): Person | null =>
  c?.person && c.speakerProbability >= SPEAKER_THRESHOLD ? c.person : null;

/** The quoted spans of paragraph `p`, marks included, in text order. */
function spansOf(cands: readonly Candidate[], p: number): { from: number; to: number }[] {
  return cands
    .filter((c) => c.raw.paragraph === p && !c.raw.answer)
    .map((c) => ({ from: c.raw.openAt, to: Math.max(c.raw.closeAt + 1, c.raw.end) }))
    .sort((a, b) => a.from - b.from);
}

/** What the readings of one quote share. */
interface Reading {
  w: Words;
  repeated: Repeated;
  /** The person a run of tokens names; `roleAt` ≥ 0 where a role word stands right before it. */
  known: (run: Run, roleAt: number) => Found | null;
  /** Unspaced: an introduced name that the text ends in right before token `k` ends ("…总统施泰因迈尔" + "表示"). */
  knownBefore: (k: number) => Found | null;
  /** The speaker of the quote before, for a verb without a subject of its own. */
  carry: () => Found | null;
  /** The one person introduced before the quote under the role word `role` ("这位德国总统" → the president named earlier). */
  byRole: (role: string) => Found | null;
}

/** The quote's speaker by the first reading that finds one: a label paragraph, the verb after it, the verb before it. */
function speakerOf(
  c: Candidate,
  toks: readonly Tok[][],
  paragraphs: readonly string[],
  intros: readonly Intro[],
  prev: Candidate | null,
  w: Words,
  repeated: Repeated,
): Found | null {
  const p = c.raw.paragraph;
  const t = toks[p]!;
  const text = paragraphs[p]!;
  const q = t.findIndex((x) => x.kind === 'quote' && x.start === c.raw.openAt);
  if (q < 0) return null;
  const byLength = [...intros].sort((a, b) => b.name.length - a.name.length);
  const r: Reading = {
    w,
    repeated,
    known: (run, roleAt) => knownName(t, run, text, intros, p, roleAt),
    knownBefore: (k) => {
      const upTo = text.slice(0, t[k]!.end);
      const intro = byLength.find((i) => i.name.length >= 2 && upTo.endsWith(i.name));
      return intro ? { intro, alias: intro.name, sure: SURE.known } : null;
    },
    carry: () => carried(c, prev, intros),
    byRole: (role) => introducedAs(role, intros, p, c.raw.openAt),
  };
  return labelled(t, q, toks[p - 1], p - 1, paragraphs, intros) ?? verbAfter(t, q, r) ?? verbBefore(t, q, r);
}

/**
 * A paragraph that is only a role and a name and a colon, right before a paragraph that opens
 * with the quote ("中國藝術家艾未未:" then "“…”"): the label names the speaker, its words before
 * the name are the role.
 */
function labelled(
  t: readonly Tok[],
  q: number,
  before: readonly Tok[] | undefined,
  p: number,
  paragraphs: readonly string[],
  intros: readonly Intro[],
): Found | null {
  if (!before || t.slice(0, q).some((x) => x.kind !== 'punct')) return null;
  const text = paragraphs[p]!.trim();
  if (text.length > MAX_LABEL_CHARS || !COLONS.has(text.at(-1)!)) return null;
  const intro = intros.filter((i) => i.paragraph === p).at(-1);
  if (!intro) return null;
  // Nothing but the Latin spelling in brackets between the name and the colon.
  const rest = paragraphs[p]!.slice(intro.at + intro.name.length).trim();
  if (!/^([(（][^)）]*[)）])?\s*[:：፥]$/u.test(rest)) return null;
  const role = paragraphs[p]!.slice(0, intro.at).trim() || intro.role;
  return { intro: { ...intro, role }, alias: intro.name, sure: SURE.label };
}

/**
 * A speech verb after the quote, in its sentence, that introduces no other quote:
 * '"…"، قال الوزير' (verb-first), '"…", मंत्री ने कहा' and '"…"，王伟说' (subject before the verb), and
 * 'X "…" ብለዋል', where the subject stands before the quote.
 */
function verbAfter(t: readonly Tok[], q: number, r: Reading): Found | null {
  const { w } = r;
  // The first verb may be a converb whose subject comes later ('"…" ሲሉ አቶ አበበ ተናግረዋል'): read on to the next.
  let bare: boolean | null = null;
  for (let v = q + 1; v < t.length && v <= q + AFTER_QUOTE_REACH; v++) {
    const x = t[v]!;
    if (x.kind === 'quote' || (x.kind === 'punct' && SENTENCE_END.has(x.text))) break;
    const n = listedAt(t, v, w.speech, w) || (w.rules.verbFirst ? listedAt(t, v, w.sourcesBefore, w) : 0);
    if (n === 0) continue;
    if (restHasQuote(t, v + n)) return null;
    const found = w.rules.verbFirst ? subjectAfter(t, v + n, r) : subjectBefore(t, v - 1, r, q);
    if (found) return found;
    bare ??= w.rules.verbFirst
      ? isBare(t, v + n, w)
      : v === q + 1 || t[v - 1]!.kind === 'punct' || isPronoun(t[v - 1], w);
    v += n - 1;
  }
  return bare ? r.carry() : null;
}

/** Whether another quote follows in the sentence from `i` on. */
function restHasQuote(t: readonly Tok[], i: number): boolean {
  for (let k = i; k < t.length; k++) {
    if (t[k]!.kind === 'quote') return true;
    if (t[k]!.kind === 'punct' && SENTENCE_END.has(t[k]!.text)) return false;
  }
  return false;
}

/**
 * The nearest speech verb or source word before the quote, in its sentence: "وقال الأسد: «…»",
 * "राहुल शर्मा ने कहा कि “…”", "王伟表示：“…”", "据王伟说".
 */
function verbBefore(t: readonly Tok[], q: number, r: Reading): Found | null {
  const { w } = r;
  for (let v = q - 1; v >= 0; v--) {
    const x = t[v]!;
    if (x.kind === 'punct' && SENTENCE_END.has(x.text)) return null;
    const source = w.rules.verbFirst || w.rules.unspaced ? listedTo(t, v, w.sourcesBefore, w) : 0;
    const after = w.rules.verbFirst ? 0 : listedTo(t, v, w.sourcesAfter, w);
    const n = listedTo(t, v, w.speech, w) || source || after;
    if (n === 0) continue;
    const from = v - n + 1;
    // A verb that carries the subject before it ("مشيراً … بالقول"): the speaker of the quote before.
    if (w.sameSubject.has(withoutPrefix(t[from]!.text, w))) return r.carry();
    if (w.rules.verbFirst || source) {
      const found = subjectAfter(t, v + 1, r);
      if (found || source) return found;
      return isBare(t, v + 1, w) ? r.carry() : null;
    }
    const bare = from === 0 || t[from - 1]!.kind === 'punct' || isPronoun(t[from - 1], w);
    const found = subjectBefore(t, from - 1, r, -1) ?? (bare ? r.carry() : null);
    // "X强调，…，但也称“…”": a clause of only function words before its verb shares the subject of the verb before.
    if (found || !sharesSubject(t, from, w)) return found;
    v = from;
  }
  return null;
}

/** Whether only listed function words stand between the clause's start (a comma) and its verb at `from`. */
function sharesSubject(t: readonly Tok[], from: number, w: Words): boolean {
  let k = from - 1;
  while (k >= 0 && t[k]!.kind === 'word' && w.stops.has(t[k]!.text) && !w.pronouns.has(t[k]!.text)) k--;
  return k < from - 1 && isComma(t[k]);
}

/** The verb has no subject of its own after it: a complementizer, a preposition, a colon or the quote follows. */
function isBare(t: readonly Tok[], i: number, w: Words): boolean {
  const x = t[i];
  if (x?.kind !== 'word') return true;
  return w.stops.has(x.text) || w.pronouns.has(x.text);
}

const isPronoun = (x: Tok | undefined, w: Words): boolean => !!x && w.pronouns.has(x.text);

/** Fillers ("قد", "أيضا", days) may stand between a verb and its subject. */
const isFiller = (x: Tok, w: Words): boolean => w.fillers.has(x.text);

/** The subject after a verb (verb-first): a role and a name, or a name the article introduced. */
function subjectAfter(t: readonly Tok[], i: number, r: Reading): Found | null {
  const { w } = r;
  let k = i;
  while (t[k]?.kind === 'word' && isFiller(t[k]!, w)) k++;
  const end = roleFrom(t, k, w);
  const run = nameFrom(t, end, w, r.repeated);
  if (!run && end > k && !isNameWord(t[end], w)) return r.byRole(t[end - 1]!.text);
  if (!run || isNameWord(t[run.to], w)) return null;
  return r.known(run, end > k ? k : -1);
}

/**
 * The subject before a verb (verb-last): a name closed by a subject marker ("ने"), or right before
 * the verb, with its role before it; a prepositional phrase in between is skipped ("به خبرنگاران").
 * When the reading meets the quote (index `q`), it goes on before it ('X "…" ብለዋል').
 */
function subjectBefore(t: readonly Tok[], j: number, r: Reading, q: number): Found | null {
  return subjectRightBefore(t, j, r, q) ?? agentInClause(t, j, r, q) ?? openingSubject(t, j, r, q);
}

/**
 * A known name opening the sentence, a preposition right after it: the subject of the verb at its
 * end, whatever the phrase between ("مرکل با اشاره به کشورهایی … گفت").
 */
function openingSubject(t: readonly Tok[], j: number, r: Reading, q: number): Found | null {
  const { w } = r;
  if (w.rules.unspaced) return null;
  let start = q >= 0 ? Math.min(j, q - 1) : j;
  while (start > 0 && !(t[start - 1]!.kind === 'punct' && SENTENCE_END.has(t[start - 1]!.text))) start--;
  if (t.slice(start, j + 1).some((x, k) => x.kind === 'quote' && start + k !== q)) return null;
  const run = nameFrom(t, start, w, r.repeated);
  if (!run || !w.prepositions.has(t[run.to]?.text ?? '')) return null;
  return r.known(run, -1);
}

/** Most tokens between an agent's mark ("ने") and its verb. */
const AGENT_REACH = 8;

/** The subject marked as a past verb's agent further back in the clause ("लिंडनर ने एक कार्यक्रम में कहा"). */
function agentInClause(t: readonly Tok[], j: number, r: Reading, q: number): Found | null {
  const { w } = r;
  for (let k = j; k >= 0 && k >= j - AGENT_REACH; k--) {
    if (k === q) continue;
    if (t[k]!.kind !== 'word') return null;
    if (!w.agentMarkers.has(t[k]!.text)) continue;
    const run = nameTo(t, k - 1, w, r.repeated);
    if (!run || isNameWord(t[run.from - 1], w)) return null;
    const roleStart = roleTo(t, run.from - 1, w);
    return r.known(run, roleStart <= run.from - 1 ? roleStart : -1);
  }
  return null;
}

function subjectRightBefore(t: readonly Tok[], j: number, r: Reading, q: number): Found | null {
  const { w } = r;
  let k = j;
  for (let skips = 0; skips < 3 && k >= 0; skips++) {
    if (k === q) k--;
    while (k >= 0 && t[k]!.kind === 'word' && isFiller(t[k]!, w) && !w.subjectMarkers.has(t[k]!.text)) k--;
    const marker = k >= 0 ? listedTo(t, k, w.subjectMarkers, w) : 0;
    k -= marker;
    if (k < 0) return null;
    // "علی رضایی، کارشناس اقتصادی، گفت": the subject stands before its apposition.
    if (isComma(t[k])) k = beforeApposition(t, k, w);
    if (k < 0) return null;
    if (w.rules.unspaced) {
      const found = r.knownBefore(k);
      if (found) return found;
    }
    const run = nameTo(t, k, w, r.repeated);
    if (!run) return roleOnly(t, k, r);
    const before = t[run.from - 1];
    if (isNameWord(before, w)) return null;
    // "به خبرنگاران گفت": the run is governed by a preposition, so it is no subject; read on before it.
    if (!marker && before && w.prepositions.has(before.text)) {
      k = run.from - 2;
      continue;
    }
    const roleStart = roleTo(t, run.from - 1, w);
    return r.known(run, roleStart <= run.from - 1 ? roleStart : -1);
  }
  return null;
}

/** A role word alone as the subject, with no name before it ("这位德国总统强调"): the person it introduced. */
function roleOnly(t: readonly Tok[], k: number, r: Reading): Found | null {
  const from = roleTo(t, k, r.w);
  if (from > k || (isNameWord(t[from - 1], r.w) && !demonstrativeBefore(t, from, r.w))) return null;
  return r.byRole(t[k]!.text);
}

/** Most tokens between a demonstrative and its role word ("这位德国总统": a place or nation between). */
const DEMONSTRATIVE_REACH = 4;

/** Unspaced text: a determiner opens the role's noun phrase ("这位 德 国 总统"), so the words between are no name. */
function demonstrativeBefore(t: readonly Tok[], from: number, w: Words): boolean {
  if (!w.rules.unspaced) return false;
  for (let k = from - 1; k >= 0 && k >= from - DEMONSTRATIVE_REACH; k--) {
    if (t[k]!.kind !== 'word') return false;
    if (w.determiners.has(t[k]!.text)) return true;
  }
  return false;
}

/**
 * The one person an introduction before (paragraph `p`, offset `at`) gave the role word `role`;
 * null where none or several were.
 */
function introducedAs(role: string, intros: readonly Intro[], p: number, at: number): Found | null {
  const before = intros.filter((i) => (i.paragraph < p || (i.paragraph === p && i.at < at)) && i.role.endsWith(role));
  const names = new Set(before.map((i) => i.name));
  if (names.size !== 1) return null;
  return { intro: before[0]!, alias: before[0]!.name, sure: SURE.known };
}

/** The token before an apposition that ends in the comma at `k` ("X، role، verb"), or -1. */
function beforeApposition(t: readonly Tok[], k: number, w: Words): number {
  for (let i = k - 1; i >= 0 && i >= k - APPOSITION_REACH - 2; i--) {
    if (t[i]!.kind === 'punct' && !isComma(t[i])) return -1;
    if (isComma(t[i])) return roleFrom(t, i + 1, w) > i + 1 ? i - 1 : -1;
  }
  return -1;
}

/**
 * The person a run names: introduced right there by a role word (`roleAt` ≥ 0), or the person of
 * an introduction elsewhere whose name is the run or ends in it ("الأسد" → "بشار الأسد").
 */
function knownName(
  t: readonly Tok[],
  run: Run,
  text: string,
  intros: readonly Intro[],
  p: number,
  roleAt: number,
): Found | null {
  const written = text.slice(t[run.from]!.start, t[run.to - 1]!.end);
  if (roleAt >= 0) {
    const here = intros.find((i) => i.paragraph === p && i.at === t[run.from]!.start);
    if (here) return { intro: here, alias: written, sure: SURE.introduced };
  }
  const same = intros.filter((i) => i.name === written);
  if (same.length > 0) return { intro: same[0]!, alias: written, sure: SURE.known };
  // A surname alone, or a name's first words ("حمد بن جاسم" for "حمد بن جاسم آل ثاني"): only when a
  // single introduced person bears it so.
  const ending = new Map(intros.filter((i) => endsWithWord(i.name, written)).map((i) => [i.name, i]));
  if (ending.size === 1) return { intro: [...ending.values()][0]!, alias: written, sure: SURE.known };
  if (ending.size === 0 && /\s/u.test(written)) {
    const starting = new Map(intros.filter((i) => i.name.startsWith(`${written} `)).map((i) => [i.name, i]));
    if (starting.size === 1) return { intro: [...starting.values()][0]!, alias: written, sure: SURE.known };
  }
  return null;
}

/** `name` ends in `tail` as a whole word (or, unspaced, as its last characters). */
function endsWithWord(name: string, tail: string): boolean {
  if (!name.endsWith(tail) || name.length === tail.length) return false;
  const before = name.at(-tail.length - 1)!;
  return /[\s‧·・-]/u.test(before) || !/\s/u.test(name);
}

/**
 * A verb without its own subject speaks for the quote before, when that one shows a name, stands
 * in this paragraph or the one before, and no one else is introduced between them.
 */
function carried(c: Candidate, prev: Candidate | null, intros: readonly Intro[]): Found | null {
  const person = shownPerson(prev);
  if (!prev || !person || c.raw.paragraph - prev.raw.paragraph > 1) return null;
  const between = intros.some(
    (i) =>
      (i.paragraph > prev.raw.paragraph || (i.paragraph === prev.raw.paragraph && i.at > prev.raw.closeAt)) &&
      (i.paragraph < c.raw.paragraph || (i.paragraph === c.raw.paragraph && i.at < c.raw.openAt)),
  );
  return between ? null : { person, sure: SURE.carried };
}
