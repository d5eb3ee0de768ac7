/**
 * The reading plan: the drawn article (as the view draws it) in reading order, narration and
 * quotes apart, each quote with its speaker, the speaker's name read only where the sentence does
 * not say it.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/pipeline.js';
import { renderArticle } from '../../src/core/render/render.js';
import { nameForms, type PlannedUtterance, planReading } from '../../src/view/read-aloud/plan.js';

const SEED_URL = 'https://www.dw.com/en/from-foe-to-friend/a-19084123';
const seed = readFileSync(new URL('../../examples/dw-from-foe-to-friend.html', import.meta.url), 'utf8');

/** The seed article drawn as the view draws it, and its plan. */
function seedPlan() {
  const page = new JSDOM(seed, { url: SEED_URL });
  const analysis = analyzePage(page.window.document, SEED_URL);
  const view = new JSDOM('<!doctype html><body></body>', { url: SEED_URL });
  const article = renderArticle(view.window as unknown as Window, analysis);
  view.window.document.body.append(article);
  const { quotes, speakers } = analysis.quotes;
  const plan = planReading(article, {
    lang: 'en',
    speakerOf(id) {
      const quote = quotes[id];
      const speaker = speakers.find((s) => s.id === quote?.speakerId);
      return speaker
        ? { name: speaker.name, forms: nameForms(speaker.name, speaker.aliases, quote?.speakerMention) }
        : { name: null, forms: [] };
    },
  });
  return { analysis, article, plan };
}

