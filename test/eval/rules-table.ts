/**
 * `npm run eval:rules`: what each sieve rule brings. The engine runs on each corpus split with
 * one rule switched off at a time; the table shows how quote F1, right speakers and wrong names
 * move against the whole engine (a rule earns its place by these counts, not by one page).
 * Needs ../shared/corpora; reads the training splits unless `--split dev`.
 */
import { resolve } from 'node:path';
import { findQuotes } from '../../src/core/quotes/index.js';
import { RULES, type RuleId } from '../../src/core/quotes/rules.js';
import { extracted } from '../train/traced.js';
import { CORPORA, corpusRoot, loadCorpus, type Split } from './corpus.js';
import { addDoc, type EngineQuote, emptyCounts, rates, scoreDoc } from './corpus-score.js';

const ROOT = resolve(import.meta.dirname, '../..');
const split = (process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'train') as Split;
const dir = corpusRoot(ROOT);
if (!dir) {
  console.log('eval:rules: ../shared/corpora is absent; nothing to measure.');
  process.exit(0);
}

const corpora = CORPORA.map((corpus) => {
  const docs = loadCorpus(dir, corpus, split);
  return { corpus, docs, pages: extracted(corpus, split, docs) };
});

/** Quote F1, speaker right and wrong-name share per corpus with the rules `off` switched off. */
function measure(off: ReadonlySet<RuleId>): { f1: number; right: number; wrong: number }[] {
  return corpora.map(({ corpus, docs, pages }) => {
    const counts = emptyCounts();
    docs.forEach((doc, d) => {
      const { quotes, speakers } = findQuotes(pages[d]!.paragraphs, pages[d]!.lang, { off });
      const byId = new Map(speakers.map((s) => [s.id, s.name]));
      const engine: EngineQuote[] = quotes.map((q) => ({
        text: q.text,
        speaker: q.speakerId ? (byId.get(q.speakerId) ?? null) : null,
        mention: q.speakerMention ?? null,
        paragraph: q.paragraph,
      }));
      addDoc(counts, scoreDoc(corpus, doc, engine));
    });
    const r = rates(counts);
    return { f1: r.f1, right: r.speakerRight, wrong: r.wrongShown };
  });
}

const pts = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`.padStart(6);
const base = measure(new Set());
console.log(
  `Each rule switched off, on the ${split} splits (points against the whole engine; F1 / right / wrong names)`,
);
console.log(
  `${'whole engine'.padEnd(26)} ${base.map((b, i) => `${CORPORA[i]} ${(b.f1 * 100).toFixed(1)} / ${(b.right * 100).toFixed(1)} / ${(b.wrong * 100).toFixed(1)}`).join('   ')}`,
);
for (const rule of RULES) {
  const m = measure(new Set([rule]));
  console.log(
    `${`without ${rule}`.padEnd(26)} ${m.map((x, i) => `${CORPORA[i]} ${pts(x.f1 - base[i]!.f1)} ${pts(x.right - base[i]!.right)} ${pts(x.wrong - base[i]!.wrong)}`).join('   ')}`,
  );
}
