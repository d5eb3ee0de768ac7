/**
 * The page hidden from assistive technology while the view is open (src/content/view/hide-page.ts),
 * in jsdom: which elements get `aria-hidden`, what the page adds or writes meanwhile, and the
 * page given back byte for byte. The browser tests check the accessibility tree itself.
 */
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';

const PAGE =
  '<html><head><title>T</title></head><body><header>H</header><main aria-hidden="false"><p>Text</p></main>' +
  'loose text<footer aria-hidden="true">F</footer></body><div id="after">A</div></html>';

/** A page in jsdom, its globals set for the module, and the view's holder appended to `<html>`. */
async function page(html = PAGE) {
  const dom = new JSDOM(`<!doctype html>${html}`);
  const g = globalThis as Record<string, unknown>;
  g.document = dom.window.document;
  g.Node = dom.window.Node;
  g.MutationObserver = dom.window.MutationObserver;
  const doc = dom.window.document;
  const before = doc.documentElement.outerHTML;
  const holder = doc.createElement('dialog');
  doc.documentElement.append(holder);
  const { hidePage } = await import('../../src/content/view/hide-page.js');
  return { doc, before, holder, hiding: hidePage(holder) };
}

const values = (doc: Document) =>
  [...Array.from(doc.documentElement.children), ...Array.from(doc.body.children)].map(
    (el) => `${el.localName}:${el.getAttribute('aria-hidden')}`,
  );
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('hiding the page from assistive technology', () => {
  afterEach(() => {
    for (const name of ['document', 'Node', 'MutationObserver']) delete (globalThis as Record<string, unknown>)[name];
    vi.restoreAllMocks();
  });

  it('hides the children of <body> and of <html> but <head>, <body> and the holder, and gives each its value back', async () => {
    const { doc, before, holder, hiding } = await page();
    expect(values(doc)).toEqual([
      'head:null',
      'body:null',
      'dialog:null',
      'header:true',
      'main:true',
      'span:true', // the loose text, in the view's wrapper
      'footer:true',
      'div:true', // the parser puts it in <body>; the next test adds one to <html>
    ]);
    const wrapper = doc.querySelector('span')!;
    expect(wrapper.textContent).toBe('loose text');
    const { isLooseTextWrapper } = await import('../../src/content/view/hide-page.js');
    expect(isLooseTextWrapper(wrapper)).toBe(true);
    expect(isLooseTextWrapper(doc.querySelector('main')!)).toBe(false);
    hiding.show();
    holder.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides loose text the page adds meanwhile, keeps the wrapper hidden, and gives the text back where it is', async () => {
    const { doc, before, holder, hiding } = await page();
    const { isHidingRecord } = await import('../../src/content/view/hide-page.js');
    // Judged as they are delivered, as the page's changes are watched (page-changes.ts).
    const pages: MutationRecord[] = [];
    const watch = new doc.defaultView!.MutationObserver((r) => pages.push(...r.filter((x) => !isHidingRecord(x))));
    watch.observe(doc, { subtree: true, childList: true, attributes: true });
    const late = doc.createTextNode('late words');
    doc.body.insertBefore(late, doc.querySelector('footer'));
    doc.body.append(doc.createTextNode('  \n')); // white space stays as it is
    await delivered();
    const wrapper = late.parentElement!;
    expect(wrapper.localName).toBe('span');
    expect(wrapper.getAttribute('aria-hidden')).toBe('true');
    wrapper.setAttribute('aria-hidden', 'false'); // the page cannot show it
    await delivered();
    expect(wrapper.getAttribute('aria-hidden')).toBe('true');
    expect(doc.body.lastChild!.parentNode).toBe(doc.body);
    hiding.show();
    await delivered();
    // The view's records (wrapping, unwrapping) are its own; the page's two additions are not.
    expect(pages.map((r) => [...Array.from(r.addedNodes)].map((n) => n.textContent))).toEqual([
      ['late words'],
      ['  \n'],
    ]);
    expect(late.parentNode).toBe(doc.body);
    holder.remove();
    late.remove();
    doc.body.lastChild!.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides what the page adds meanwhile, keeps the value the page writes, and gives that back', async () => {
    const { doc, before, holder, hiding } = await page();
    const late = doc.createElement('aside');
    doc.body.append(late);
    const top = doc.createElement('section');
    doc.documentElement.append(top);
    doc.querySelector('main')!.setAttribute('aria-hidden', 'maybe');
    doc.querySelector('header')!.removeAttribute('aria-hidden');
    await delivered();
    expect(late.getAttribute('aria-hidden')).toBe('true');
    expect(top.getAttribute('aria-hidden')).toBe('true');
    expect(doc.querySelector('main')!.getAttribute('aria-hidden')).toBe('true');
    expect(doc.querySelector('header')!.getAttribute('aria-hidden')).toBe('true');
    // A write not delivered yet when the view closes counts too.
    doc.querySelector('footer')!.setAttribute('aria-hidden', 'false');
    hiding.show();
    holder.remove();
    expect(doc.querySelector('main')!.getAttribute('aria-hidden')).toBe('maybe');
    expect(doc.querySelector('header')!.hasAttribute('aria-hidden')).toBe(false);
    expect(doc.querySelector('footer')!.getAttribute('aria-hidden')).toBe('false');
    expect(late.hasAttribute('aria-hidden')).toBe(false);
    late.remove();
    top.remove();
    doc.querySelector('main')!.setAttribute('aria-hidden', 'false');
    doc.querySelector('footer')!.setAttribute('aria-hidden', 'true');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  // The clock is the test's: 5 ms passes at each look, so a slice ends after a few checks however
  // fast the machine (a quiet one wrote all 1,000 in one 8 ms slice); the browsers' times on
  // 50,000 children are in the commit.
  it('writes many children of <body> a slice at a time, and a close midway gives back exactly what it reached', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    const many = Array.from({ length: 1_000 }, (_, i) => (i % 50 ? '<p>w</p>' : '<p aria-hidden="false">w</p>'));
    const hiddenNow = (doc: Document) => doc.querySelectorAll('body > [aria-hidden="true"]').length;
    // Closed midway: the first slice is written at once, the rest never.
    const first = await page(`<html><head></head><body>${many.join('')}</body></html>`);
    const firstSlice = hiddenNow(first.doc);
    expect(firstSlice).toBeGreaterThan(0);
    expect(firstSlice).toBeLessThan(1_000);
    first.hiding.show();
    first.holder.remove();
    expect(first.doc.documentElement.outerHTML).toBe(first.before);
    await delivered();
    expect(hiddenNow(first.doc)).toBe(0);
    // Left open: every child is reached in later tasks, each a slice, and all given back.
    const { doc, before, holder, hiding } = await page(`<html><head></head><body>${many.join('')}</body></html>`);
    let tasks = 0;
    while (hiddenNow(doc) < 1_000 && tasks < 10_000) {
      await delivered();
      tasks++;
    }
    expect(hiddenNow(doc)).toBe(1_000);
    expect(tasks).toBeGreaterThan(0);
    hiding.show();
    holder.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
