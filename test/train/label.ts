/** Does an engine span match a gold quote? The eval's token F1, or a run-on piece of one. */
import { MATCH_F1, tokenF1, words } from '../eval/match.js';

/** Fewest words a piece needs to count as part of a longer gold quote (one word is in every quote). */
const MIN_PIECE_WORDS = 3;

export function goldIndex(goldTexts: readonly string[]): { texts: readonly string[]; joined: string[] } {
  return { texts: goldTexts, joined: goldTexts.map((t) => ` ${words(t).join(' ')} `) };
}

/** The index of the gold quote `text` matches, or -1. */
export function matchGold(text: string, gold: ReturnType<typeof goldIndex>): number {
  let best = -1;
  let bestF1 = MATCH_F1;
  gold.texts.forEach((g, i) => {
    const f1 = tokenF1(g, text);
    if (f1 >= bestF1) [best, bestF1] = [i, f1];
  });
  if (best >= 0) return best;
  const w = words(text);
  if (w.length < MIN_PIECE_WORDS) return -1;
  const needle = ` ${w.join(' ')} `;
  return gold.joined.findIndex((g) => g.includes(needle));
}
