/**
 * Quote engine budgets (issue 4), measured in one run as medians and ratios:
 * the seed article's quote pass ≤ 5 ms; 10× the text ≤ 11× the time (100× is reported);
 * 10,000 unmatched quote marks ≤ 200 ms.
 */
import { resolve } from 'node:path';
import { findQuotes } from '../src/core/quotes/index.js';
import { analyzeFile } from '../test/eval/pages.js';

/** Budgets, from the "Done when". */
const SEED_BUDGET_MS = 5;
const RATIO_10X = 11;
/** What 100× would cost if the pass were exactly linear (printed for comparison). */
const RATIO_100X = 100;
const UNMATCHED_BUDGET_MS = 200;
const UNMATCHED_MARKS = 10_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Median wall time of `fn` over `runs` runs, after `warm` warm-up runs. */
function time(fn: () => void, runs: number, warm = 3): number {
  for (let i = 0; i < warm; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

export default async function bench(): Promise<number> {
  const seed = resolve(import.meta.dirname, '../../shared/seed/dw-from-foe-to-friend.html');
  const { extraction } = analyzeFile(seed, 'https://www.dw.com/en/from-foe-to-friend/a-19084123');
  const paragraphs = (extraction?.paragraphs ?? []).map((p) => p.textContent ?? '');
  const times = (n: number): string[] => Array.from({ length: n }, () => paragraphs).flat();
  const x10 = times(10);
  const x100 = times(100);

  const t1 = time(() => findQuotes(paragraphs, 'en'), 60);
  // Ratios compare equal amounts of work per sample, so garbage collection is paid alike: 1× is
  // timed as batches of ten calls (a single 1 ms call dodges the collector that a 10× call meets).
  const t1batch = time(() => { for (let i = 0; i < 10; i++) findQuotes(paragraphs, 'en'); }, 40, 10) / 10;
  const t10 = time(() => findQuotes(x10, 'en'), 40, 10);
  const t100 = time(() => findQuotes(x100, 'en'), 7, 2);

  // Openers that never close, closers that match nothing, apostrophes: every kind of stray mark.
  const strays = ['„', '»', '「', '‘', '"', "'", '“', '›'];
  const noise = Array.from({ length: UNMATCHED_MARKS }, (_, i) => `${strays[i % strays.length]}w${i % 7 ? '' : '.'}`).join(' ');
  const tNoise = time(() => findQuotes([noise], 'de'), 5, 1);

  const rows: [string, string, string, boolean][] = [
    ['seed quote pass (median)', `${t1.toFixed(2)} ms`, `≤ ${SEED_BUDGET_MS} ms`, t1 <= SEED_BUDGET_MS],
    ['10× text / 1× text', `${(t10 / t1batch).toFixed(1)}×`, `≤ ${RATIO_10X}×`, t10 / t1batch <= RATIO_10X],
    // Reported, not yet a budget: at 100× the collector's old-space work shows (78–115× over runs).
    ['100× text / 1× text (info)', `${(t100 / t1batch).toFixed(1)}×`, `~${RATIO_100X}× if linear`, true],
    [`${UNMATCHED_MARKS.toLocaleString('en')} unmatched marks`, `${tNoise.toFixed(1)} ms`, `≤ ${UNMATCHED_BUDGET_MS} ms`, tNoise <= UNMATCHED_BUDGET_MS],
  ];
  for (const [name, got, budget, ok] of rows) console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(28)} ${got.padStart(10)}  (${budget})`);
  console.log(`     (1× in batches ${t1batch.toFixed(2)} ms a call, 10× median ${t10.toFixed(1)} ms, 100× median ${t100.toFixed(1)} ms)`);
  return rows.filter((r) => !r[3]).length;
}
