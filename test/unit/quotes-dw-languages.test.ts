/**
 * Language data and uncased readings added for DW's other languages (issue 13), each case a
 * made-up sentence in that language that the engine read wrongly, or not at all, without it.
 */
import { describe, expect, it } from 'vitest';
import { attributed } from './quotes-helpers.js';

describe("speakers in DW's other languages", () => {
  it('sr: a gendered participle tells a man from the woman "kaže ona" means', () => {
    const got = attributed(
      [
        'Marko Petrović rekao je da je nagrada važna. „Ovo je veliki dan“, rekao je Petrović.',
        'Ana Jovanović se danas oseća ugroženom. „Vlada nas svakog dana ometa“, kaže ona.',
      ],
      'sr',
    );
    expect(got.map((q) => q[1])).toEqual(['Marko Petrović', 'Ana Jovanović']);
  });

  it('pt: "varia de acordo com a localização" names no speaker', () => {
    const got = attributed(
      [
        '"As receitas antigas são diferentes", ressalta a pesquisadora Ana Souza.',
        'As receitas variam de acordo com a localização e a estação do ano. "Isso dá mais sabores."',
      ],
      'pt',
    );
    expect(got[1]![1]).not.toBe('a localização');
  });
});
