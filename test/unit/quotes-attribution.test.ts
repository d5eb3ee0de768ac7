/** Attribution: cues on either side in every language, continuation, pronouns, descriptors, terms (issue 4, item 3). */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.js';
import { attributed } from './quotes-helpers.js';

/** [quote text, speaker name or null] for each quote found. */
describe('cues in each language', () => {
  it.each([
    ['en', 'Quote first, said X', '"We will win," said Javid Ahmad.', 'Javid Ahmad'],
    ['en', 'Quote first, X said', '"We will win," Ahmad said afterwards.', 'Ahmad'],
    ['en', 'X said: quote', 'Javid Ahmad told DW: "We will win."', 'Javid Ahmad'],
    ['en', 'according to X', '"We will win," according to Javid Ahmad.', 'Javid Ahmad'],
    ['en', 'pre-modifier', '"We will win," Yale analyst Javid Ahmad told DW.', 'Javid Ahmad'],
    [
      'en',
      'apposition between subject and verb',
      'Javid Ahmad, a South Asia expert at Yale, said: "We will win."',
      'Javid Ahmad',
    ],
    ['de', 'sagte X', '"Wir werden gewinnen", sagte Boris Nadeschdin.', 'Boris Nadeschdin'],
    ['de', 'so X', '"Wir werden gewinnen", so Nikolai Petrow, Gastwissenschaftler in Berlin.', 'Nikolai Petrow'],
    ['de', 'laut X', 'Laut Christine Falk ist das "in den seltensten Fällen möglich".', 'Christine Falk'],
    [
      'de',
      'erklärt X wie folgt',
      'Iwan Petrow ist Kandidat. Das erklärt Petrow wie folgt: "Er ist der einzige Kandidat."',
      'Iwan Petrow',
    ],
    ['fr', 'a-t-il déclaré', '« Nous allons gagner », a déclaré Laurent Fabius.', 'Laurent Fabius'],
    ['fr', 'selon X', '« Nous allons gagner », selon Laurent Fabius.', 'Laurent Fabius'],
    [
      'fr',
      'X a annoncé (apposition)',
      'Pouria Amirshahi, député socialiste, a annoncé un « mémorandum argumenté » au Conseil.',
      'Pouria Amirshahi',
    ],
    ['es', 'afirmó X', '"Vamos a ganar", afirmó Carlos Nino.', 'Carlos Nino'],
    ['es', 'según X', '"Vamos a ganar", según Carlos Nino.', 'Carlos Nino'],
    ['pt', 'disse X', '"Vamos vencer", disse Luiz Inácio Lula da Silva.', 'Luiz Inácio Lula da Silva'],
    ['pt', 'segundo X', '"Vamos vencer", segundo Tite.', 'Tite'],
    ['ru', 'сказал X', '«Мы победим», — сказал Владимир Путин.', 'Владимир Путин'],
    ['ru', 'по словам X', 'По словам Владимира Путина, «мы победим».', 'Владимира Путина'],
  ])('%s: %s', (lang, _name, text, speaker) => {
    const [first] = attributed([text], lang);
    expect(first?.[1]).toBe(speaker);
  });

  it('reads French inverted pronouns (dit-elle) and resolves them', () => {
    expect(
      attributed(
        ['La ministre de la justice, Christiane Taubira, était présente.', '« Ce texte est dangereux », dit-elle.'],
        'fr',
      ),
    ).toEqual([['Ce texte est dangereux', 'Christiane Taubira']]);
  });
});

