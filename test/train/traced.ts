/**
 * The engine's trace on every document of a corpus split. Extraction (jsdom + Readability) is
 * the slow part and does not change while the quote engine is trained, so each split's
 * paragraphs are cached in the OS temp folder (`--fresh` rebuilds them).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findQuotes, type TraceEntry } from '../../src/core/quotes/index.js';
import type { CorpusDoc, CorpusName, Split } from '../eval/corpus.js';
import { sameSpeaker } from '../eval/match.js';
import { analyzeFile } from '../eval/pages.js';
import { goldIndex, matchGold } from './label.js';

export type TracedSpan = TraceEntry;

interface Extracted {
  id: string;
  lang: string | null;
  paragraphs: string[];
}

const CACHE = join(tmpdir(), 'quote-reader-train');

export function extracted(corpus: CorpusName, split: Split, docs: readonly CorpusDoc[]): Extracted[] {
  const file = join(CACHE, `${corpus}-${split}.json`);
  if (existsSync(file) && !process.argv.includes('--fresh')) {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as Extracted[];
    if (cached.length === docs.length && cached.every((c, i) => c.id === docs[i]!.id)) return cached;
  }
  const out = docs.map((doc) => {
    const a = analyzeFile(doc.file, doc.url);
    return {
      id: doc.id,
      lang: a.extraction?.article.lang ?? null,
      paragraphs: a.extraction?.paragraphs.map((p) => p.textContent ?? '') ?? [],
    };
  });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify(out));
  return out;
}

export type GoldPageSpan = TracedSpan & { corpus: 'pages'; gold: number; judged: 'right' | 'wrong' | 'none' | null };

/** The development gold pages (test/fixtures/quotes/ and the seed), traced and labelled. */
export function goldPageSpans(root: string): GoldPageSpan[] {
  const out: GoldPageSpan[] = [];
  const dir = join(root, 'test/fixtures/quotes');
  const files = readdirSync(dir).filter((f) => f.endsWith('.quotes.json'));
  const golds = files.map((f) => join(dir, f));
  const seed = join(root, 'test/fixtures/quotes-seed/dw-from-foe-to-friend.quotes.json');
  if (existsSync(seed)) golds.push(seed);
  for (const file of golds) {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as {
      source: string;
      url: string;
      speakers: { name: string; aliases?: string[] }[];
      quotes: { text: string; speaker: string | null }[];
    };
    const page = resolve(root, gold.source);
    if (!existsSync(page)) continue;
    const a = analyzeFile(page, gold.url);
    const paragraphs = a.extraction?.paragraphs.map((p) => p.textContent ?? '') ?? [];
    const index = goldIndex(gold.quotes.map((q) => q.text));
    findQuotes(paragraphs, a.extraction?.article.lang ?? null, {
      trace: (t) => {
        const g = matchGold(t.text, index);
        const q = gold.quotes[g];
        let judged: GoldPageSpan['judged'] = null;
        if (q?.speaker) {
          const aliases = gold.speakers.find((s) => s.name === q.speaker)?.aliases ?? [];
          judged = !t.speaker
            ? 'none'
            : sameSpeaker({ text: t.text, speaker: t.speaker }, { text: q.text, speaker: q.speaker, aliases })
              ? 'right'
              : 'wrong';
        }
        out.push({ ...t, corpus: 'pages', gold: g, judged });
      },
    });
  }
  return out;
}

/** The traced spans of each document, in the order of `docs`. */
export function tracedCorpus(corpus: CorpusName, split: Split, docs: readonly CorpusDoc[]): TracedSpan[][] {
  return extracted(corpus, split, docs).map((e) => {
    const spans: TracedSpan[] = [];
    findQuotes(e.paragraphs, e.lang, { trace: (t) => spans.push(t) });
    return spans;
  });
}
