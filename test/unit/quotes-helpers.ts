/** What the quote tests read from the engine: the sieve's attribution, and what the view shows. */
import { findQuotes } from '../../src/core/quotes/index.js';

/**
 * Each quote (terms left out) with the speaker the sieve attributed it to, before the speaker
 * model decides whether to show the name: the attribution rules are what these tests check, and
 * the threshold moves each time the models are fitted again.
 */
export function attributed(paragraphs: string[], lang: string | null): [string, string | null][] {
  const out: [string, string | null][] = [];
  findQuotes(paragraphs, lang, {
    trace: (t) => {
      if (t.verdict !== 'term') out.push([t.text, t.speaker]);
    },
  });
  return out;
}

/** Each quote with the name and role the view shows for it (after abstaining). */
export function shown(paragraphs: string[], lang: string | null): [string, string | null, string | null][] {
  const { quotes, speakers } = findQuotes(paragraphs, lang);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return quotes.map((q) => {
    const s = q.speakerId ? byId.get(q.speakerId) : undefined;
    return [q.text, s?.name ?? null, s?.role ?? null];
  });
}
