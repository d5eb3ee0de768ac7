import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citation } from '../../src/common/saved-quotes/citation.js';
import {
  BOM,
  CSV_COLUMNS,
  EXPORT_FORMAT,
  escapeMarkdown,
  parseJsonExport,
  toCsv,
  toJson,
  toMarkdown,
} from '../../src/common/saved-quotes/files.js';
import { parseSavedQuote, type SavedQuote } from '../../src/common/saved-quotes/saved-quote.js';
import { savedQuotesStore } from '../../src/common/saved-quotes/store.js';
import { fakeArea, sample, savedQuotesArb, SEED } from './saved-quotes-helpers.js';

const EXPORTED = new Date('2025-03-04T12:00:00.000Z');
const unattributed = sample({ text: 'It was = a "deal", nothing more', speaker: null, role: null, site: null });

/** A CSV file read back by csv-parse, a real parser: one record a row, by column name. */
const readCsv = (csv: string): Record<string, string>[] =>
  parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' });

describe('citation', () => {
  it('is the "Copy quote" format: “…” — Name, role (Site, date) URL', () => {
    expect(citation(sample())).toBe(
      `“Russia and Afghanistan have become friends again” — Zamir Kabulov, Russia's special envoy (DW, February 15, 2016) ${SEED}`,
    );
    expect(citation(sample({ lang: 'de' }))).toContain('(DW, 15. Februar 2016)');
    expect(citation(unattributed, { unattributed: 'Unbekannt' })).toBe(
      `“It was = a "deal", nothing more” — Unbekannt (February 15, 2016) ${SEED}`,
    );
  });
});

describe('toMarkdown', () => {
  it('writes a heading and one citation a quote, linked to the quote in its article', () => {
    const md = toMarkdown([sample(), unattributed], { heading: 'Saved quotes', unattributed: 'Unattributed' });
    expect(md).toBe(
      '# Saved quotes\n\n' +
        `“Russia and Afghanistan have become friends again” — Zamir Kabulov, Russia's special envoy (DW, February 15, 2016) <${SEED}#:~:text=Russia%20and%20Afghanistan%20have%20become%20friends%20again>\n\n` +
        `“It was = a "deal", nothing more” — Unattributed (February 15, 2016) <${SEED}#:~:text=It%20was%20%3D%20a%20%22deal%22%2C%20nothing%20more>\n`,
    );
  });
  it('escapes Markdown in page text, so that it shows as written and never becomes markup', () => {
    expect(escapeMarkdown('*not bold* [not](a link) <b>no html</b> a_b `code` & #tag')).toBe(
      '\\*not bold\\* \\[not\\](a link) \\<b\\>no html\\</b\\> a\\_b \\`code\\` \\& \\#tag',
    );
    const md = toMarkdown([sample({ speaker: '<img src=x onerror=alert(1)>' })], { heading: 'S', unattributed: 'U' });
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and a header naming the columns, rows end in CRLF', () => {
    const csv = toCsv([sample()]);
    expect(csv.startsWith(`${BOM}text,speaker,role,title,site,url,lang,published,savedAt\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });
  it('reads back with a real CSV parser: commas, quotes, empty fields, non-Latin scripts', () => {
    const quotes = [
      sample(),
      unattributed,
      sample({ text: 'روسیه و افغانستان, «دوست»', lang: 'fa', speaker: 'Ахмад' }),
    ];
    const rows = readCsv(toCsv(quotes));
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.text)).toEqual(quotes.map((q) => q.text));
    expect(rows[1]).toMatchObject({ speaker: '', role: '', site: '', url: SEED });
    expect(rows[2]).toMatchObject({ speaker: 'Ахмад', lang: 'fa' });
  });
  it('makes a cell a spreadsheet would run as a formula plain text with a leading apostrophe', () => {
    const [row] = readCsv(
      toCsv([sample({ text: '=HYPERLINK("http://evil.example","click")', speaker: '@SUM(A1)', role: '-2+3' })]),
    );
    expect(row).toMatchObject({
      text: `'=HYPERLINK("http://evil.example","click")`,
      speaker: "'@SUM(A1)",
      role: "'-2+3",
    });
  });
});

describe('JSON export and import', () => {
  it('writes a versioned file that names its format', () => {
    const data = JSON.parse(toJson([sample()], EXPORTED));
    expect(data).toEqual({ format: EXPORT_FORMAT, version: 1, exportedAt: EXPORTED.toISOString(), quotes: [sample()] });
    expect(Object.keys(data.quotes[0])).toEqual([...CSV_COLUMNS]);
  });
  it('reads its own file back', () => {
    expect(parseJsonExport(toJson([sample(), unattributed], EXPORTED))).toEqual({
      ok: true,
      quotes: [sample(), unattributed],
    });
  });
  it.each([
    ['no JSON', 'quote,speaker\r\n', 'not-json'],
    ['JSON of something else', '{"quotes": []}', 'not-export'],
    ['a CSV export', toCsv([sample()]), 'not-json'],
    ['an empty file', '', 'not-json'],
    ['a list', '[]', 'not-export'],
    ['null', 'null', 'not-export'],
    ['an unknown version 0', JSON.stringify({ format: EXPORT_FORMAT, version: 0, quotes: [] }), 'not-export'],
    ['no quotes list', JSON.stringify({ format: EXPORT_FORMAT, version: 1, quotes: {} }), 'not-export'],
  ])('refuses %s', (_, text, kind) => {
    expect(parseJsonExport(text)).toEqual({ ok: false, problem: { kind } });
  });
  it('refuses a file from a later version rather than guessing', () => {
    expect(parseJsonExport(JSON.stringify({ format: EXPORT_FORMAT, version: 2, quotes: [] }))).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 2 },
    });
  });
  it('refuses the whole file when one entry is not a saved quote, naming it', () => {
    const file = JSON.parse(toJson([sample(), unattributed], EXPORTED));
    file.quotes[1].url = 'javascript:alert(1)';
    expect(parseJsonExport(JSON.stringify(file))).toMatchObject({
      ok: false,
      problem: { kind: 'bad-quote', index: 1 },
    });
  });

  it('round-trips: export, then import into an empty store, gives the same list (property)', async () => {
    await fc.assert(
      fc.asyncProperty(savedQuotesArb, async (generated) => {
        const valid = generated.flatMap((q) => {
          const parsed = parseSavedQuote(q);
          return parsed.ok ? [parsed.quote] : [];
        });
        const first = savedQuotesStore(fakeArea());
        await first.importQuotes(valid);
        const list = await first.list();
        const read = parseJsonExport(toJson(list, EXPORTED));
        expect(read).toEqual({ ok: true, quotes: list });
        const second = savedQuotesStore(fakeArea());
        await second.importQuotes(read.ok ? read.quotes : []);
        expect(await second.list()).toEqual(list);
        // Importing the same file again adds nothing.
        expect(await second.importQuotes(read.ok ? read.quotes : [])).toEqual({ added: 0, skipped: list.length });
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips through CSV too, cell for cell, but for the formula guard (property)', () => {
    fc.assert(
      fc.property(savedQuotesArb, (generated) => {
        const quotes: SavedQuote[] = generated.flatMap((q) => {
          const parsed = parseSavedQuote(q);
          return parsed.ok ? [parsed.quote] : [];
        });
        const rows = readCsv(toCsv(quotes));
        expect(rows).toHaveLength(quotes.length);
        rows.forEach((row, i) => {
          for (const column of CSV_COLUMNS) {
            const value = quotes[i]![column] ?? '';
            expect(row[column]).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
