/**
 * The one way the reading view and the rendered article build elements:
 * `h('button', { class: 'qr-btn', 'aria-label': label, onclick: go }, icon, 'text')`.
 *
 * Elements are made in their namespace (XHTML, or SVG for SVG's own tags), never with
 * `createElement`: in an XML or SVG document that makes namespace-less elements (no `dataset`,
 * no shadow root, unstyled), and the view must still be able to say such a page is no article.
 * Strings become text nodes, never markup.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';

/** The SVG tags the view draws with (its icons); every other tag is XHTML. */
const SVG_TAGS: ReadonlySet<string> = new Set(['svg', 'path']);

/** A child: a node, or text. `null`, `undefined`, `false` and `''` add nothing, for conditional children. */
type Child = Node | string | null | undefined | false;

/**
 * Attributes by name (`class`, `aria-label`, `data-quote-id` …): a string or number is set as
 * is, `true` as an empty attribute, `false`, `null` and `undefined` not at all. A function under
 * an `on…` name listens to that event (`onclick`).
 */
type Props = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

type SvgOnly = Exclude<keyof SVGElementTagNameMap, keyof HTMLElementTagNameMap>;

export interface ElementBuilder {
  <K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K];
  <K extends SvgOnly>(tag: K, props?: Props | null, ...children: Child[]): SVGElementTagNameMap[K];
}

/** `h` for elements of `doc`. */
export function elementBuilder(doc: Document): ElementBuilder {
  return ((tag: string, props?: Props | null, ...children: Child[]): Element => {
    const el = doc.createElementNS(SVG_TAGS.has(tag) ? SVG : XHTML, tag);
    for (const [name, value] of Object.entries(props ?? {})) {
      if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
      else if (value === true) el.setAttribute(name, '');
      else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
    }
    for (const child of children) if (child) el.append(child);
    return el;
  }) as ElementBuilder;
}
