/** Quote-mark scanning: every style, apostrophes, nesting, run-on paragraphs (issue 4, item 2). */
import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../src/core/quotes/scan.js';

/** The quoted texts `scanQuotes` finds in one paragraph. */
function spans(text: string, lang: string | null = null): string[] {
  return scanQuotes([text], lang).map((q) => text.slice(q.start, q.end));
}

describe('quote marks', () => {
  it.each([
    ['ASCII (DW English and German)', '"Russia has sought closer ties," he told DW.', 'Russia has sought closer ties'],
    ['English curly', '“Man’s greed is hurting the whales,” says Parata.', 'Man’s greed is hurting the whales'],
    ['German „…“', 'Er sagte: „Das ist gut.“ Dann ging er.', 'Das ist gut.'],
    ['Polish „…”', 'Powiedział: „To jest dobre” i wyszedł.', 'To jest dobre'],
    ['„ closed by a straight mark (Serbian keyboards)', 'Rekla je: „To je dobro" i otišla.', 'To je dobro'],
    ['a straight mark closed by “ (careless typing)', 'Alisema "Tunafurahi sana“ jana.', 'Tunafurahi sana'],
    ['Chinese: a mark right after a half-width bracket', '他（2023)"中国很重要"。', '中国很重要'],
    ['German »…«', 'Er sagte: »Das ist gut.« Dann ging er.', 'Das ist gut.'],
    [
      'French « … » with narrow no-break spaces',
      'Il a dit\u00a0: «\u202fC’est bon\u202f», a-t-il ajouté.',
      'C’est bon',
    ],
    ['Swiss «…»', 'Er sagte: «Das ist gut.» Dann ging er.', 'Das ist gut.'],
    ['single angle ‹…›', 'Il a dit ‹non› hier.', 'non'],
    ['English single ‘…’', 'She called it ‘a disaster’ yesterday.', 'a disaster'],
    ['German single ‚…‘', 'Er nannte es ‚Unsinn‘ heute.', 'Unsinn'],
    ['CJK 「…」', '彼は「こんにちは」と言った。', 'こんにちは'],
    ['CJK 『…』', '『本』を読んだ。', '本'],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it('does not trip on apostrophes', () => {
    expect(spans("He said 'don't go' to the players' union in l'État.")).toEqual(["don't go"]);
    expect(spans('It’s the players’ union and l’État, not the ’90s.')).toEqual([]);
    expect(spans("Russia's envoy said shouldn't we?")).toEqual([]);
  });

  it('keeps nested quotes inside the outer one', () => {
    expect(spans('“He called it ‘a disaster’ today,” she said.')).toEqual(['He called it ‘a disaster’ today']);
    expect(spans('Er sagte: „Das war ‚Unsinn‘, wirklich.“')).toEqual(['Das war ‚Unsinn‘, wirklich.']);
    expect(spans('Er sagte: »Das war ›Unsinn‹.«', 'de')).toEqual(['Das war ›Unsinn‹.']);
  });

  it('splits an interrupted quote into its two parts', () => {
    expect(spans('"All powers have contact," said the expert, "and so should Russia."')).toEqual([
      'All powers have contact',
      'and so should Russia.',
    ]);
  });

  it('follows a quote over several paragraphs (no closing mark until the last)', () => {
    const paragraphs = ['"The first part goes on.', '"The second part too.', '"And it ends here," he said.'];
    const qs = scanQuotes(paragraphs, 'en');
    expect(qs.map((q) => paragraphs[q.paragraph]!.slice(q.start, q.end))).toEqual([
      'The first part goes on.',
      'The second part too.',
      'And it ends here',
    ]);
    expect(qs.map((q) => [q.continuesPrev, q.continuesNext])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
  });

  it('runs a quote whose closing mark was forgotten to the end of its paragraph', () => {
    const paragraphs = ['“We will win,” she said. “The vote is ours.', 'The count ends on Friday.'];
    expect(scanQuotes(paragraphs, 'en').map((q) => paragraphs[q.paragraph]!.slice(q.start, q.end))).toEqual([
      'We will win',
      'The vote is ours.',
    ]);
    expect(spans('“The vote is ours, and nobody doubts it.')).toEqual(['The vote is ours, and nobody doubts it.']);
  });

  it('leaves an unmatched mark alone', () => {
    expect(spans('He measured 5" of rain and "left')).toEqual([]);
  });

  it('gives offsets into the raw text, padding and trailing comma excluded', () => {
    const text = '  \n « Bonjour tout le monde , »';
    const [q] = scanQuotes([text], 'fr');
    expect(text.slice(q!.start, q!.end)).toBe('Bonjour tout le monde');
  });
});
