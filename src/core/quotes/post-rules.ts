/**
 * The sieve's last rules, run once every quote has been read: they lend a speaker across the
 * article, so they need the whole of it.
 */
import { isWordChar } from './marks.js';
import type { RuleId } from './rules.js';
import type { Candidate } from './sieve.js';

/** Fewest words of a repeated quote matched to its source (one or two words could be anyone's). */
const MIN_REPEAT_WORDS = 3;
/** Paragraphs after a subheading quote in which the section's first speaker is looked for. */
const MAX_SECTION_PARAGRAPHS = 4;

/**
 * Quotes running over paragraphs: a piece with no speaker takes its neighbours' (not a signature:
 * a piece left open before a signed one is more likely a quote whose close was mistyped).
 */
export function spreadOverRunOns(cands: readonly Candidate[], off: ReadonlySet<RuleId>): void {
  if (off.has('run-on-paragraph')) return;
  for (let k = cands.length - 2; k >= 0; k--) {
    const c = cands[k]!;
    const next = cands[k + 1]!;
    if (
      c.raw.continuesNext &&
      next.raw.continuesPrev &&
      !c.person &&
      next.person &&
      c.verdict !== 'term' &&
      !next.cue?.signOff
    ) {
      c.person = next.person;
      c.cue = c.cue ?? next.cue;
      c.rule = 'run-on-paragraph';
    }
  }
}

/**
 * A quote nobody is named for that repeats words someone is quoted as saying elsewhere (a pull
 * quote, a subheading over the section that quotes it in full) is theirs; a subheading quote
 * that repeats nobody goes to the first speaker of the section it heads.
 */
export function attributeRepeats(
  cands: readonly Candidate[],
  paragraphs: readonly string[],
  off: ReadonlySet<RuleId>,
): void {
  const textOf = (c: Candidate): string => paragraphs[c.raw.paragraph]!.slice(c.raw.start, c.raw.end);
  const said = cands
    .filter((c) => c.person && c.verdict !== 'term' && !c.heading)
    .map((c) => ({ c, words: ` ${normWords(textOf(c))} ` }));
  cands.forEach((c, k) => {
    if (c.verdict === 'term' || (c.person && !c.heading)) return;
    const words = normWords(textOf(c));
    if (words.split(' ').length >= MIN_REPEAT_WORDS && !off.has('repeated-words')) {
      const source = said.find((o) => o.c !== c && o.words.includes(` ${words} `));
      if (source) {
        c.person = source.c.person;
        c.cue = source.c.cue;
        c.rule = 'repeated-words';
        return;
      }
    }
    if (!c.heading || off.has('section-heading')) return;
    c.person = null;
    for (let j = k + 1; j < cands.length && cands[j]!.raw.paragraph - c.raw.paragraph <= MAX_SECTION_PARAGRAPHS; j++) {
      const next = cands[j]!;
      if (next.verdict === 'term' || !next.person) continue;
      c.person = next.person;
      c.cue = next.cue;
      c.rule = 'section-heading';
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
