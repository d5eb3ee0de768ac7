/** Token F1 between two texts: the overlap of their word multisets (as in extraction benchmarks). */

/** Words and numbers in any script, case-folded. */
const TOKEN = /[\p{L}\p{N}]+/gu;

export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** Harmonic mean of token precision and recall; 1 when both texts are empty. */
export function tokenF1(candidate: string, reference: string): number {
  const a = tokens(candidate);
  const b = tokens(reference);
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  const precision = overlap / a.length;
  const recall = overlap / b.length;
  return overlap ? (2 * precision * recall) / (precision + recall) : 0;
}
