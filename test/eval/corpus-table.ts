/**
 * The corpus rows of `npm run eval:quotes`: each corpus split scored as the gold pages are, with
 * its own speaker rule (test/eval/corpus.ts). Skips with one line when ../shared/corpora is absent.
 */
import { CORPORA, corpusRoot, loadCorpus, type Split } from './corpus.js';
import { addDoc, emptyCounts, engineQuotes, rates, scoreDoc } from './corpus-score.js';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

export function printCorpusTable(root: string, splits: readonly Split[]): void {
  const dir = corpusRoot(root);
  if (!dir) {
    console.log('\nCorpora: ../shared/corpora is absent; the corpus evaluation is skipped.');
    return;
  }
  console.log('\nCorpora (speaker right: the fullest name; German: containment, as its README says)');
  console.log(
    ['split'.padEnd(22), 'docs', '  gold', 'engine', '   P %', '   R %', '  F1 %', ' spk %', 'wrong %', 'none %'].join(
      ' ',
    ),
  );
  for (const split of splits) {
    for (const corpus of CORPORA) {
      const counts = emptyCounts();
      for (const doc of loadCorpus(dir, corpus, split))
        addDoc(counts, scoreDoc(corpus, doc, engineQuotes(doc.file, doc.url)));
      const r = rates(counts);
      console.log(
        [
          `${corpus}/${split}`.padEnd(22),
          String(counts.docs).padStart(4),
          String(counts.gold).padStart(6),
          String(counts.engine).padStart(6),
          pct(r.precision),
          pct(r.recall),
          pct(r.f1),
          pct(r.speakerRight),
          pct(r.wrongShown).padStart(7),
          pct(r.abstained),
        ].join(' '),
      );
    }
  }
}
