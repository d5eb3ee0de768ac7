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

describe('labels read out of textContent', () => {
  it('squashes line breaks in speaker names, roles, aliases, cues and terms', () => {
    // Salon: "Rebecca\n      Solnit wrote"; the HTML source's line breaks survive in textContent.
    const { quotes, speakers, terms } = findQuotes(['"We pull together," Rebecca\n      Solnit, a\n  writer at Harper\'s, said. It is a so-called "ride\n  sharing" firm.'], 'en');
    expect(speakers[0]).toMatchObject({ name: 'Rebecca Solnit', role: 'writer at Harper\'s' });
    expect(quotes[0]!.cue).not.toMatch(/\n/);
    expect(terms).toEqual(['ride sharing']);
    expect(quotes[0]!.text).toBe('We pull together'); // offsets and text untouched
  });

  it('treats one source written across a line break as one speaker', () => {
    // La Nación-style institutional source: "según el\n informe" then "según el informe".
    const { speakers } = findQuotes(['"Hay riesgo", según el\n      informe.', '"Hay más riesgo", según el informe.'], 'es');
    expect(speakers.map((s) => s.name)).toEqual(['el informe']);
  });
});

describe('subjects', () => {
  it('reads no subject after the verb outside an incise (en)', () => {
    // New York Times (nytimes-4): "called the debt and deficit “the transcendent issue …”";
    // Breitbart: "an article … that claimed President-elect Trump relied on lies … a “post-truth” society".
    const got = attributed(['In 2013, Senator Mitch McConnell called the debt and deficit "the transcendent issue of our era."'], 'en');
    expect(got).toEqual([['the transcendent issue of our era.', 'Mitch McConnell']]);
    const claimed = attributed(['An article claimed President-elect Trump relied on lies to win, and that we now live in a "post-truth world without any facts" today.'], 'en');
    expect(claimed.map((q) => q[1])).not.toContain('Trump');
  });

  it('still reads the subject after the verb in an incise', () => {
    expect(attributed(['"We will win," said Javid Ahmad.'], 'en')[0]![1]).toBe('Javid Ahmad');
  });

  it('takes the name, not the place, in "X of Kentucky said"', () => {
    // New York Times (nytimes-4): "Senator Mitch McConnell of Kentucky called the debt …".
    const got = attributed(['Senator Mitch McConnell of Kentucky called the debt "the transcendent issue of our era."'], 'en');
    expect(got[0]![1]).toBe('Mitch McConnell');
  });

  it('takes the name in apposition to a kin or role word: "her mother, Fiona, said"', () => {
    // BuzzFeed (buzzfeed-1): "“The drug was in her system …,” her mother, Fiona, said in a statement".
    const got = attributed(['"The drug was in her system," her mother, Fiona, said in a statement.', 'She added: "They never stood a chance."'], 'en');
    expect(got.map((q) => q[1])).toEqual(['Fiona', 'Fiona']);
  });
});
