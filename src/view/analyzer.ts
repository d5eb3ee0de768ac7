/**
 * Entry of analyzer.js: the pipeline, loaded by the view only when it has a page to read
 * (load-analyzer.ts), which hands it over through a global of the view's own page.
 */
import { analyze, preloadLanguage } from './analyze.js';
import type { Analyzer } from './load-analyzer.js';

globalThis.__quoteReaderAnalyzer = { analyze, preloadLanguage } satisfies Analyzer;
