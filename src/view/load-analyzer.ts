/**
 * The pipeline, loaded on demand: view.js holds what draws an analysis, analyzer.js (analyzer.ts)
 * what makes one, some half of the code. A re-open that shows the kept analysis loads only the
 * first; a view that will read a copy asks for the second as soon as it starts.
 */
import type { DomCopy } from '../common/dom-copy.js';
import type { PageCopy } from '../common/messages.js';
import type { PageAnalysis } from '../core/pipeline.js';

export interface Analyzer {
  analyze(nodes: DomCopy, copy: PageCopy): Promise<PageAnalysis>;
  preloadLanguage(tag: string | null): void;
}

declare global {
  var __quoteReaderAnalyzer: Analyzer | undefined;
}

let loading: Promise<Analyzer> | null = null;

/** analyzer.js, loaded once however often it is asked for; rejects when it cannot load. */
export function loadAnalyzer(): Promise<Analyzer> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'analyzer.js';
    script.onload = () =>
      globalThis.__quoteReaderAnalyzer ? resolve(globalThis.__quoteReaderAnalyzer) : reject(new Error('no analyzer'));
    script.onerror = () => reject(new Error('analyzer.js did not load'));
    document.head.append(script);
  });
  return loading;
}