/** Text without white space and quote marks, to compare what is said with what is shown. */
const squash = (text: string): string => text.replace(/[\s"“”„«»‘’']+/g, '');

describe('planReading on the seed article', () => {
  const { analysis, article, plan } = seedPlan();
  const said = plan.filter((u) => u.kind !== 'speaker');

  it('reads every word of the title, lead and body once, in order', () => {
    const parts = ['.qr-title', '.qr-lead', '.qr-body'].map((s) => article.querySelector(s)?.textContent ?? '');
    expect(squash(said.map((u) => u.text).join(' '))).toBe(squash(parts.join(' ')));
  });

  it('says each quote in quote utterances, in the engine’s order, with its speaker', () => {
    const quoteIds = [...new Set(said.filter((u) => u.kind === 'quote').map((u) => u.quoteId))];
    expect(quoteIds).toEqual(analysis.quotes.quotes.map((_, i) => i));
    for (const [id, quote] of analysis.quotes.quotes.entries()) {
      const words = said.filter((u) => u.kind === 'quote' && u.quoteId === id);
      expect(squash(words.map((u) => u.text).join(' '))).toContain(squash(quote.text));
      const speaker = analysis.quotes.speakers.find((s) => s.id === quote.speakerId)?.name ?? null;
      for (const u of words) expect(u.speaker).toBe(speaker);
    }
    expect(said.every((u) => (u.kind === 'narration') === (u.quoteId === null))).toBe(true);
  });

  it('cuts narration into sentences and marks exactly what it says', () => {
    expect(said.length).toBeGreaterThan(analysis.quotes.quotes.length * 2);
    for (const u of plan.filter((x) => x.kind !== 'speaker')) {
      const range = u.start.node.ownerDocument.createRange();
      range.setStart(u.start.node, u.start.offset);
      range.setEnd(u.end.node, u.end.offset);
      expect(squash(range.toString())).toBe(squash(u.text));
    }
  });

  it('reads no name where the article names every speaker next to the quote', () => {
    // Each seed quote has its speaker in the sentence ("said Omar Nessar"), the one before
    // ("Yale analyst Ahmad says …") or is the same speaker's next quote ("said the expert").
    expect(plan.filter((u) => u.kind === 'speaker')).toEqual([]);
    const split = said.filter((u) => u.quoteId === 7).map((u) => u.text);
    expect(split).toHaveLength(2);
    expect(split[1]).toMatch(/^Why shouldn't this also apply to Russia\?/);
  });

  it('gives paragraphs rising numbers in document order', () => {
    const blocks = plan.map((u) => u.block);
    expect(blocks).toEqual([...blocks].sort((a, b) => a - b));
    expect(plan[0]!.element.classList.contains('qr-title')).toBe(true);
  });
});

/** A drawn paragraph with quote marks as render.ts makes them. */
function drawn(html: string, speakers: Record<number, { name: string; aliases?: string[]; mention?: string }>) {
  const view = new JSDOM(
    `<!doctype html><body><article><h1 class="qr-title">Title</h1><div class="qr-body">${html}</div></article></body>`,
  );
  const article = view.window.document.querySelector('article')!;
  return planReading(article, {
    lang: 'en',
    speakerOf(id) {
      const s = speakers[id];
      return s ? { name: s.name, forms: nameForms(s.name, s.aliases ?? [], s.mention) } : { name: null, forms: [] };
    },
  });
}

const shape = (plan: PlannedUtterance[]) => plan.map((u) => `${u.kind}:${u.text}`);

describe('planReading, speakers', () => {
  it('reads the name before a quote whose sentence says only "he"', () => {
    const plan = drawn('<p>The talks failed. <mark data-quote-id="0">“We will not give up,”</mark> he said.</p>', {
      0: { name: 'Omar Nessar', mention: 'he' },
    });
    expect(shape(plan)).toEqual([
      'narration:Title',
      'narration:The talks failed.',
      'speaker:Omar Nessar',
      'quote:“We will not give up,”',
      'narration:he said.',
    ]);
  });

  it('does not read it when the sentence names the speaker, by surname or the mention', () => {
    const bySurname = drawn('<p><mark data-quote-id="0">“No,”</mark> Nessar told DW.</p>', {
      0: { name: 'Omar Nessar' },
    });
    expect(bySurname.some((u) => u.kind === 'speaker')).toBe(false);
    const byRole = drawn('<p>The minister said: <mark data-quote-id="0">“No.”</mark></p>', {
      0: { name: 'Anna Berg', mention: 'The minister' },
    });
    expect(byRole.some((u) => u.kind === 'speaker')).toBe(false);
  });

  it('does not repeat the name for the same speaker’s next quote, and reads none for an unattributed one', () => {
    const plan = drawn(
      '<p><mark data-quote-id="0">“One.”</mark> Then: <mark data-quote-id="1">“Two.”</mark></p><p><mark data-quote-id="2">“Three.”</mark></p>',
      { 0: { name: 'Omar Nessar' }, 1: { name: 'Omar Nessar' } },
    );
    expect(shape(plan)).toEqual([
      'narration:Title',
      'speaker:Omar Nessar',
      'quote:“One.”',
      'narration:Then:',
      'quote:“Two.”',
      'quote:“Three.”',
    ]);
  });

  it('reads a quote of several sentences sentence by sentence, and skips buttons and captions', () => {
    const plan = drawn(
      '<figure><img alt=""><figcaption>A caption</figcaption></figure><p><mark data-quote-id="0">“We are ready. We will win.”</mark><button>Save</button> Nessar said.</p>',
      { 0: { name: 'Omar Nessar' } },
    );
    expect(shape(plan)).toEqual([
      'narration:Title',
      'quote:“We are ready.',
      'quote:We will win.”',
      'narration:Nessar said.',
    ]);
  });

  it('leaves out what is not shown', () => {
    const view = new JSDOM(
      '<article><div class="qr-body"><p>Seen <span hidden>unseen</span> text.</p></div></article>',
    );
    const plan = planReading(view.window.document.querySelector('article')!, {
      lang: 'en',
      speakerOf: () => null,
      shown: (el) => !el.hasAttribute('hidden'),
    });
    expect(shape(plan)).toEqual(['narration:Seen text.']);
  });
});

describe('planReading, sentences', () => {
  const sentences = (lang: string, text: string) => {
    const view = new JSDOM(`<article><div class="qr-body"><p>${text}</p></div></article>`);
    return planReading(view.window.document.querySelector('article')!, { lang, speakerOf: () => null }).map(
      (u) => u.text,
    );
  };
  it('keeps a German ordinal date in its sentence, and cuts after a number that ends one', () => {
    expect(sentences('de', 'Gewählt wird am 17. März. Danach nicht.')).toEqual([
      'Gewählt wird am 17. März.',
      'Danach nicht.',
    ]);
    expect(sentences('en', 'It began in 2001. Then it grew.')).toEqual(['It began in 2001.', 'Then it grew.']);
  });
});

describe('nameForms', () => {
  it('takes the name, its capitalised parts, aliases and a mention that is not a pronoun', () => {
    expect(nameForms('Omar Nessar', ['Nessar'], 'he')).toEqual(['Omar Nessar', 'Omar', 'Nessar']);
    expect(nameForms('Angela Merkel', [], 'the chancellor')).toContain('the chancellor');
  });
});
