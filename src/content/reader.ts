/**
 * The reader bundle, injected by the background when the view first opens: runs the pipeline on
 * the live page (which it never changes: the pipeline works on a clone) and shows the view.
 */
import { analyzePage, type PageAnalysis, unreadablePage } from '../core/pipeline.js';
import { openView, type ViewHandle } from './view/view.js';

let view: ViewHandle | null = null;
let opening = false;

/** Runs the pipeline; a page that breaks it gets a message instead of an exception. */
function analyze(): PageAnalysis {
  try {
    // `force`: the user asked for the view, so show what can be read even when detection doubts.
    return analyzePage(document, location.href, { force: true });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return unreadablePage(location.href, `The page could not be read (${why}).`);
  }
}

async function toggle(): Promise<void> {
  if (view) {
    view.close();
    return;
  }
  if (opening) return;
  opening = true;
  try {
    view = await openView(analyze(), () => {
      view = null;
    });
  } finally {
    opening = false;
  }
}

globalThis.__quoteReader ??= { toggle, isOpen: () => view !== null };
