/**
 * Saved quotes as files: Markdown (a citation per quote), CSV (RFC 4180) and JSON (versioned),
 * and a JSON export read back for import. Pure: strings in, strings out.
 */
import { citation } from './citation.js';
import { parseSavedQuote, type SavedQuote } from './saved-quote.js';
import { quoteLink } from './text-fragment.js';

/** The `format` field of a JSON export: a file without it is not one. */
export const EXPORT_FORMAT = 'quote-reader-saved-quotes';
/** The schema version this build writes and reads. A later version is refused, not guessed at. */
const EXPORT_VERSION = 1;

/** A JSON export (`version` 1). Every quote has every field of `SavedQuote`, null when unknown. */
interface SavedQuotesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** When the file was written (ISO 8601). */
  exportedAt: string;
  quotes: SavedQuote[];
}

/** CSV columns, in order: the JSON fields' names. */
export const CSV_COLUMNS = ['text', 'speaker', 'role', 'title', 'site', 'url', 'lang', 'published', 'savedAt'] as const;

/**
 * The CSV starts with a UTF-8 byte order mark: without it, Excel reads a CSV file as the
 * system's legacy code page and breaks „“, é or Arabic. Parsers strip it (csv-parse `bom: true`,
 * Python's `utf-8-sig`).
 */
export const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-2`, `@SUM`): page text
 * is not trusted, so such a cell gets a leading apostrophe and is shown as text (OWASP, "CSV
 * injection"). It is the one change the CSV makes to a value.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** What makes a CSV field need quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string | null): string {
  const text = value === null ? '' : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: a header row, one record a quote, CRLF line ends, `"` doubled inside quoted fields. */
export function toCsv(quotes: readonly SavedQuote[]): string {
  const rows = [CSV_COLUMNS.join(','), ...quotes.map((q) => CSV_COLUMNS.map((c) => csvField(q[c])).join(','))];
  return `${BOM}${rows.join('\r\n')}\r\n`;
}

/** The JSON export of `quotes`, written at `exportedAt`. */
export function toJson(quotes: readonly SavedQuote[], exportedAt: Date): string {
  const file: SavedQuotesExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    // Every quote's fields in one order, that of the CSV columns.
    quotes: quotes.map((q) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, q[c]])) as unknown as SavedQuote),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Markdown's inline syntax in page text, escaped so that it shows as written (`*`, `_`, `[`, `<` …). */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&~|#]/g;
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

export interface MarkdownStrings {
  /** The document's heading, "Saved quotes". */
  heading: string;
  /** The speaker of a quote nobody is named for. */
  unattributed: string;
}

/**
 * A heading, then one paragraph a quote: its citation as "Copy quote" writes it, with the link
 * opening the article at the quote (a text fragment) in angle brackets.
 */
export function toMarkdown(quotes: readonly SavedQuote[], strings: MarkdownStrings): string {
  const paragraphs = quotes.map((q) =>
    citation(q, {
      unattributed: strings.unattributed,
      url: `<${quoteLink(q.url, q.text, q.lang)}>`,
      escapeText: escapeMarkdown,
    }),
  );
  return `# ${escapeMarkdown(strings.heading)}\n\n${paragraphs.join('\n\n')}\n`;
}

/** Why a file could not be imported; the page says it in words. */
export type ImportProblem =
  | { kind: 'not-json' }
  | { kind: 'not-export' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'bad-quote'; index: number; problem: string };

export type ImportResult = { ok: true; quotes: SavedQuote[] } | { ok: false; problem: ImportProblem };

/**
 * The quotes of a JSON export, or why the file is not one. All or nothing: one entry that is not
 * a valid saved quote refuses the whole file, so an import never adds half a file.
 */
export function parseJsonExport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT)
    return { ok: false, problem: { kind: 'not-export' } };
  const { version, quotes } = data as { version?: unknown; quotes?: unknown };
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION)
    return { ok: false, problem: { kind: 'newer-version', version } };
  if (version !== EXPORT_VERSION || !Array.isArray(quotes)) return { ok: false, problem: { kind: 'not-export' } };
  const out: SavedQuote[] = [];
  for (const [index, entry] of quotes.entries()) {
    const parsed = parseSavedQuote(entry);
    if (!parsed.ok) return { ok: false, problem: { kind: 'bad-quote', index, problem: parsed.problem } };
    out.push(parsed.quote);
  }
  return { ok: true, quotes: out };
}
