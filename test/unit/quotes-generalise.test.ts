/**
 * Rules found on the four pages that were held out (guardian-1, wapo-2, herald-sun-1,
 * dw-en-uncork) where speaker attribution generalised poorly. Each case is the smallest text
 * that shows its rule, with the real page behind it.
 */
import { describe, expect, it } from 'vitest';
import { attributed } from './quotes-helpers.js';

/** [quote text, speaker name or null] for each quote found. */
describe('captions between quotes', () => {
  it('reads a caption-length line without a full stop as a caption a quote continues across', () => {
    // guardian-1: "Whangārei Harbour seen from Tamaterau, with mangrove sprouts …" sat between two quotes by Te Kaurinui.
    const got = attributed(
      [
        '“People dismiss us,” says Te Kaurinui.',
        'Whangārei Harbour seen from Tamaterau, with mangrove sprouts coming up through the harbourside silt',
        '“We are not foreigners in this land. We did not take this land off anyone else.”',
      ],
      'en',
    );
    expect(got.map((q) => q[1])).toEqual(['Te Kaurinui', 'Te Kaurinui']);
  });
});

describe('a paragraph of narration about someone', () => {
  it('gives the quote after it to the known person it is about, even after "But for"', () => {
    // guardian-1: "But for Parata and his family the slow, painful deaths … are personal" then Hori Parata's closing quote.
    const got = attributed(
      [
        '“Man’s greed hurts the whales,” says Parata.',
        '“It was a shock,” says Werner.',
        'But for Parata and his family the deaths are personal.',
        '“It is very emotional. We need to listen.”',
      ],
      'en',
    );
    expect(got.map((q) => q[1])).toEqual(['Parata', 'Werner', 'Parata']);
  });
});

describe('passive speech verbs', () => {
  it('reads the agent after the quote as its speaker', () => {
    // guardian-1: "has been described as “heartbreaking” by the conservation department".
    expect(
      attributed(['The spate has been described as “heartbreaking” by the conservation department.'], 'en'),
    ).toEqual([['heartbreaking', 'the conservation department']]);
  });

  it('names nobody for a described word without an agent', () => {
    // "a mass stranding that was described as “unprecedented”": speech or term, nobody is named.
    const got = attributed(['A stranding that was described as “unprecedented” left the tribe scrambling.'], 'en');
    expect(got.every(([, speaker]) => speaker === null)).toBe(true);
  });

  it('leaves a called name a term', () => {
    expect(attributed(['The group was called “Whale Friends” by its founders.'], 'en')).toEqual([]);
  });
});

describe('manner adverbs', () => {
  it('lets an -ly adverb stand between the subject and its speech verb', () => {
    // wapo-2: "Netanyahu strongly warned against making a “bad deal” during his address".
    expect(attributed(['Netanyahu strongly warned against making a “bad deal” during his address.'], 'en')).toEqual([
      ['bad deal', 'Netanyahu'],
    ]);
  });
});

describe('sources that hold a speech-verb form', () => {
  it('reads "the explanatory notes of …" after "according to" as one source, not "notes" as a verb', () => {
    // herald-sun-1: "a code including — according to the explanatory notes of the British Bill — “provision to …”".
    const got = attributed(
      [
        'There would be a code including — according to the explanatory notes of the British Bill — “provision to protect the public interest”.',
      ],
      'en',
    );
    expect(got).toEqual([['provision to protect the public interest', 'the explanatory notes of the British Bill']]);
  });
});

describe('institutions as speakers', () => {
  it('reads a body’s name joined by "on" and "and" as the subject of a speech verb', () => {
    // herald-sun-1: "as Parliament’s Joint Committee on Intelligence and Security has pointed out, it would also be used “for the purpose of …”".
    const got = attributed(
      [
        'But, as the Joint Committee on Intelligence and Security has pointed out, it would also be used “for the purpose of determining the identity of a journalist’s sources”.',
      ],
      'en',
    );
    expect(got.map((q) => q[1])).toEqual(['the Joint Committee on Intelligence and Security']);
  });

  it('does not make a body of two groups joined only by "and"', () => {
    const got = attributed(
      [
        'But, as Democrats and Republicans have pointed out, it would also be used “for the purpose of determining the identity of a journalist’s sources”.',
      ],
      'en',
    );
    expect(got.map((q) => q[1])).toEqual([null]);
  });
});

describe('pronouns in a scene', () => {
  it('gives "he" opening the cue to the person a definite descriptor introduced in the sentence before', () => {
    // dw-en-uncork: "The waiter returns with a carafe, … He places it on the table and whispers, “So you've discovered our little secret?”".
    const got = attributed(
      [
        '“It is smooth,” Kreuzberg says.',
        'The waiter returns with a carafe. He places it on the table and whispers, “So you have found our secret?”',
      ],
      'en',
    );
    expect(got.map((q) => q[1])).toEqual(['Kreuzberg', 'The waiter']);
  });

  it('keeps the pronoun when a name stands between', () => {
    const got = attributed(
      [
        '“It is smooth,” Kreuzberg says.',
        'The waiter brings Kreuzberg a glass. He smiles and says, “We have found our secret.”',
      ],
      'en',
    );
    expect(got.map((q) => q[1])).toEqual(['Kreuzberg', 'Kreuzberg']);
  });
});
