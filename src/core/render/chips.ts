/**
 * Whether a quote's end needs a speaker chip. A chip repeats what the sentence already says when
 * the speaker is named within a few words of the quote ("…," said Nessar) or the attribution
 * right beside it points back to someone just named ("…," he told reporters); it helps where the
 * quote stands alone (a continuation, a role: "said the expert").
 */
import type { Quote, Speaker } from '../types.js';

/** Words either side of the quote in which a name or an attribution counts as "next to it". */
const NEAR_WORDS = 8;
/** Parts of a name shorter than this ("de", "al", initials) name nobody on their own. */
const MIN_NAME_PART = 3;

/** The up to `count` words of `text` nearest its start (after) or its end (before). */
function nearWords(text: string, count: number, side: 'before' | 'after'): string {
  const words = text.split(/\s+/u).filter(Boolean);
  return (side === 'after' ? words.slice(0, count) : words.slice(-count)).join(' ');
}

/** The capitalised parts of a speaker's name and aliases ("Omar Nessar" → Omar, Nessar); every part in a script without case (Persian, Arabic, Chinese). */
function nameParts(speaker: Speaker): string[] {
  return [speaker.name, ...speaker.aliases]
    .flatMap((name) => name.split(/[\s\u00a0-]+/u))
    .map((part) => part.replace(/[^\p{L}\p{M}'’]/gu, ''))
    .filter((part) => part.length >= MIN_NAME_PART && (/^\p{Lu}/u.test(part) || !/[\p{Ll}\p{Lu}]/u.test(part)));
}

/** Whether `word` stands in `text` as a whole word. */
function hasWord(text: string, word: string): boolean {
  return text.split(/[^\p{L}\p{M}'’]+/u).some((w) => w === word || w.replace(/['’]s$/u, '') === word);
}

/** A lower-case one-word mention ("he", "sie", "elle"): a pronoun for someone named before. */
function isPronoun(mention: string | null | undefined): boolean {
  return !!mention && !/\s/u.test(mention.trim()) && /^\p{Ll}/u.test(mention.trim());
}

export interface ChipContext {
  /** The text of the quote's paragraph (or title, lead). */
  text: string;
  /** The highlighted range, quote marks included. */
  start: number;
  end: number;
  quote: Quote;
  speaker: Speaker;
  /** The quote before it in the same paragraph, if any. */
  previous: Quote | null;
}

/** Whether the quote's end should carry its speaker's name. */
export function needsChip({ text, start, end, quote, speaker, previous }: ChipContext): boolean {
  // "…," he said. "More…": the paragraph's earlier quote already says who.
  if (quote.cue === 'continuation' && previous?.speakerId === quote.speakerId) return false;
  const near = `${nearWords(text.slice(0, start), NEAR_WORDS, 'before')} ${nearWords(text.slice(end), NEAR_WORDS, 'after')}`;
  if (nameParts(speaker).some((part) => hasWord(near, part))) return false;
  const cue = quote.cue && quote.cue !== 'continuation' ? quote.cue : null;
  return !(cue && near.includes(cue) && isPronoun(quote.speakerMention));
}
