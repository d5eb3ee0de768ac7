/**
 * Property tests (fast-check, 1,000 runs each) for the invariants of issue 6: highlighting never
 * changes a paragraph's text, never nests marks, never throws, and marks exactly the spans it is
 * given; the quote engine's offsets always index the paragraph's text (its `text` is
 * `paragraph.slice(start, end)`, src/core/quotes/index.ts), and the whole findQuotes +
 * highlight path never throws on random paragraphs with random quote marks and inline markup.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { highlightParagraph, type HighlightSpan } from '../../src/core/render/highlight.js';
import { findQuotes } from '../../src/core/quotes/index.js';

const RUNS = 1000;
const { document } = new JSDOM('').window;

/** Every quote mark the engine knows, apostrophes, spaces, letters, and text from other scripts. */
const MARKS = ['"', '“', '”', '„', '«', '»', '‹', '›', '‘', '’', "'", '「', '」', '‚', '『', '』'];
const PIECES = [
  ...MARKS,
  ' ',
  ' ',
  ' ',
  '\u00A0',
  '\n',
  'a',
  'b',
  'e',
  'Ö',
  'ß',
  '.',
  ',',
  ':',
  '—',
  '?',
  'ع',
  'ש',
  '中',
  '😀',
  ' said ',
  ' says ',
  ' told DW',
  ' sagte ',
  ' a déclaré ',
  'Omar Nessar',
  'Merkel',
  ' he ',
  ' she ',
  "don't",
  "Putin's",
  '\u200F',
  '\u202E',
  // Whole quotations, so that the engine has something to find in most runs.
  '“We will win this war,” ',
  '„Wir schaffen das“, ',
  '« Nous allons gagner », ',
  '"It is over." ',
  '‘scare’ ',
  '「東京」',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

type Tree = { text: string } | { tag: string; children: Tree[] };

/** Inline markup as sites write it: links, emphasis, spans, nested a little, empty text nodes too. */
const tree = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    text.map((t): Tree => ({ text: t })),
    fc.record({
      tag: fc.constantFrom('a', 'em', 'strong', 'span', 'b', 'i'),
      children: fc.array(tie('node'), { maxLength: 3 }),
    }),
  ),
})).node;

const paragraphArb = fc.array(tree, { minLength: 1, maxLength: 6 });

function build(trees: readonly Tree[]): HTMLElement {
  const p = document.createElement('p');
  const add = (parent: Node, t: Tree): void => {
    if ('text' in t) {
      parent.appendChild(document.createTextNode(t.text));
      return;
    }
    const el = document.createElement(t.tag);
    if (t.tag === 'a') el.setAttribute('href', 'https://www.dw.com/');
    parent.appendChild(el);
    for (const child of t.children) add(el, child);
  };
  for (const t of trees) add(p, t);
  return p;
}

/** Random spans over [0, length]: overlapping, nested, empty and reversed ones included. */
const spansFor = (length: number) =>
  fc.array(fc.tuple(fc.nat({ max: length }), fc.nat({ max: length })), { maxLength: 6 });

/** The spans highlight keeps: by start, each one that does not overlap one kept before it. */
function accepted(spans: readonly HighlightSpan[]): Set<number> {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const kept = new Set<number>();
  let lastEnd = -1;
  for (const i of order) {
    const s = spans[i]!;
    if (s.start < lastEnd || s.end <= s.start) continue;
    kept.add(i);
    lastEnd = s.end;
  }
  return kept;
}

/** For each paragraph offset, the span index of the mark it lies in, or -1. */
function coverage(p: Element): number[] {
  const out: number[] = [];
  const walker = document.createTreeWalker(p, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const mark = (n.parentNode as Element).closest('mark');
    const span = mark ? Number(mark.getAttribute('data-span')) : -1;
    for (let i = 0; i < (n as Text).data.length; i++) out.push(span);
  }
  return out;
}

describe('highlightParagraph (property tests)', () => {
  it(`keeps the text, never nests marks and marks exactly each kept span (${RUNS} runs)`, () => {
    let marked = 0;
    fc.assert(
      fc.property(
        paragraphArb.chain((trees) => {
          const length = build(trees).textContent!.length;
          return fc.tuple(fc.constant(trees), spansFor(length));
        }),
        ([trees, pairs]) => {
          const p = build(trees);
          const before = p.textContent!;
          const spans: HighlightSpan[] = pairs.map(([a, b], i) => ({
            start: a,
            end: b,
            attributes: { 'data-span': String(i) },
          }));
          const marks = highlightParagraph(p, spans);
          marked += marks.flat().length;
          expect(p.textContent).toBe(before);
          expect(p.querySelector('mark mark')).toBeNull();
          expect(marks).toHaveLength(spans.length);
          const kept = accepted(spans);
          const covered = coverage(p);
          spans.forEach((s, i) => {
            if (!kept.has(i)) {
              expect(marks[i]).toEqual([]);
              return;
            }
            for (let at = 0; at < before.length; at++) {
              const inside = at >= s.start && at < s.end;
              if (covered[at] === i) expect(inside, `offset ${at} marked for span ${i} outside it`).toBe(true);
              // White space alone between two spans' pieces may go unmarked; nothing else.
              if (inside && /\S/.test(before[at]!)) expect(covered[at], `offset ${at} of span ${i}`).toBe(i);
            }
            // The marks returned are the span's, in document order, and spell its marked text.
            const marked = covered.map((c, at) => (c === i ? before[at] : '')).join('');
            expect(marks[i]!.map((m) => m.textContent).join('')).toBe(marked);
            for (const m of marks[i]!) expect(m.getAttribute('data-span')).toBe(String(i));
          });
        },
      ),
      { numRuns: RUNS },
    );
    expect(marked, 'the runs do make marks').toBeGreaterThan(RUNS);
  });
});

describe('findQuotes + highlight (property tests)', () => {
  it(`quote offsets index the paragraph text exactly, and highlighting them never throws (${RUNS} runs)`, () => {
    let quotes = 0;
    fc.assert(
      fc.property(
        fc.array(paragraphArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('en', 'de', 'fr', 'es', 'pt', 'ru', 'ar', null),
        (paragraphTrees, lang) => {
          const paragraphs = paragraphTrees.map(build);
          const texts = paragraphs.map((p) => p.textContent!);
          const found = findQuotes(texts, lang);
          quotes += found.quotes.length;
          for (const q of found.quotes) {
            const t = texts[q.paragraph];
            expect(t, `paragraph ${q.paragraph} exists`).toBeDefined();
            expect(q.start).toBeGreaterThanOrEqual(0);
            expect(q.end).toBeGreaterThan(q.start);
            expect(q.end).toBeLessThanOrEqual(t!.length);
            expect(q.text).toBe(t!.slice(q.start, q.end));
          }
          paragraphs.forEach((p, index) => {
            const spans = found.quotes
              .map((q, i) => ({ q, i }))
              .filter(({ q }) => q.paragraph === index)
              .map(({ q, i }) => ({ start: q.start, end: q.end, attributes: { 'data-quote-id': String(i) } }));
            highlightParagraph(p, spans);
            expect(p.textContent).toBe(texts[index]);
            expect(p.querySelector('mark mark')).toBeNull();
          });
        },
      ),
      { numRuns: RUNS },
    );
    // A report of how much the runs exercised the engine, and a floor so the test stays meaningful.
    console.log(`findQuotes found ${quotes} quotes in ${RUNS} random articles`);
    expect(quotes).toBeGreaterThan(RUNS / 10);
  });
});
