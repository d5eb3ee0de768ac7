/** Interviews set out as paragraphs with no quote marks (src/core/quotes/interview.ts). Invented text. */
import { describe, expect, it } from 'vitest';
import { findAnswers } from '../../src/core/quotes/interview.js';
import { attributed } from './quotes-helpers.js';

describe('interview answers', () => {
  it('reads labelled and dash-opened answers as the answerer’s words', () => {
    const got = attributed(
      [
        'DW: Were you forced to resign?',
        'Jane Roe: No. Nobody forced me.',
        'DW: What does the president want?',
        '- The president wants peace.',
        'DW: And the neighbours?',
        '– It varies. They have lost some vigilance.',
      ],
      'en',
    );
    expect(got).toEqual([
      ['No. Nobody forced me.', 'Jane Roe'],
      ['The president wants peace.', 'Jane Roe'],
      ['It varies. They have lost some vigilance.', 'Jane Roe'],
    ]);
  });

  it('gives a transcript’s answers to their own labels, not to the interview’s main answerer', () => {
    const got = attributed(
      [
        'HOST: Will you debate again?',
        'JANE ROE: We have debated enough.',
        'HOST: Why not once more?',
        'DOE: Honestly, I believe this is the moment.',
      ],
      'en',
    );
    expect(got.map((q) => q[1])).toEqual(['JANE ROE', 'DOE']);
  });

  it('leaves a list of questions and answers labelled by letters alone', () => {
    const paragraphs = ['Q: When does it open?', 'A: At nine.', 'Q: Is it free?', 'A: Yes, for children.'];
    expect(findAnswers(paragraphs)).toEqual([]);
    expect(attributed(paragraphs, 'en')).toEqual([]);
  });

  it('needs two answered questions: one question in a story is no interview', () => {
    expect(findAnswers(['Who pays for it?', '- Nobody knows, said the mayor.', 'The plan goes on.'])).toEqual([]);
  });
});
