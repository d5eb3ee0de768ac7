/**
 * Export and import on the page: the pure formats of `common/saved-quotes/files.ts`, offered as
 * downloads, and a chosen JSON file merged into the store. An import is all or nothing.
 */
import { type ImportProblem, parseJsonExport, toCsv, toJson, toMarkdown } from '../common/saved-quotes/files.js';
import type { SavedQuote } from '../common/saved-quotes/saved-quote.js';
import { SavedQuotesError, type SavedQuotesStore } from '../common/saved-quotes/store.js';
import { t, uiLanguage } from './i18n.js';

export type ExportFormat = 'md' | 'csv' | 'json';

/**
 * Far above any real export (10,000 quotes are about 5 MB of JSON); a bigger file is refused
 * before it is read into memory.
 */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** The file's contents in `format`. */
function contents(quotes: readonly SavedQuote[], format: ExportFormat, now: Date): string {
  if (format === 'csv') return toCsv(quotes);
  if (format === 'json') return toJson(quotes, now);
  return toMarkdown(quotes, { heading: t('savedTitle'), unattributed: t('unattributed') });
}

/** Offers `quotes` as a download: `quote-reader-saved-quotes-2025-03-04.md` and so on. */
export function download(quotes: readonly SavedQuote[], format: ExportFormat, now = new Date()): void {
  const url = URL.createObjectURL(new Blob([contents(quotes, format, now)], { type: TYPES[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `quote-reader-saved-quotes-${now.toISOString().slice(0, 10)}.${format}`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function problemText(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return t('savedImportNotJson');
    case 'not-export':
      return t('savedImportNotExport');
    case 'newer-version':
      return t('savedImportNewer', problem.version);
    case 'bad-quote':
      return t('savedImportBadQuote', problem.index + 1, problem.problem);
  }
}

/** What an import did, in words, and whether it went wrong. */
export interface ImportOutcome {
  message: string;
  error: boolean;
}

/** Reads `file` and merges it into `store`: every quote not saved yet, or nothing at all. */
export async function importFile(file: File, store: SavedQuotesStore): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { message: t('savedImportTooBig'), error: true };
  const parsed = parseJsonExport(await file.text());
  if (!parsed.ok) return { message: `${problemText(parsed.problem)} ${t('savedNothingChanged')}`, error: true };
  try {
    const { added, skipped } = await store.importQuotes(parsed.quotes);
    if (!added) return { message: t('savedImportNothingNew'), error: false };
    const n = (count: number): string => count.toLocaleString(uiLanguage());
    return { message: t('savedImported', n(added), n(skipped)), error: false };
  } catch (error) {
    return { message: storageErrorText(error), error: true };
  }
}

/** A refused change in words: storage full, or another reason; nothing changed either way. */
export function storageErrorText(error: unknown): string {
  if (error instanceof SavedQuotesError && error.code === 'quota') return t('savedQuotaFull');
  return `${t('savedStorageError', error instanceof Error ? error.message : String(error))} ${t('savedNothingChanged')}`;
}
