/**
 * Where the parts of a DW article sit, in the current layout (2021-) and the older one.
 * Matched by structure and readable class names only; `sc-*` class names are generated and
 * change with every redesign (README.md beside this file).
 */

/** The parts of one DW article page. All are elements of the document they were found in. */
export interface DwParts {
  layout: 'current' | 'older';
  /** The element that holds the whole article: `article`, or the older `#bodyContent .col3`. */
  root: Element;
  title: Element | null;
  /** The teaser (`header p.teaser-text`) or older intro (`p.intro`). */
  lead: Element | null;
  /** The figure or older `.picBox` shown above the body. */
  leadFigure: Element | null;
  /** Current: `.author-details`; older: the meta list `ul.smallList`. */
  byline: Element | null;
  /** The running text: `div.rich-text`, or each older `div.longText`. */
  bodies: Element[];
}

/** Related blocks of the current layout: "Explore more", "Top Story" (with its own h1) ... */
export const DW_SECTION = 'section[data-tracking-name^="section-"]';

/** Finds the article's parts, or null when `doc` has neither layout's article. */
export function findDwParts(doc: Document): DwParts | null {
  return findCurrent(doc) ?? findOlder(doc);
}

function findCurrent(doc: Document): DwParts | null {
  const root = Array.from(doc.querySelectorAll('article')).find(
    (el) => el.querySelector('h1') !== null && el.closest(DW_SECTION) === null,
  );
  if (!root) return null;
  const header = root.querySelector('header');
  const title = (header ?? root).querySelector('h1');
  const body = root.querySelector('[data-tracking-name="rich-text"], .rich-text') ?? densestBlock(root, header);
  const lead = header ? (header.querySelector('p.teaser-text') ?? lastChildOfType(header, 'P')) : null;
  const leadFigure =
    Array.from(root.querySelectorAll('figure')).find(
      (fig) => !(body?.contains(fig) ?? false) && !header?.contains(fig) && fig.closest('footer') === null,
    ) ?? null;
  return {
    layout: 'current',
    root,
    title,
    lead,
    leadFigure,
    byline: (header ?? root).querySelector('.author-details'),
    bodies: body ? [body] : [],
  };
}

function findOlder(doc: Document): DwParts | null {
  const root = Array.from(doc.querySelectorAll('#bodyContent .col3')).find((el) => el.querySelector(':scope > h1'));
  if (!root) return null;
  return {
    layout: 'older',
    root,
    title: root.querySelector(':scope > h1'),
    lead: root.querySelector(':scope > p.intro'),
    leadFigure: root.querySelector(':scope > .picBox'),
    byline: root.querySelector('ul.smallList') ?? doc.querySelector('#bodyContent ul.smallList'),
    bodies: Array.from(root.querySelectorAll(':scope > .group > .longText')),
  };
}

/**
 * The block with the most paragraph children: the 2024 layout's body has only generated class
 * names.
 */
function densestBlock(root: Element, header: Element | null): Element | null {
  let best: Element | null = null;
  let bestCount = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || parent === best || header?.contains(parent)) continue;
    const count = Array.from(parent.children).filter((c) => c.tagName === 'P').length;
    if (count > bestCount) {
      best = parent;
      bestCount = count;
    }
  }
  return best;
}

function lastChildOfType(el: Element, tag: string): Element | null {
  const matches = Array.from(el.children).filter((c) => c.tagName === tag);
  return matches[matches.length - 1] ?? null;
}
