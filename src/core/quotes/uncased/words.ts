/**
 * The word tables of one uncased language (built once per lexicon) and a tokenizer that keeps
 * each word's offsets. Where nothing is capitalised, every listed word is a sign that a word is
 * no name: only words in none of the lists can be part of one.
 */
import type { Lexicon, UncasedNames } from '../lang/index.js';

export interface Words {
  rules: UncasedNames;
  /** Speech and label verbs, every form, as written (entries of several words kept whole). */
  speech: Set<string>;
  /** Words that introduce the source before it ("بحسب", "据") or after it ("के मुताबिक"). */
  sourcesBefore: Set<string>;
  sourcesAfter: Set<string>;
  /** Titles, role nouns and role modifiers: a role word before a run of name words introduces a name. */
  roles: Set<string>;
  subjectMarkers: Set<string>;
  agentMarkers: Set<string>;
  sameSubject: Set<string>;
  pronouns: Set<string>;
  /** Determiners ("这位", "该"): in unspaced text they open a noun phrase, so a role after them names no one new. */
  determiners: Set<string>;
  prepositions: Set<string>;
  particles: Set<string>;
  /** Titles that take a name right after them even where role nouns take complements ("آقای", "خانم"). */
  honorifics: Set<string>;
  /** Fillers and the language's name stops: they may stand between a name and its verb. */
  fillers: Set<string>;
  prefixes: string[];
  nonNameStarts: string[];
  /** Every other listed word: none of them is ever part of a name. */
  stops: Set<string>;
  roleAdjectives: [string, string][];
  /** Every listed entry by its first letter, longest first: for finding listed words inside unspaced text. */
  unspacedEntries: Map<string, string[]>;
  /** Most words any entry has. */
  longest: number;
}

const split = (list: string): string[] => list.split('|').filter(Boolean);

const cache = new WeakMap<Lexicon, Words | null>();

/** The tables for `lex`, or null where the language reads names by their capitals. */
export function wordsOf(lex: Lexicon): Words | null {
  if (cache.has(lex)) return cache.get(lex)!;
  const d = lex.data;
  const rules = d.uncased;
  let words: Words | null = null;
  if (rules) {
    const speech = new Set([...d.speechVerbs, ...d.labelVerbs]);
    const roles = new Set([...d.titles, ...d.personNouns, ...d.roleModifiers]);
    const sourcesBefore = new Set(d.sourcePrepositions);
    const sourcesAfter = new Set(d.sourcePostpositions);
    const pronouns = new Set(Object.keys(d.pronouns));
    const stops = new Set([
      ...d.fillers,
      ...d.determiners,
      ...d.prepositions,
      ...d.complementizers,
      ...d.nonNames,
      ...d.conjunctions,
      ...d.relatives,
      ...d.speakerWords,
      ...d.nonPersonNouns,
      ...d.impersonal,
      ...d.ofWords,
      ...split(rules.nameStops),
    ]);
    const all = [...speech, ...sourcesBefore, ...sourcesAfter, ...roles, ...stops, ...pronouns];
    const entries = new Map<string, string[]>();
    for (const e of [...new Set(all)].sort((a, b) => b.length - a.length)) {
      const first = e.slice(0, 1);
      entries.set(first, [...(entries.get(first) ?? []), e]);
    }
    words = {
      rules,
      speech,
      sourcesBefore,
      sourcesAfter,
      roles,
      subjectMarkers: new Set(split(rules.subjectMarkers)),
      agentMarkers: new Set(split(rules.agentMarkers)),
      sameSubject: new Set(split(rules.sameSubjectVerbs)),
      pronouns,
      determiners: new Set(d.determiners),
      prepositions: new Set(d.prepositions),
      particles: new Set(d.nameParticles),
      honorifics: new Set(Object.keys(d.genderedTitles)),
      fillers: new Set([...d.fillers, ...split(rules.nameStops)]),
      prefixes: split(rules.prefixes),
      nonNameStarts: split(rules.nonNameStarts),
      stops,
      roleAdjectives: split(rules.roleAdjectives).map((a) => {
        const [prefix = '', ending = ''] = a.split('…');
        return [prefix, ending];
      }),
      unspacedEntries: entries,
      longest: Math.max(1, ...all.map((w) => w.split(' ').length)),
    };
  }
  cache.set(lex, words);
  return words;
}

