/**
 * Reading a name where nothing is capitalised: a run of words in none of the language's lists,
 * short, with a clear edge on both sides. A run is a name only where something anchors it (see
 * index.ts): a role word right before it, or the article naming it so elsewhere.
 */
import { entryAt, entryEndingAt, forms, type Tok, type Words } from './words.js';

/** Most words a name read here has ("رجب طيب أردوغان"); one more and its start is unclear. */
const MAX_NAME_WORDS = 3;
/** Most characters of a name in unspaced text without a dot ("艾未未"); a transliteration has dots ("維塔利‧克利欽科"). */
const MAX_UNSPACED_CHARS = 4;
const MAX_DOTTED_CHARS = 12;
const NAME_DOTS = /^[‧·・]$/u;

export interface Run {
  /** Token indices, end exclusive. */
  from: number;
  to: number;
}

/** A token that may be part of a name: a word in no list, without digits, in a script without capitals. */
export function isNameWord(t: Tok | undefined, w: Words): boolean {
  if (t?.kind !== 'word') return false;
  if (w.rules.unspaced && NAME_DOTS.test(t.text)) return true;
  if (/\p{N}/u.test(t.text) || t.text.toLowerCase() !== t.text.toUpperCase()) return false;
  if (w.nonNameStarts.some((s) => t.text.startsWith(s))) return false;
  return !forms(t.text, w.prefixes).some(
    (f) =>
      w.stops.has(f) ||
      w.speech.has(f) ||
      w.roles.has(f) ||
      w.pronouns.has(f) ||
      w.sourcesBefore.has(f) ||
      w.sourcesAfter.has(f) ||
      w.subjectMarkers.has(f) ||
      w.sameSubject.has(f),
  );
}

/** Name words or particles inside a name ("عبد", "بن"): a particle never ends it. */
function isNamePart(toks: readonly Tok[], i: number, w: Words): boolean {
  return isNameWord(toks[i], w) || (w.particles.has(toks[i]?.text ?? '') && toks[i]?.kind === 'word');
}

/**
 * Whether the run is short enough to be one name. In unspaced text a longer run without dots
 * ("施泰因迈尔") is one only where the article writes it so again (`repeated`): a name is repeated,
 * a name with the next word glued on seldom is.
 */
function fits(toks: readonly Tok[], run: Run, w: Words, repeated: Repeated): boolean {
  const n = run.to - run.from;
  if (n <= 0) return false;
  const words = toks.slice(run.from, run.to);
  if (!w.rules.unspaced) return words.filter((t) => !w.particles.has(t.text)).length <= MAX_NAME_WORDS;
  if (words.some((t) => NAME_DOTS.test(t.text))) return n <= MAX_DOTTED_CHARS;
  return (
    n >= 2 && (n <= MAX_UNSPACED_CHARS || (n <= MAX_REPEATED_CHARS && repeated(words.map((t) => t.text).join(''))))
  );
}
/** Whether the article writes this name at least twice. */
export type Repeated = (name: string) => boolean;
const MAX_REPEATED_CHARS = 8;

/** The name run that starts at `i`, or null (none, or too long to tell where it ends). */
export function nameFrom(toks: readonly Tok[], i: number, w: Words, repeated: Repeated): Run | null {
  let j = i;
  while (isNamePart(toks, j, w)) j++;
  while (j > i && !isNameWord(toks[j - 1], w)) j--;
  const run = { from: i, to: j };
  return fits(toks, run, w, repeated) ? run : null;
}

/** The name run that ends at `j` (inclusive), or null. */
export function nameTo(toks: readonly Tok[], j: number, w: Words, repeated: Repeated): Run | null {
  let i = j + 1;
  while (i > 0 && isNamePart(toks, i - 1, w)) i--;
  while (i <= j && !isNameWord(toks[i], w)) i++;
  const run = { from: i, to: j + 1 };
  return fits(toks, run, w, repeated) ? run : null;
}

/**
 * The end (exclusive) of the role phrase at `i` ("الرئيس السوري", "总理"), or `i` if none starts
 * there. A role word without the article takes a noun with it as its genitive ("وزير الخارجية").
 */
export function roleFrom(toks: readonly Tok[], i: number, w: Words): number {
  const article = w.rules.article;
  let j = i;
  let bare = false;
  for (;;) {
    const n = entryAt(toks, j, w.roles, w.longest, w.prefixes);
    if (n > 0) {
      bare = !!article && !withoutPrefix(toks[j + n - 1]!.text, w).startsWith(article);
      j += n;
    } else if (j > i && isRoleAdjective(toks[j], w)) j++;
    else if (bare && toks[j]?.kind === 'word' && toks[j]!.text.startsWith(article)) {
      j++;
      bare = false;
    } else return j;
  }
}

/** The word without a conjunction written onto it, where the rest is listed ("والرئيس" → "الرئيس"). */
export function withoutPrefix(word: string, w: Words): string {
  const p = w.prefixes.find((x) => word.startsWith(x) && w.roles.has(word.slice(x.length)));
  return p ? word.slice(p.length) : word;
}

/** The start of the role phrase that ends at `j` (inclusive), or `j + 1` if none ends there. */
export function roleTo(toks: readonly Tok[], j: number, w: Words): number {
  let i = j + 1;
  for (;;) {
    const n = entryEndingAt(toks, i - 1, w.roles, w.longest, w.prefixes);
    if (n > 0) i -= n;
    else if (isRoleAdjective(toks[i - 1], w) && entryEndingAt(toks, i - 2, w.roles, w.longest, w.prefixes) > 0) i--;
    else return i;
  }
}

/** An adjective of the shapes that follow a role word ("السوري" after "الرئيس"). */
function isRoleAdjective(t: Tok | undefined, w: Words): boolean {
  if (t?.kind !== 'word') return false;
  return w.roleAdjectives.some(
    ([p, e]) => t.text.length > p.length + e.length + 1 && t.text.startsWith(p) && t.text.endsWith(e),
  );
}

/** Where a listed entry of `set` starts at `i`: its length in tokens. */
export const listedAt = (toks: readonly Tok[], i: number, set: ReadonlySet<string>, w: Words): number =>
  entryAt(toks, i, set, w.longest, w.prefixes);
export const listedTo = (toks: readonly Tok[], j: number, set: ReadonlySet<string>, w: Words): number =>
  entryEndingAt(toks, j, set, w.longest, w.prefixes);
