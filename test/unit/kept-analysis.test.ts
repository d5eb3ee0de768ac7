/**
 * The analysis a view keeps for the next opening on an unchanged page (src/view/kept-analysis.ts):
 * as data through the ports and back, it draws the same article as the analysis it came from.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/pipeline.js';
import { renderArticle } from '../../src/core/render/render.js';
import { type KeptAnalysis, keepAnalysis, restoreAnalysis } from '../../src/view/kept-analysis.js';

const SEED_URL = 'https://www.dw.com/en/from-foe-to-friend/a-19084123';
const seed = readFileSync(new URL('../../examples/dw-from-foe-to-friend.html', import.meta.url), 'utf8');

const analyzed = () => analyzePage(new JSDOM(seed, { url: SEED_URL }).window.document, SEED_URL);
/** Through JSON, as the extension's ports carry it. */
const carried = (kept: KeptAnalysis): KeptAnalysis => JSON.parse(JSON.stringify(kept));
const emptyDocument = () => new JSDOM('').window.document;
const drawn = (analysis: ReturnType<typeof analyzed>): string => {
  const view = new JSDOM('', { url: 'chrome-extension://x/view.html' });
  return renderArticle(view.window as unknown as Window, analysis).outerHTML;
};

describe('the kept analysis', () => {
  it('draws the same article, quotes and speakers as the analysis it was kept from', () => {
    const analysis = analyzed();
    expect(analysis.quotes.quotes.length).toBeGreaterThan(5);
    const kept = carried(keepAnalysis(analysis));
    const restored = restoreAnalysis(kept, emptyDocument());
    expect(restored).not.toBeNull();
    expect(restored?.quotes).toEqual(analysis.quotes);
    expect(restored?.result).toEqual(analysis.result);
    expect(restored?.extraction?.paragraphs.map((p) => p.textContent)).toEqual(
      analysis.extraction?.paragraphs.map((p) => p.textContent),
    );
    expect(drawn(restored!)).toBe(drawn(analyzed()));
  });

  it('is refused when its body does not give the paragraphs its quotes point into', () => {
    const kept = carried(keepAnalysis(analyzed()));
    kept.extraction!.paragraphLengths[2]! += 1;
    expect(restoreAnalysis(kept, emptyDocument())).toBeNull();
    const fewer = carried(keepAnalysis(analyzed()));
    fewer.extraction!.paragraphLengths.pop();
    expect(restoreAnalysis(fewer, emptyDocument())).toBeNull();
  });

  it('keeps a page with nothing extracted as it is', () => {
    const analysis = analyzePage(new JSDOM('<html><body></body></html>', { url: SEED_URL }).window.document, SEED_URL);
    const restored = restoreAnalysis(carried(keepAnalysis(analysis)), emptyDocument());
    expect(restored).toEqual(analysis);
  });
});
