/**
 * The quote gold counts: each gold set (the seed, the development pages of test/fixtures/quotes/,
 * the held-out pages of test/fixtures/quotes-holdout/) runs through the whole pipeline and is
 * scored with the quote eval's own matcher; its pooled quote F1 and speaker accuracy must stay at
 * or above the floors in quote-floors.json, so that a regression fails CI. The numbers per page
 * are `npm run eval:quotes`'s to show; here only the totals are checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../eval/pages.js';
import { score, type ScoredQuote } from '../eval/match.js';
import { FIXTURES, ROOT } from './fixture.js';

interface Floor {
  f1: number;
  speakerRight: number;
}

interface GoldFile {
  source: string;
  url: string;
  lang?: string;
  speakers: { name: string; aliases?: string[] }[];
  quotes: { text: string; speaker: string | null }[];
}

/** Reading a set's pages takes some 10 s on a busy 2-core machine. */
const SET_TIMEOUT_MS = 120_000;

/** The floors by set; keys starting with `$` are notes. */
const FLOORS = Object.entries(
  JSON.parse(readFileSync(join(import.meta.dirname, 'quote-floors.json'), 'utf8')) as Record<string, Floor>,
).filter(([set]) => !set.startsWith('$'));

/**
 * The gold files of one set, sorted by name: `<set>/*.quotes.json`, or, for a set of one folder an
 * article (`dw-lang`), `<set>/<case>/quotes.json` with its source beside it. A key `dw-lang:ar`
 * is that set's articles in one language.
 */
function goldFiles(key: string): { name: string; gold: GoldFile }[] {
  const [set, lang] = key.split(':') as [string, string | undefined];
  const dir = join(FIXTURES, set);
  const flat = readdirSync(dir)
    .filter((f) => f.endsWith('.quotes.json'))
    .map((name) => ({ name, gold: JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldFile }));
  const nested = readdirSync(dir)
    .filter((f) => existsSync(join(dir, f, 'quotes.json')))
    .map((name) => {
      const gold = JSON.parse(readFileSync(join(dir, name, 'quotes.json'), 'utf8')) as GoldFile;
      return { name, gold: { ...gold, source: relative(ROOT, join(dir, name, gold.source)) } };
    });
  return [...flat, ...nested]
    .filter(({ gold }) => !lang || (gold.lang ?? '').toLowerCase().split('-')[0] === lang)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The engine's quotes on a page, as the matcher sees them (speaker by name, with aliases). */
function engineQuotes(source: string, url: string): ScoredQuote[] {
  const { quotes: analysis } = analyzeFile(source, url);
  const byId = new Map(analysis.speakers.map((s) => [s.id, s]));
  return analysis.quotes.map((q) => {
    const s = q.speakerId ? byId.get(q.speakerId) : undefined;
    return { text: q.text, speaker: s?.name ?? null, aliases: s?.aliases ?? [], paragraph: q.paragraph };
  });
}

function goldQuotes(gold: GoldFile): ScoredQuote[] {
  return gold.quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    aliases: gold.speakers.find((s) => s.name === q.speaker)?.aliases ?? [],
  }));
}

describe.each(FLOORS)('quote gold %s', (set, floor) => {
  const files = goldFiles(set);
  const totals = { gold: 0, engine: 0, matched: 0, speakerRight: 0 };

  it('has pages, each with its source page in the repository', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const { name, gold } of files)
      expect(existsSync(join(ROOT, gold.source)), `${name}: ${gold.source}`).toBe(true);
  });

  beforeAll(() => {
    for (const { gold } of files) {
      const s = score(engineQuotes(join(ROOT, gold.source), gold.url), goldQuotes(gold));
      totals.gold += gold.quotes.length;
      totals.engine += s.matches.length + s.spurious.length;
      totals.matched += s.matches.length;
      totals.speakerRight += s.matches.filter((m) => m.speakerOk).length;
    }
    console.log(
      `quote gold ${set}: ${files.length} pages, ${totals.gold} quotes; F1 ${pct(f1(totals))} (floor ${pct(floor.f1)}), ` +
        `speaker right ${pct(speakerRight(totals))} (floor ${pct(floor.speakerRight)})`,
    );
  }, SET_TIMEOUT_MS);

  it(`quote F1 is at least ${floor.f1}`, () => expect(f1(totals)).toBeGreaterThanOrEqual(floor.f1));
  it(`speaker right is at least ${floor.speakerRight}`, () =>
    expect(speakerRight(totals)).toBeGreaterThanOrEqual(floor.speakerRight));
});

type Totals = { gold: number; engine: number; matched: number; speakerRight: number };

/** Pooled over the set's pages, as eval:quotes's totals: every quote counts once. */
function f1({ gold, engine, matched }: Totals): number {
  return gold + engine ? (2 * matched) / (gold + engine) : 1;
}

function speakerRight({ matched, speakerRight: right }: Totals): number {
  return matched ? right / matched : 1;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
