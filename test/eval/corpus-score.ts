/**
 * Scores the engine on a corpus split: quotes matched one to one by token F1 (test/eval/match.ts),
 * speakers judged by the corpus's own rule (test/eval/corpus.ts).
 */
import { analyzeFile } from './pages.js';
import { score } from './match.js';
import { type CorpusDoc, type CorpusName, type SpeakerVerdict, speakerVerdict } from './corpus.js';

export interface EngineQuote {
  text: string;
  speaker: string | null;
  mention: string | null;
  paragraph: number;
}

/** Counts over a split; rates are derived by `rates`. */
export interface CorpusCounts {
  docs: number;
  gold: number;
  engine: number;
  matched: number;
  /** Matched quotes by speaker verdict. */
  verdicts: Record<SpeakerVerdict, number>;
}

/** What one document gave, for reading the misses. */
export interface DocResult {
  doc: CorpusDoc;
  engine: EngineQuote[];
  matches: { gold: number; engine: number[]; verdict: SpeakerVerdict }[];
  missed: number[];
  spurious: number[];
}

export function engineQuotes(file: string, url: string): EngineQuote[] {
  const { quotes } = analyzeFile(file, url);
  const byId = new Map(quotes.speakers.map((s) => [s.id, s]));
  return quotes.quotes.map((q) => {
    const s = q.speakerId ? byId.get(q.speakerId) : undefined;
    return { text: q.text, speaker: s?.name ?? null, mention: q.speakerMention ?? null, paragraph: q.paragraph };
  });
}

export function scoreDoc(corpus: CorpusName, doc: CorpusDoc, engine: EngineQuote[]): DocResult {
  const s = score(
    engine.map((q) => ({ text: q.text, speaker: q.speaker, paragraph: q.paragraph })),
    doc.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
  );
  return {
    doc,
    engine,
    matches: s.matches.map((m) => ({
      gold: m.gold,
      engine: m.engine,
      verdict: speakerVerdict(corpus, engine[m.engine[0]!]!, doc.quotes[m.gold]!),
    })),
    missed: s.missed,
    spurious: s.spurious,
  };
}

export function emptyCounts(): CorpusCounts {
  return { docs: 0, gold: 0, engine: 0, matched: 0, verdicts: { right: 0, partial: 0, wrong: 0, none: 0, unknown: 0 } };
}

export function addDoc(counts: CorpusCounts, r: DocResult): void {
  counts.docs++;
  counts.gold += r.doc.quotes.length;
  counts.engine += r.matches.length + r.spurious.length;
  counts.matched += r.matches.length;
  for (const m of r.matches) counts.verdicts[m.verdict]++;
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
  /** Right speakers (fullest name) among matched quotes whose gold speaker is known. */
  speakerRight: number;
  /** Names shown for the wrong person, among all names shown on matched quotes with a known gold speaker. */
  wrongShown: number;
  /** Matched quotes with a known gold speaker that show no name. */
  abstained: number;
}

export function rates(c: CorpusCounts): Rates {
  const precision = c.engine ? c.matched / c.engine : 1;
  const recall = c.gold ? c.matched / c.gold : 1;
  const v = c.verdicts;
  const known = v.right + v.partial + v.wrong + v.none;
  const shown = v.right + v.partial + v.wrong;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerRight: known ? v.right / known : 1,
    wrongShown: shown ? v.wrong / shown : 0,
    abstained: known ? v.none / known : 0,
  };
}
