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

  it('zh: "这位德国总统" refers back to the president introduced before, and "但也称" shares his verb', () => {
    const got = attributed(
      [
        '德国总统王伟本周日在北京谈到世界局势。',
        '这位德国总统强调,两国有共同利益,但也称,这并不意味着“我们认同这里发生的一切”。',
        '他说,对话并不容易,“我们必须找到盟友”。',
      ],
      'zh',
    );
    expect(got.map((q) => q[1])).toEqual(['王伟', '王伟']);
  });

  it('fa: a name written in full before one speech verb and by its last word before another is a name', () => {
    const got = attributed(
      ['علی رضایی گفت، این برنامه "موفق" بوده است.', 'رضایی گفت، دولت باید "بیشتر حمایت کند".'],
      'fa',
    );
    expect(got.map((q) => q[1])).toEqual(['علی رضایی', 'علی رضایی']);
  });

  it('fa: a known name opening the sentence before a preposition is the subject of the verb at its end', () => {
    const got = attributed(
      [
        'علی رضایی گفت، این برنامه "موفق" بوده است.',
        'رضایی گفت، دولت باید کمک کند.',
        'رضایی با اشاره به کشورهایی مانند چین که کمک را ممنوع کردهاند گفت، دولت "خاری" در چشم مردم است.',
      ],
      'fa',
    );
    expect(got.map((q) => q[1])).toEqual(['علی رضایی', 'علی رضایی']);
  });

  it('fa: a name written once, with nothing to anchor it, still shows no name', () => {
    const got = attributed(['علی رضایی گفت، این برنامه "موفق" بوده است.'], 'fa');
    expect(got.map((q) => q[1])).toEqual([null]);
  });
});
