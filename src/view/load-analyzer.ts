/**
 * The pipeline, loaded on demand: view.js holds what draws an analysis, analyzer.js (analyzer.ts)
 * what makes one, some half of the code. A re-open that shows the kept analysis loads only the
 * first; a view that will read a copy asks for the second as soon as it starts.
 */
import type { DomCopy } from '../common/dom-copy.js';
import type { PageCopy } from '../common/messages.js';
import type { PageAnalysis } from '../core/pipeline.js';
import { ANALYZER_SCRIPT_ID } from './analyzer-script.js';

export interface Analyzer {
  analyze(nodes: DomCopy, copy: PageCopy): Promise<PageAnalysis>;
  preloadLanguage(tag: string | null): void;
}

declare global {
  var __quoteReaderAnalyzer: Analyzer | undefined;
}

let loading: Promise<Analyzer> | null = null;

/**
 * analyzer.js, loaded once however often it is asked for (boot.ts may have started it already);
 * rejects when it cannot load.
 */
export function loadAnalyzer(): Promise<Analyzer> {
  loading ??= new Promise((resolve, reject) => {
    const loaded = (): void =>
      globalThis.__quoteReaderAnalyzer ? resolve(globalThis.__quoteReaderAnalyzer) : reject(new Error('no analyzer'));
    const failed = (): void => reject(new Error('analyzer.js did not load'));
    const started = document.getElementById(ANALYZER_SCRIPT_ID);
    if (started) {
      const state = started.getAttribute('data-state');
      if (state === 'loaded') loaded();
      else if (state === 'failed') failed();
      else {
        started.addEventListener('load', loaded);
        started.addEventListener('error', failed);
      }
      return;
    }
    const script = document.createElement('script');
    script.id = ANALYZER_SCRIPT_ID;
    script.src = 'analyzer.js';
    script.onload = loaded;
    script.onerror = failed;
    document.head.append(script);
  });
  return loading;
}