describe('interrupted quotes and continuation', () => {
  it('gives both halves of an interrupted quote to the speaker between them', () => {
    expect(
      attributed(['"It is not just an elegant lady," Brigitta Stodden tells me in Rech, "it is a diva."'], 'en'),
    ).toEqual([
      ['It is not just an elegant lady', 'Brigitta Stodden'],
      ['it is a diva.', 'Brigitta Stodden'],
    ]);
  });

  it('lets an unattributed quote right after an attributed one continue it', () => {
    const got = attributed(
      ['"You need a moment," said Julian Nagelsmann.', '"The water break helped us show the players the board."'],
      'en',
    );
    expect(got.map((q) => q[1])).toEqual(['Julian Nagelsmann', 'Julian Nagelsmann']);
    expect(
      findQuotes(['"You need a moment," said Julian Nagelsmann. "The break helped us."'], 'en').quotes[1]!.cue,
    ).toBe('continuation');
  });

  it('attributes a run-on quote over paragraphs to one speaker', () => {
    const got = attributed(
      [
        'Tahir Della spoke to DW.',
        '"Migration is now seen in a new light.',
        '"The former colonies never became independent," he said.',
      ],
      'en',
    );
    expect(got).toEqual([
      ['Migration is now seen in a new light.', 'Tahir Della'],
      ['The former colonies never became independent', 'Tahir Della'],
    ]);
  });
});

describe('pronouns and descriptors', () => {
  it('resolves a pronoun to the nearest person before it', () => {
    const got = attributed(
      [
        'Yale analyst Javid Ahmad says Russia sees IS as a threat. "That is why they embraced the Taliban," he pointed out.',
      ],
      'en',
    );
    expect(got).toEqual([['That is why they embraced the Taliban', 'Javid Ahmad']]);
  });

  it('skips people whose gender does not fit', () => {
    const got = attributed(['Mr. John Smith met Mrs. Anna Berg.', '"We agreed on everything," she said.'], 'en');
    expect(got[0]![1]).toBe('Anna Berg');
  });

  it('resolves "the expert" to the person named just before (seed)', () => {
    const got = attributed(
      [
        '"Russia has no confidence in the talks," said Javid Ahmad, a South Asia expert at Yale University.',
        'But CISA analyst Omar Nessar views this as an exaggeration. "All powers have contact with the Taliban," said the expert.',
      ],
      'en',
    );
    expect(got.map((q) => q[1])).toEqual(['Javid Ahmad', 'Omar Nessar']);
  });

  it('resolves "der Neurologe" to the last speaker and keeps "ein Militärexperte" as someone new', () => {
    const got = attributed(
      [
        'Harald Prüß sagt, das sei "in seiner Dimension total überschätzt".',
        'Das sei selten, sagt der Neurologe. "Es gibt keinen Biomarker."',
        '"Diese Offensive kann nicht scheitern", sagt ein Militärexperte.',
      ],
      'de',
    );
    expect(got.map((q) => q[1])).toEqual(['Harald Prüß', 'Harald Prüß', 'ein Militärexperte']);
  });

  it('maps a surname to the fullest name in the article', () => {
    const { speakers } = findQuotes(
      [
        'Zamir Kabulov, a department chief at the Foreign Ministry, visited Kabul.',
        '"We would rather fight them on the Amu Darya," Kabulov told Interfax.',
      ],
      'en',
    );
    expect(speakers).toEqual([
      expect.objectContaining({
        name: 'Zamir Kabulov',
        role: 'department chief at the Foreign Ministry',
        aliases: ['Kabulov'],
        quoteCount: 1,
      }),
    ]);
  });
});

describe('terms are not quotes', () => {
  it.each([
    ['so-called', 'en', 'He fought the so-called "Islamic State" group, he said.'],
    ['a title of a work', 'en', 'Gilley, author of the 2017 article "The Case for Colonialism," argued otherwise.'],
    ['a name', 'de', 'Das berichtet die Online-Zeitung "Ukrajinska Prawda".'],
    ['a scare quote', 'en', 'The "white" population in the colonies was small.'],
    ['French dite', 'fr', 'La loi dite « renseignement » a été votée.'],
  ])('%s', (_name, lang, text) => {
    const result = findQuotes([text], lang);
    expect(result.quotes).toEqual([]);
    expect(result.terms.length).toBe(1);
  });
});
