import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/core/extract/dates.js';
import { minutesToRead } from '../../src/core/extract/article.js';

describe('toIsoDate', () => {
  it.each([
    ['2016-03-02T12:31:00.000Z', '2016-03-02T12:31:00.000Z'],
    ['2023-04-28', '2023-04-28'],
    ['28.04.2023', '2023-04-28'],
    ['1.6.2013', '2013-06-01'],
    ['03/02/2016', null], // month or day first? DW's English pages are ambiguous: not guessed
    ['vor 3 Stunden', null],
    ['31.13.2020', null],
    ['٣١.١٠.٢٠١٩', '2019-10-31'], // Arabic-Indic digits
    ['२५.०९.२०१७', '2017-09-25'], // Devanagari digits
    ['2013年5月2日', '2013-05-02'], // DW's Chinese pages
    ['2019/10/31', '2019-10-31'],
    ['۱۴۰۲/۰۸/۱۲', '2023-11-03'], // Solar Hijri (DW Persian, Dari): 12 Aban 1402
    ['1403/01/01', '2024-03-20'], // Nowruz 1403
    ['1399/12/30', '2021-03-20'], // last day of a leap year
    ['1402/07/31', null], // the Solar Hijri autumn months have 30 days
    ['', null],
  ])('%s -> %s', (text, iso) => expect(toIsoDate(text)).toBe(iso));
});

describe('minutesToRead', () => {
  it('counts words, and characters in Chinese', () => {
    expect(minutesToRead('word '.repeat(238 * 3))).toBe(3);
    expect(minutesToRead('')).toBe(1);
    expect(minutesToRead('中'.repeat(255 * 4))).toBe(4);
  });
});
