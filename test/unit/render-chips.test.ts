/** Speaker chips only where the sentence does not already say who speaks (render/chips.ts). */
import { describe, expect, it } from 'vitest';
import { needsChip } from '../../src/core/render/chips.js';
import type { Quote, Speaker } from '../../src/core/types.js';

const nessar: Speaker = { id: 's1', name: 'Omar Nessar', role: null, aliases: ['Nessar'], quoteCount: 2 };

/** The quote between the first pair of “ ” in `text`, with its cue and mention. */
function chipFor(text: string, cue: string | null, mention: string | null, previous: Quote | null = null): boolean {
  const start = text.indexOf('“');
  const end = text.indexOf('”') + 1;
  const quote: Quote = {
    text: text.slice(start + 1, end - 1),
    paragraph: 0,
    start: start + 1,
    end: end - 1,
    kind: 'direct',
    speakerId: 's1',
    speakerMention: mention,
    cue,
    confidence: 1,
  };
  return needsChip({ text, start, end, quote, speaker: nessar, previous });
}

describe('needsChip', () => {
  it('leaves the chip out where the name stands beside the quote', () => {
    expect(chipFor('“We will win,” said Nessar, an analyst.', 'said Nessar', 'Nessar')).toBe(false);
    expect(chipFor('Omar Nessar was blunt: “We will win.”', null, null)).toBe(false);
    expect(chipFor('“We will win,” Nessar’s office said.', null, null)).toBe(false);
  });
  it('leaves it out after a pronoun that points back to someone just named ("he told DW")', () => {
    expect(chipFor('“We will win,” he told DW.', 'he told DW', 'he')).toBe(false);
  });
  it('keeps it where only a role or nothing says who', () => {
    expect(chipFor('“We will win,” said the expert.', 'said the expert', 'the expert')).toBe(true);
    expect(chipFor('The talks went on for hours. “We will win.”', null, null)).toBe(true);
  });
  it('keeps it where the name is further than a few words away', () => {
    const text = 'Nessar spoke first, and the talks went on for many long hours afterwards. “We will win.”';
    expect(chipFor(text, null, null)).toBe(true);
  });
  it('leaves it out on a continuation of the same speaker in the same paragraph', () => {
    const previous = { speakerId: 's1' } as Quote;
    expect(chipFor('He went on. “And we will stay.”', 'continuation', null, previous)).toBe(false);
    expect(chipFor('He went on. “And we will stay.”', 'continuation', null, null)).toBe(true);
  });
});
