/**
 * The quote engine on the worst inputs a page can hold, against ordinary article text of the same
 * length, at 10 KB, 100 KB and 1 MB: time per character may be at most WORST_RATIO × that of
 * ordinary text. Medians of interleaved samples, so that a slow spell lands on both alike.
 */
import { resolve } from 'node:path';
import { findQuotes } from '../src/core/quotes/index.js';
import { analyzeFile } from '../test/eval/pages.js';
import { median } from './stats.js';

/** Budget: a hostile page costs at most twice what prose of its length costs. */
const WORST_RATIO = 2;
const SIZES = [10_000, 100_000, 1_000_000];
/** Samples per size: more for the small ones, whose times are short and noisy. */
const ROUNDS: Record<number, number> = { 10000: 15, 100000: 7, 1000000: 3 };

/** `unit` repeated to `n` characters, in one paragraph. */
const fill = (unit: string, n: number): string[] => [unit.repeat(Math.ceil(n / unit.length)).slice(0, n)];

/** The worst cases: each of the kinds of text that made the engine quadratic once. */
const HOSTILE: Record<string, (n: number) => string[]> = {
  'quote-mark soup': (n) => fill('„a“ »b« "c” \'d‘ «e» “f ‚g› 「h」 ', n),
  'quotes in one sentence': (n) => fill('“a”, “b” and ', n),
  'no punctuation': (n) => fill('word and more words ', n),
  'capitalised words': (n) => fill('Word Name Other ', n),
};

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export default async function bench(): Promise<number> {
  const seed = resolve(import.meta.dirname, '../test/fixtures/dw-en-foe-to-friend/source.html');
  const { extraction } = analyzeFile(seed, 'https://www.dw.com/en/from-foe-to-friend/a-19084123');
  const article = (extraction?.paragraphs ?? []).map((p) => p.textContent ?? '');
  /** Ordinary text: the seed article's paragraphs repeated to `n` characters. */
  const ordinary = (n: number): string[] => {
    const out: string[] = [];
    for (let len = 0, i = 0; len < n; i++) {
      const p = article[i % article.length]!;
      out.push(p);
      len += p.length;
    }
    return out;
  };
  let failed = 0;
  for (const size of SIZES) {
    const inputs = [ordinary(size), ...Object.values(HOSTILE).map((make) => make(size))];
    const samples = inputs.map((): number[] => []);
    findQuotes(inputs[0]!, 'en'); // warm
    for (let r = 0; r < ROUNDS[size]!; r++) {
      for (const [k, paragraphs] of inputs.entries()) samples[k]!.push(time(() => findQuotes(paragraphs, 'en')));
    }
    const [base, ...worst] = samples.map(median);
    Object.keys(HOSTILE).forEach((name, k) => {
      const ratio = worst[k]! / base!;
      const ok = ratio <= WORST_RATIO;
      if (!ok) failed++;
      console.log(
        `${ok ? 'ok  ' : 'OVER'} ${`${name}, ${size / 1000} KB`.padEnd(34)} ${ratio.toFixed(2).padStart(6)}× ordinary  (${worst[k]!.toFixed(1)} vs ${base!.toFixed(1)} ms; ≤ ${WORST_RATIO}×)`,
      );
    });
  }
  return failed;
}
