/**
 * How far two careful readers agree: the second, independent annotation in
 * test/fixtures/quotes-second/ scored against the first in test/fixtures/quotes/, with the same
 * matcher as `npm run eval:quotes`. An upper bound on what the engine can be asked to reach.
 * Run: node --import tsx test/eval-agreement.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { score, type ScoredQuote } from './eval/match.js';

interface Gold {
  speakers: { name: string; aliases?: string[] }[];
  quotes: { text: string; speaker: string | null; kind: string }[];
}

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const load = (dir: string, file: string): Gold => JSON.parse(readFileSync(join(fixtures, dir, file), 'utf8')) as Gold;
const asScored = (gold: Gold): ScoredQuote[] =>
  gold.quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    aliases: gold.speakers.find((s) => s.name === q.speaker)?.aliases ?? [],
  }));

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
console.log(`${'page'.padEnd(28)} first second  match     P %     R %    F1 %   spk %  kind %`);
let [first, second, matched, speakerOk, kindOk] = [0, 0, 0, 0, 0];
for (const file of readdirSync(join(fixtures, 'quotes-second'))
  .filter((f) => f.endsWith('.quotes.json'))
  .sort()) {
  const a = load('quotes', file);
  const b = load('quotes-second', file);
  const s = score(asScored(b), asScored(a));
  const kinds = s.matches.filter(
    (m) => m.engine.length === 1 && a.quotes[m.gold]!.kind === b.quotes[m.engine[0]!]!.kind,
  ).length;
  first += a.quotes.length;
  second += b.quotes.length;
  matched += s.matches.length;
  speakerOk += s.matches.filter((m) => m.speakerOk).length;
  kindOk += kinds;
  console.log(
    `${file.replace('.quotes.json', '').padEnd(28)} ${String(a.quotes.length).padStart(5)} ${String(b.quotes.length).padStart(6)} ${String(s.matches.length).padStart(6)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${pct(s.speakerAccuracy)}  ${pct(s.matches.length ? kinds / s.matches.length : 1)}`,
  );
}
const p = second ? matched / second : 1;
const r = first ? matched / first : 1;
console.log(
  `${'OVERALL'.padEnd(28)} ${String(first).padStart(5)} ${String(second).padStart(6)} ${String(matched).padStart(6)} ${pct(p)}  ${pct(r)}  ${pct(p + r ? (2 * p * r) / (p + r) : 1)}  ${pct(matched ? speakerOk / matched : 1)}  ${pct(matched ? kindOk / matched : 1)}`,
);
