/**
 * view.html's first script, a few hundred bytes before view.js: when this opening will read a
 * copy of the page (its address has no `?kept`), the pipeline (analyzer.js) starts loading now,
 * beside view.js, instead of once view.js has loaded and run. load-analyzer.ts takes it from here.
 */
import { ANALYZER_SCRIPT_ID } from './analyzer-script.js';

if (!new URLSearchParams(location.search).has('kept')) {
  const script = document.createElement('script');
  script.id = ANALYZER_SCRIPT_ID;
  script.src = 'analyzer.js';
  script.async = true;
  // Noted for load-analyzer.ts, which may come after the script has loaded or failed.
  script.onload = () => script.setAttribute('data-state', 'loaded');
  script.onerror = () => script.setAttribute('data-state', 'failed');
  document.head.append(script);
}
