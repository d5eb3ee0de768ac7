/**
 * General rules added for pages nobody tuned on (issue 4: "generalise, don't memorise"). Each
 * case is the smallest text that shows its rule, with the real page behind it.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.js';

/** [quote text, speaker name or null] for each quote found. */
function attributed(paragraphs: string[], lang: string | null): [string, string | null][] {
  const { quotes, speakers } = findQuotes(paragraphs, lang);
  const names = new Map(speakers.map((s) => [s.id, s.name]));
  return quotes.map((q) => [q.text, q.speakerId ? names.get(q.speakerId)! : null]);
}

describe('one pass a paragraph at a time', () => {
  it('counts a mention of a name that only a later cue makes known', () => {
    // The mention scan now runs before later paragraphs' cues are read (bench: linear time).
    const got = attributed(['The talks were led by Ahmad.', '"We will win," he said.', '"It is hard," Ahmad said.'], 'en');
    expect(got.map((q) => q[1])).toEqual(['Ahmad', 'Ahmad']);
  });
});
