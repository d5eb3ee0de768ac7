/**
 * `node --import tsx test/eval-corpora.ts [--split train|dev] [--corpus polnear|wikinews-de]
 * [--limit N] [--verbose]`: the engine on the public quote corpora in ../shared/corpora (never in
 * this repository). Skips with a message when they are absent.
 */
import { resolve } from 'node:path';
import { CORPORA, type CorpusName, corpusRoot, loadCorpus, type Split } from './eval/corpus.js';
import { addDoc, emptyCounts, engineQuotes, rates, scoreDoc } from './eval/corpus-score.js';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const split = (arg('split') ?? 'dev') as Split;
const only = arg('corpus') as CorpusName | undefined;
const limit = Number(arg('limit') ?? Infinity);
const verbose = process.argv.includes('--verbose');

const dir = corpusRoot(ROOT);
if (!dir) {
  console.log('corpora: ../shared/corpora is absent; the corpus evaluation is skipped.');
  process.exit(0);
}
const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
console.log(
  ['corpus/split', 'docs', 'gold', 'engine', 'P %', 'R %', 'F1 %', 'spk %', 'wrong %', 'none %', 'partial'].join('\t'),
);
for (const corpus of CORPORA.filter((c) => !only || c === only)) {
  const counts = emptyCounts();
  for (const doc of loadCorpus(dir, corpus, split).slice(0, limit)) {
    const r = scoreDoc(corpus, doc, engineQuotes(doc.file, doc.url));
    addDoc(counts, r);
    if (!verbose) continue;
    for (const g of r.missed)
      console.log(`MISS\t${doc.id}\t${doc.quotes[g]!.speaker}\t${doc.quotes[g]!.text.slice(0, 100)}`);
    for (const e of r.spurious)
      console.log(`EXTRA\t${doc.id}\t${r.engine[e]!.speaker}\t${r.engine[e]!.text.slice(0, 100)}`);
    for (const m of r.matches) {
      if (m.verdict === 'right' || m.verdict === 'unknown') continue;
      const g = doc.quotes[m.gold]!;
      const e = r.engine[m.engine[0]!]!;
      console.log(`SPK-${m.verdict}\t${doc.id}\tgold=${g.speaker}\tengine=${e.speaker}\t${g.text.slice(0, 70)}`);
    }
  }
  const x = rates(counts);
  console.log(
    [
      `${corpus}/${split}`,
      counts.docs,
      counts.gold,
      counts.engine,
      pct(x.precision),
      pct(x.recall),
      pct(x.f1),
      pct(x.speakerRight),
      pct(x.wrongShown),
      pct(x.abstained),
      counts.verdicts.partial,
    ].join('\t'),
  );
}
