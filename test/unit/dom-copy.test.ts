/**
 * The page's DOM copied as data and rebuilt (src/common/dom-copy.ts): the view reads the tree the
 * browser built, not a parse of its serialization, which can differ.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { copyTree, type DomCopy, rebuildTree } from '../../src/common/dom-copy.js';

const LIMITS = { elements: 40_001, depth: 257, chars: 4_000_000 };

function copyOf(root: Element, skip: Node | null = null, limits = LIMITS): DomCopy {
  const walk = copyTree(root, skip, limits);
  let slices = 0;
  // A slice at a time, as the page side runs it: stopping often must not change the copy.
  while (!walk.step(() => true)) slices++;
  expect(slices).toBeGreaterThanOrEqual(0);
  return walk.out;
}

const rebuilt = (copy: DomCopy): Element => {
  const doc = new JSDOM('').window.document;
  const root = rebuildTree(doc, copy);
  if (!root) throw new Error('no root');
  return root;
};

describe('the DOM copy', () => {
  it("copies the page's own aria-hidden, not the one the view sets while it is open", () => {
    const html =
      '<html><body><main aria-hidden="true" id="m"><p>Text</p></main><aside aria-hidden="true" class="x">A</aside>' +
      '<nav aria-hidden="true">N</nav></body></html>';
    const doc = new JSDOM(html).window.document;
    const [main, aside] = [doc.getElementById('m')!, doc.querySelector('aside')!];
    // The page had none on <main> and "false" on <aside>; <nav> the view did not touch.
    const own = {
      name: 'aria-hidden',
      pageValue: (el: Element) => (el === main ? null : el === aside ? 'false' : undefined),
    };
    const walk = copyTree(doc.documentElement, null, LIMITS, own);
    while (!walk.step(() => false));
    expect(rebuilt(walk.out).querySelector('body')!.innerHTML).toBe(
      '<main id="m"><p>Text</p></main><aside aria-hidden="false" class="x">A</aside><nav aria-hidden="true">N</nav>',
    );
  });

  it("takes loose text where the page has it, not in the view's wrapper, even one put round it midway", () => {
    // The walk stops every 256 nodes: the 256th is the second text (html, head, body, wrapper,
    // "one", then two nodes per <p>), which it has not copied yet.
    const filler = '<p>w</p>'.repeat(125);
    const doc = new JSDOM(`<html><body>one${filler}two<p>end</p></body></html>`).window.document;
    const wrappers = new Set<Element>();
    const wrap = (text: Node) => {
      const span = doc.createElement('span');
      span.setAttribute('aria-hidden', 'true');
      wrappers.add(span);
      text.parentNode!.insertBefore(span, text);
      span.append(text);
    };
    const [one, two] = [doc.body.firstChild!, doc.body.childNodes[126]!];
    expect(two.textContent).toBe('two');
    wrap(one);
    const own = { name: 'aria-hidden', pageValue: () => undefined, wrapper: (el: Element) => wrappers.has(el) };
    const walk = copyTree(doc.documentElement, null, LIMITS, own);
    let stops = 0;
    while (!walk.step(() => true)) if (++stops === 1) wrap(two); // the walk stands on it now
    expect(stops).toBeGreaterThan(0);
    expect(rebuilt(walk.out).querySelector('body')!.innerHTML).toBe(`one${filler}two<p>end</p>`);
  });

  it('rebuilds an ordinary page node for node (but comments, and script and style text)', () => {
    const html =
      '<html lang="de"><head><title>T</title><style>p{color:red}</style><script>var x = 1;</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><!-- c -->' +
      '<article><h1 class="a" data-x="1">Title</h1><p>“Quote,” said <b>A&amp;B</b>.</p>' +
      '<svg viewBox="0 0 1 1"><use xlink:href="#i"></use><foreignObject><p>in</p></foreignObject></svg></article></body></html>';
    const doc = new JSDOM(html).window.document;
    const root = rebuilt(copyOf(doc.documentElement));
    expect(root.outerHTML).toBe(
      doc.documentElement.outerHTML.replace('<!-- c -->', '').replace('p{color:red}', '').replace('var x = 1;', ''),
    );
    const use = root.querySelector('use')!;
    expect(use.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#i');
    expect(root.querySelector('foreignObject')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('keeps a tree that a serialization would not give back (a paragraph inside a paragraph)', () => {
    const doc = new JSDOM('<html><body></body></html>').window.document;
    const outer = doc.createElement('p');
    outer.append('before ', Object.assign(doc.createElement('p'), { textContent: 'inner' }), ' after');
    doc.body.append(outer);
    const reparsed = new JSDOM(doc.documentElement.outerHTML).window.document;
    // What outerHTML would have given: the inner paragraph closes the outer one.
    expect(reparsed.querySelector('p p')).toBeNull();
    const root = rebuilt(copyOf(doc.documentElement));
    expect(root.querySelectorAll('body > p')).toHaveLength(1);
    expect(root.querySelector('p > p')?.textContent).toBe('inner');
  });

  it('reads past markup that clobbers the DOM, and leaves out the view itself', () => {
    const doc = new JSDOM(
      '<html><body><form><input name="firstChild"><input name="attributes"><input name="nextSibling"></form>' +
        '<p>after</p><div id="quote-reader-root"><p>the view</p></div></body></html>',
    ).window.document;
    const root = rebuilt(copyOf(doc.documentElement, doc.getElementById('quote-reader-root')));
    expect(root.querySelectorAll('form input')).toHaveLength(3);
    expect(root.querySelector('form + p')?.textContent).toBe('after');
    expect(root.textContent).not.toContain('the view');
  });

  it('stops one element past the guard’s limit and one level below its depth, still a tree', () => {
    const doc = new JSDOM('<html><body></body></html>').window.document;
    for (let i = 0; i < 50; i++) doc.body.append(doc.createElement('span'));
    let deep: Element = doc.body;
    for (let i = 0; i < 30; i++) deep = deep.appendChild(doc.createElement('div'));
    deep.append('bottom');
    const limits = { elements: 20, depth: 10, chars: 100 };
    const wide = rebuilt(copyOf(doc.documentElement, null, limits));
    expect(wide.querySelectorAll('*').length + 1).toBe(20);
    for (const span of Array.from(doc.querySelectorAll('span'))) span.remove();
    const tall = rebuilt(copyOf(doc.documentElement, null, { ...limits, elements: 1000 }));
    const levels = (el: Element): number => (el.parentElement ? levels(el.parentElement) + 1 : 1);
    expect(Math.max(...Array.from(tall.querySelectorAll('*'), levels))).toBe(11);
    expect(tall.textContent).not.toContain('bottom');
  });

  it('drops names the DOM refuses instead of failing', () => {
    const doc = new JSDOM('').window.document;
    const copy: DomCopy = [
      1,
      1,
      'html',
      0,
      1,
      1,
      'body',
      2,
      0,
      'ok',
      'yes',
      0,
      'a"b',
      'no',
      1,
      1,
      'bad name',
      0,
      3,
      'kept',
      0,
      0,
      0,
    ];
    const root = rebuildTree(doc, copy)!;
    expect(root.querySelector('body')?.getAttribute('ok')).toBe('yes');
    expect(root.querySelector('body')?.textContent).toBe('kept');
  });
});
