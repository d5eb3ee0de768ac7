/** Building the view's article: quote marks inside the highlight, attribution attributes, page data attributes dropped. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/pipeline.js';
import { renderArticle, shortName, spanWithMarks } from '../../src/core/render/render.js';

const SEED_URL = 'https://www.dw.com/en/from-foe-to-friend/a-19084123';
const seed = readFileSync(new URL('../../examples/dw-from-foe-to-friend.html', import.meta.url), 'utf8');

describe('spanWithMarks', () => {
  const cases: [string, string, string][] = [
    [
      '"Russia has sought closer ties," he told DW',
      'Russia has sought closer ties',
      '"Russia has sought closer ties,"',
    ],
    ['Er sagte: „Wir bleiben hier.“ Dann ging er.', 'Wir bleiben hier', '„Wir bleiben hier.“'],
    ['« Nous restons ici », a-t-il dit.', 'Nous restons ici', '« Nous restons ici »'],
    ['interests "objectively coincide" with', 'objectively coincide', '"objectively coincide"'],
    ["the players' union said it would stay", 'it would stay', 'it would stay'],
  ];
  it.each(cases)('%s', (text, quote, highlighted) => {
    const start = text.indexOf(quote);
    const [s, e] = spanWithMarks(text, start, start + quote.length);
    expect(text.slice(s, e)).toBe(highlighted);
  });
});

describe('shortName', () => {
  it("gives a person's surname and leaves descriptions whole", () => {
    expect(shortName('Omar Nessar')).toBe('Nessar');
    expect(shortName('the expert')).toBe('the expert');
  });
});

describe('renderArticle on the seed page', () => {
  const dom = new JSDOM(seed, { url: SEED_URL });
  const analysis = analyzePage(dom.window.document, SEED_URL);
  const view = new JSDOM('<!doctype html><body></body>', { url: SEED_URL });
  const article = renderArticle(view.window as unknown as Window, analysis);

  it('highlights every quote once, with its speaker and what a screen reader says', () => {
    const first = Array.from(article.querySelectorAll('mark[data-quote-first]'));
    expect(first).toHaveLength(analysis.result.quotes.length);
    first.forEach((mark, i) => {
      const quote = analysis.result.quotes[i]!;
      expect(mark.getAttribute('data-quote-speaker')).toBe(quote.speaker ?? '');
      expect(mark.getAttribute('data-quote-sr')).toBe(
        quote.speaker ? `quote by ${quote.speaker}` : 'quote, speaker unknown',
      );
      const all = article.querySelectorAll(`mark[data-quote-id="${mark.getAttribute('data-quote-id')}"]`);
      expect(
        Array.from(all)
          .map((m) => m.textContent)
          .join(''),
      ).toContain(quote.text);
    });
  });

  it('keeps the article text: highlighting adds no words', () => {
    const shown = article.querySelector('.qr-body')!.textContent!.replace(/\s+/g, ' ');
    for (const paragraph of analysis.result.article!.text.split('\n\n')) expect(shown).toContain(paragraph);
  });

  it('shows the header from the metadata, as text', () => {
    expect(article.querySelector('h1')!.textContent).toBe('From foe to friend');
    expect(article.querySelector('.qr-lead')!.textContent).toMatch(/^More than two decades/);
    expect(article.querySelector('.qr-credit')!.textContent).toBe('picture-alliance/A. Druzhinin/RIA Novosti');
    expect(article.querySelector('time')!.getAttribute('datetime')).toMatch(/^2016-03-02/);
    expect(article.lang).toBe('en');
  });

  it('drops data attributes the page itself carried, so a page cannot fake a highlight', () => {
    const page = new JSDOM(
      seed.replace(
        '<p>Russia and Afghanistan',
        '<p data-quote-id="99" data-quote-speaker="Mallory" data-track="x">Russia and Afghanistan',
      ),
      { url: SEED_URL },
    );
    const rendered = renderArticle(view.window as unknown as Window, analyzePage(page.window.document, SEED_URL));
    expect(rendered.querySelector('[data-quote-id="99"], [data-quote-speaker="Mallory"], [data-track]')).toBeNull();
  });
});

describe('quotes in the headline and the lead', () => {
  const page = `<!doctype html><html lang="en"><head><title>Minister Jane Doe: "We will rebuild the bridge"</title></head><body><article>
    <h1>Minister Jane Doe: "We will rebuild the bridge"</h1>
    <p class="lead">The town lost its only crossing in the flood, and the minister promised it would be "the first thing we fix".</p>
    ${'<p>The flood came at night and swept the old bridge away, and the people of the valley have waited for months since. The council met again and again, and the engineers gave their reports to anyone who would listen to them.</p>'.repeat(4)}
    <p>"We will rebuild the bridge before winter," Doe told reporters on Monday, standing by the river.</p>
  </article></body></html>`;
  const url = 'https://example.org/news/bridge';
  const dom = new JSDOM(page, { url });
  const analysis = analyzePage(dom.window.document, url, { force: true });

  it('finds them, marked as the title and the lead', () => {
    const parts = analysis.result.quotes.map((q) => [q.part, q.text]);
    expect(parts).toContainEqual(['title', 'We will rebuild the bridge']);
    expect(analysis.result.quotes.filter((q) => q.part === 'body').map((q) => q.text)).toContain(
      'We will rebuild the bridge before winter',
    );
  });

  it('highlights the headline’s quote in the view', () => {
    const view = new JSDOM('<!doctype html><body></body>', { url });
    const article = renderArticle(view.window as unknown as Window, analysis);
    const marks = Array.from(article.querySelectorAll('h1 mark[data-quote-id]'));
    // The last word sits in a mark of its own, held on one line with what follows it.
    expect(marks.map((m) => m.textContent).join('')).toBe('"We will rebuild the bridge"');
    expect(marks.at(-1)?.closest('[data-quote-end]')?.textContent).toBe('bridge"');
  });
});