export interface Tok {
  /** The word as written, lower case (Latin words inside the text compare so too). */
  text: string;
  start: number;
  end: number;
  /** A word, a punctuation mark, or a quoted span left as one mark. */
  kind: 'word' | 'punct' | 'quote';
}

/** A word keeps its joiners (Persian "می‌گوید"), inner hyphens, dots of transliterated names ("維塔利‧克利欽科"). */
const TOKEN = /(?:[\p{L}\p{M}\p{N}‧·・'’-]|\u200c|\u200d)+|[^\s\p{L}\p{M}\p{N}]/gu;

/** The tokens of `text` outside the quoted spans, each span as one `quote` token. */
export function tokenize(text: string, spans: readonly { from: number; to: number }[], words: Words): Tok[] {
  const out: Tok[] = [];
  let s = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    while (s < spans.length && spans[s]!.to <= start) s++;
    const span = spans[s];
    if (span && start >= span.from && start < span.to) {
      if (out.at(-1)?.start !== span.from) out.push({ text: '"', start: span.from, end: span.to, kind: 'quote' });
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(m[0])) {
      out.push({ text: m[0], start, end, kind: 'punct' });
      continue;
    }
    // Latin letters glued to the text's own ("DWقال") are two words.
    for (const part of m[0].matchAll(SCRIPT_RUN)) {
      const at = start + part.index;
      if (words.rules.unspaced && UNSPACED.test(part[0])) out.push(...segment(part[0], at, words));
      else out.push({ text: part[0].toLowerCase(), start: at, end: at + part[0].length, kind: 'word' });
    }
  }
  return out;
}
const SCRIPT_RUN = /[\p{Script=Latin}\p{N}'’.-]+|[^\p{Script=Latin}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A run of letters written without spaces, as listed words (longest match from the left) and,
 * between them, one token a character: a name is then a run of such characters.
 */
function segment(run: string, at: number, words: Words): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < run.length) {
    const entry = words.unspacedEntries.get(run.slice(i, i + 1))?.find((e) => run.startsWith(e, i));
    const len = entry ? entry.length : run.codePointAt(i)! > 0xffff ? 2 : 1;
    out.push({ text: run.slice(i, i + len).toLowerCase(), start: at + i, end: at + i + len, kind: 'word' });
    i += len;
  }
  return out;
}

/**
 * A word's forms to look up: as written, its last part after a joiner ("می‌گوید" → "گوید"), and
 * without a conjunction written onto it ("والرئيس" → "الرئيس").
 */
export function forms(word: string, prefixes: readonly string[] = []): string[] {
  const out = [word];
  const k = word.lastIndexOf('\u200c');
  if (k > 0) out.push(word.slice(k + 1));
  for (const p of prefixes) if (word.length > p.length + 1 && word.startsWith(p)) out.push(word.slice(p.length));
  return out;
}

/** The number of tokens from `i` on that spell an entry of `set` (longest first), or 0. */
export function entryAt(
  toks: readonly Tok[],
  i: number,
  set: ReadonlySet<string>,
  longest: number,
  prefixes: readonly string[] = [],
): number {
  if (i < 0) return 0;
  for (let n = Math.min(longest, toks.length - i); n >= 1; n--) {
    const run = toks.slice(i, i + n);
    if (run.some((t) => t.kind !== 'word')) continue;
    const [head, ...rest] = run.map((t) => t.text);
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    if (forms(head!, prefixes).some((f) => set.has(f + tail))) return n;
  }
  return 0;
}

/** The number of tokens ending at `j` (inclusive) that spell an entry of `set`, or 0. */
export function entryEndingAt(
  toks: readonly Tok[],
  j: number,
  set: ReadonlySet<string>,
  longest: number,
  prefixes: readonly string[] = [],
): number {
  for (let n = Math.min(longest, j + 1); n >= 1; n--) {
    if (entryAt(toks, j - n + 1, set, n, prefixes) === n) return n;
  }
  return 0;
}

/** Letters that have no case (Arabic, Devanagari, Han …) outnumber those that have (Latin names in brackets do not count against it). */
export function mostlyUncased(texts: readonly string[]): boolean {
  let letters = 0;
  let cased = 0;
  for (const t of texts) {
    for (const m of t.matchAll(/\p{L}/gu)) {
      letters++;
      if (m[0].toLowerCase() !== m[0].toUpperCase()) cased++;
    }
  }
  return letters > 0 && cased / letters < 0.5;
}
