import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { withoutTitleTail } from '../../src/core/extract/title-tail.js';
import { readPage } from '../../src/core/pipeline.js';

describe('a title loses the "| Author" or " - Site" tail that repeats its byline or site', () => {
  it('drops a tail that is the byline', () => {
    expect(withoutTitleTail('Whales strand again | Eleanor Ainge Roy', ['Eleanor Ainge Roy', 'the Guardian'])).toBe(
      'Whales strand again',
    );
  });
  it('drops every matching tail, in any case and with "by"', () => {
    expect(
      withoutTitleTail('Samantha and The Great Big Lie - John C. Welch - Medium', ['by John C. Welch', 'MEDIUM']),
    ).toBe('Samantha and The Great Big Lie');
  });
  it('matches a site written as its domain', () => {
    expect(withoutTitleTail('Friday Facts #282 - 0.17 in sight | Factorio', ['Factorio.com'])).toBe(
      'Friday Facts #282 - 0.17 in sight',
    );
  });
  it('keeps a tail that names anything else', () => {
    expect(withoutTitleTail('What kind of wordchain? - Super Supportive', ['Royal Road', 'Follow Author'])).toBe(
      'What kind of wordchain? - Super Supportive',
    );
    expect(withoutTitleTail('Lorem ipsum dolor sit amet – My website', [null, undefined])).toBe(
      'Lorem ipsum dolor sit amet – My website',
    );
  });
  it('keeps a tail when too little would be left, and a hyphen inside a word', () => {
    expect(withoutTitleTail('Obama | BBC News', ['BBC News'])).toBe('Obama | BBC News');
    expect(withoutTitleTail('Anti-war protest in Berlin-Mitte', ['Mitte'])).toBe('Anti-war protest in Berlin-Mitte');
  });
  it('gives the Guardian test page its headline alone', () => {
    const url = 'https://www.theguardian.com/world/2016/feb/12/maori-tribes-whale-strandings';
    const html = readFileSync('test/fixtures/readability/guardian-1/source.html', 'utf8');
    const article = readPage(new JSDOM(html, { url }).window.document, url).article;
    expect(article?.byline).toBe('Eleanor Ainge Roy');
    expect(article?.title).toBe("'What is the sea telling us?': Māori tribes fearful over whale strandings");
  });
});
