/**
 * Who the article introduces, and how: a role word or title right before a name ("الرئيس السوري
 * بشار الأسد", "总理王伟"), an apposition between commas on either side ("رئيسة الحزب، سارة X،",
 * "علی رضایی، کارشناس اقتصادی،"). These introductions are the only names the uncased reading
 * shows: a quote's speaker is one of them, or nobody.
 */
import { isNameWord, listedAt, nameFrom, nameTo, type Repeated, roleFrom, type Run, withoutPrefix } from './read.js';
import type { Tok, Words } from './words.js';

export const SENTENCE_END = new Set(['.', '!', '?', '؟', '।', '॥', '。', '！', '？', '።', '؛']);
export const COLONS = new Set([':', '：', '፥', '፦']);

/** A name with the role word that introduced it, where the article first gives it. */
export interface Intro {
  name: string;
  role: string;
  paragraph: number;
  at: number;
  /** The Latin spelling given in brackets after it ("埃巴迪(Shirin Ebadi)"). */
  latin: string | null;
}

/**
 * Every name a role word introduces in a paragraph, outside quotes: right after it ("الرئيس السوري
 * بشار الأسد", "总理王伟"), or in apposition between commas on either side ("رئيسة الحزب، سارة
 * فاغنكنشت،", "ورنر هویر، عضو دولت آلمان،").
 */
export function introsIn(
  toks: readonly Tok[],
  p: number,
  text: string,
  w: Words,
  repeated: Repeated,
  words: ReadonlyMap<string, number>,
): Intro[] {
  const out: Intro[] = [];
  for (let i = 0; i < toks.length; i++) {
    const end = roleFrom(toks, i, w);
    if (end === i) {
      const named = nameFirst(toks, i, w, repeated);
      if (named) out.push(introOf(toks, named.role, named.run, p, text, w));
      continue;
    }
    // Where a role noun takes complements unmarked, only an honorific is sure to stand right before the name.
    const direct = !w.rules.roleComplements || w.honorifics.has(withoutPrefix(toks[end - 1]!.text, w));
    const apposed = apposition(toks, end, w, repeated);
    const run = direct && !apposed ? nameAfterRole(toks, end, w, repeated, words) : null;
    if (apposed) out.push(introOf(toks, { from: i, to: apposed.from - 1 }, apposed, p, text, w));
    else if (run) out.push(introOf(toks, { from: i, to: end }, run, p, text, w));
    i = Math.max(i, end - 1);
  }
  return out;
}

/** How often the article writes each word, outside quotes. */
export function wordCounts(toks: readonly Tok[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of toks.flat()) if (t.kind === 'word') counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  return counts;
}

/** Most words read after a role word before the name is cut back to what the article repeats. */
const MAX_READ_WORDS = 5;

/**
 * The name after a role phrase. Where the verb comes first its object follows the name with
 * nothing between ("أعلن الوزير خالد منصور خطة"), so a run of words is cut after its last word
 * that the article writes again on its own ("وقال منصور"): names are repeated, the words after
 * them seldom. A run nobody repeats is kept only where a clear edge ends it.
 */
function nameAfterRole(
  toks: readonly Tok[],
  end: number,
  w: Words,
  repeated: Repeated,
  words: ReadonlyMap<string, number>,
): Run | null {
  const run = nameFrom(toks, end, w, repeated);
  if (run && !isNameWord(toks[run.to], w) && (w.rules.unspaced || !w.rules.verbFirst)) return run;
  if (w.rules.unspaced) return null;
  let to = end;
  while (to < toks.length && to - end < MAX_READ_WORDS && (isNameWord(toks[to], w) || w.particles.has(toks[to]!.text)))
    to++;
  for (let k = to; k > end; k--) {
    if (w.particles.has(toks[k - 1]!.text)) continue;
    if ((words.get(toks[k - 1]!.text) ?? 0) > 1) {
      const cut = nameFrom(toks.slice(0, k), end, w, repeated);
      return cut && cut.to === k ? cut : null;
    }
  }
  // Nobody repeats any of it: only a run that a clear edge ends (not another word) may be a name.
  return run && !isNameWord(toks[run.to], w) ? run : null;
}

