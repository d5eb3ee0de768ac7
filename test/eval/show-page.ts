/**
 * `node --import tsx test/eval/show-page.ts <page.html|peer-slug> [url]`: prints every body
 * paragraph that holds a quote or term with the engine's quotes marked ⟦…⟧ and their speakers, to
 * read the engine's output on pages nobody annotated. Refuses the held-out pages, which are
 * scored only as totals (test/eval-quotes.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeFile } from './pages.js';

const ROOT = resolve(import.meta.dirname, '../..');
const HOLDOUT = join(ROOT, 'test/fixtures/quotes-holdout');

function heldOutSources(): Set<string> {
  if (!existsSync(HOLDOUT)) return new Set();
  return new Set(
    readdirSync(HOLDOUT)
      .filter((f) => f.endsWith('.quotes.json'))
      .map((f) => resolve(ROOT, (JSON.parse(readFileSync(join(HOLDOUT, f), 'utf8')) as { source: string }).source)),
  );
}

const [arg, urlArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!arg) throw new Error('usage: show-page.ts <page.html|peer-slug> [url]');
const file = existsSync(arg) ? resolve(arg) : resolve(ROOT, `test/fixtures/readability/${arg}/source.html`);
if (heldOutSources().has(file)) throw new Error('held-out page: scored as totals only');
const { quotes: analysis, extraction } = analyzeFile(file, urlArg ?? `https://example.com/${arg}`);
const paragraphs = (extraction?.paragraphs ?? []).map((p) => p.textContent ?? '');
const byId = new Map(analysis.speakers.map((s) => [s.id, s]));
const all = process.argv.includes('--all');
paragraphs.forEach((text, p) => {
  const qs = analysis.quotes.filter((q) => q.paragraph === p);
  if (!all && qs.length === 0 && !/["“”„«»]/.test(text)) return;
  let out = '';
  let at = 0;
  for (const q of qs) {
    out += `${text.slice(at, q.start)}⟦${text.slice(q.start, q.end)}⟧`;
    at = q.end;
  }
  out += text.slice(at);
  console.log(`[${p}] ${out.replace(/\s+/g, ' ').trim()}`);
  for (const q of qs) {
    const s = q.speakerId ? byId.get(q.speakerId) : undefined;
    console.log(
      `      → ${s ? `${s.name}${s.role ? ` (${s.role})` : ''}` : '-'}  [${q.kind}, cue: ${q.cue ?? '-'}, ${q.confidence}]`,
    );
  }
});
console.log('terms:', analysis.terms.join(' | '));