/** Most tokens between a role word and the comma of its apposition ("رئيسة "حزب اليسار" الألماني، …"). */
export const APPOSITION_REACH = 6;
const COMMAS = new Set([',', '،', '，', '、', '፣']);
export const isComma = (t: Tok | undefined): boolean => t?.kind === 'punct' && COMMAS.has(t.text);

/** A name between commas within a few words after a role phrase: "رئيسة الحزب، سارة فاغنكنشت،". */
function apposition(toks: readonly Tok[], from: number, w: Words, repeated: Repeated): Run | null {
  for (let k = from; k < toks.length && k <= from + APPOSITION_REACH; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct' && !isComma(t)) return null;
    if (!isComma(t)) continue;
    const run = nameFrom(toks, k + 1, w, repeated);
    return run && isComma(toks[run.to]) ? run : null;
  }
  return null;
}

/** A name opening a clause, then a comma and a role: "ورنر هویر، عضو دولت آلمان،". */
function nameFirst(toks: readonly Tok[], i: number, w: Words, repeated: Repeated): { run: Run; role: Run } | null {
  const before = toks[i - 1];
  if (before && before.kind !== 'punct') return null;
  if (before && !isComma(before) && !SENTENCE_END.has(before.text) && !COLONS.has(before.text)) return null;
  const run = nameFrom(toks, i, w, repeated);
  if (!run || !isComma(toks[run.to])) return null;
  const end = roleFrom(toks, run.to + 1, w);
  return end > run.to + 1 ? { run, role: { from: run.to + 1, to: end } } : null;
}

function introOf(toks: readonly Tok[], role: Run, run: Run, p: number, text: string, w: Words): Intro {
  const first = toks[run.from]!;
  const last = toks[run.to - 1]!;
  const after = text.slice(last.end);
  const latin = /^\s*[(（]([\p{Lu}][\p{L}\p{M}.'’ -]+)[)）]/u.exec(after)?.[1]?.trim() ?? null;
  const roleTok = toks[role.from]!;
  // "ونظيره" → "نظيره": a conjunction written onto the role word is no part of it.
  const skip = roleTok.text.length - withoutPrefix(roleTok.text, w).length;
  return {
    name: text.slice(first.start, last.end),
    role: text.slice(roleTok.start + skip, toks[role.to - 1]!.end),
    paragraph: p,
    at: first.start,
    latin,
  };
}

/**
 * Names the article anchors by repeating them as a speech verb's subject: the full name opening a
 * clause before one verb ("آنگلا مرکل گفت،") and its last word alone before another ("مرکل گفت،"), as
 * news writes a person in full once and by surname after. Where the subject follows its verb
 * (verb-first) or words are unspaced, a run's edges are unclear: nothing is read there.
 */
export function namedTwice(
  toks: readonly Tok[][],
  paragraphs: readonly string[],
  w: Words,
  repeated: Repeated,
): Intro[] {
  if (w.rules.verbFirst || w.rules.unspaced) return [];
  const subjects: { name: string; words: number; paragraph: number; at: number }[] = [];
  toks.forEach((t, p) => {
    for (let v = 1; v < t.length; v++) {
      if (listedAt(t, v, w.speech, w) === 0) continue;
      const run = nameTo(t, v - 1, w, repeated);
      if (!run || (run.from > 0 && t[run.from - 1]!.kind !== 'punct')) continue;
      const name = paragraphs[p]!.slice(t[run.from]!.start, t[run.to - 1]!.end);
      subjects.push({ name, words: run.to - run.from, paragraph: p, at: t[run.from]!.start });
    }
  });
  const out: Intro[] = [];
  for (const full of subjects) {
    if (full.words < 2 || out.some((i) => i.name === full.name)) continue;
    const last = full.name.split(/\s+/u).at(-1)!;
    if (!subjects.some((s) => s.name === last)) continue;
    out.push({ name: full.name, role: '', paragraph: full.paragraph, at: full.at, latin: null });
  }
  return out;
}
