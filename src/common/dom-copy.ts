/**
 * A page's DOM as plain data, made on the page side in slices (so that no step holds the page's
 * main thread long) and rebuilt node for node in the view, where the pipeline reads it.
 *
 * Not `outerHTML` parsed again: serializing and parsing a document does not always give back
 * the same tree (that is how mutation XSS works, and a page parsed with scripting on differs
 * from its copy parsed with it off: `<noscript>`). Hostile markup could then make the view read a
 * different article from the one the page shows. This copies the tree as the browser built it.
 *
 * The format: a flat list, in document order. An element is `ELEMENT, namespace, name, count`,
 * then `count` times `namespace, name, value` for its attributes, then its children, then `END`;
 * a text node is `TEXT, data`. Namespaces are small numbers for the usual ones, else the URI.
 * Comments, processing instructions and template contents are left out; so is the text of
 * scripts (but JSON-LD, which the pipeline reads) and of style sheets.
 */
import { getter } from '../core/guard/builtin.js';

export type DomCopy = (string | number)[];

const END = 0;
const ELEMENT = 1;
const TEXT = 3;

const NAMESPACES = [
  '',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
];

/** How much of a page is copied at most: past these, the view's guard refuses the page anyway. */
export interface CopyLimits {
  /** Elements: one more than the guard allows, so that it sees the page is too large. */
  elements: number;
  /** Nesting: children below this depth are left out. */
  depth: number;
  /** Characters of text in all; text past it is copied empty (a bound on memory, not a rule). */
  chars: number;
}

/**
 * An attribute the reader itself sets on the page while the view is open (content/view/hide-page.ts):
 * the copy takes the page's own value of it instead (null: none; undefined: not set by the reader).
 */
export interface OwnAttribute {
  name: string;
  pageValue(el: Element): string | null | undefined;
  /** Whether `el` is the reader's wrapper around page text: the copy takes its children in its place. */
  wrapper?(el: Element): boolean;
}

const namespaceCode = (uri: string | null): number | string => {
  const i = NAMESPACES.indexOf(uri ?? '');
  return i === -1 ? (uri ?? '') : i;
};
const namespaceUri = (code: string | number): string | null =>
  typeof code === 'number' ? NAMESPACES[code] || null : code || null;

/** A copy being made of `root`'s tree, leaving out `skip` (the view's own element). */
export interface CopyWalk {
  /** The copy so far; each `step` appends to it. */
  out: DomCopy;
  /** Copies nodes until done (true) or until `enough()` says to stop for now (false). */
  step(enough: () => boolean): boolean;
}

/** Starts copying `root` (a document's root element). */
export function copyTree(root: Element, skip: Node | null, limits: CopyLimits, own?: OwnAttribute): CopyWalk {
  // The DOM's own getters, past anything a page's markup puts over them (`<input name=firstChild>`).
  const firstChild = getter<Node | null>(root, 'firstChild');
  const nextSibling = getter<Node | null>(root, 'nextSibling');
  const parentNode = getter<Node | null>(root, 'parentNode');
  const nodeType = getter<number>(root, 'nodeType');
  const localName = getter<string>(root, 'localName');
  const prefix = getter<string | null>(root, 'prefix');
  const namespaceURI = getter<string | null>(root, 'namespaceURI');
  const attributes = getter<NamedNodeMap>(root, 'attributes');
  const data = getter<string>(root.ownerDocument.createTextNode(''), 'data');

  const out: DomCopy = [];
  let elements = 0;
  let chars = 0;
  let depth = 0;
  let node: Node | null = root;
  let done = false;

  /** Whether the text of `el`'s children is copied: not that of scripts (but JSON-LD) or styles. */
  const keepsText = (el: Element, name: string): boolean =>
    name === 'style'
      ? false
      : name !== 'script' || /^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') ?? '');

  /** Emits `el`'s start; returns whether its children are to be copied. */
  const open = (el: Element): boolean => {
    const name = localName.call(el);
    const pre = prefix.call(el);
    out.push(ELEMENT, namespaceCode(namespaceURI.call(el)), pre ? `${pre}:${name}` : name);
    const attrs = attributes.call(el);
    const countAt = out.length;
    out.push(attrs.length);
    let count = 0;
    for (let i = 0; i < attrs.length; i++) {
      const attr = attrs[i]!;
      const value = own && attr.name === own.name && !attr.namespaceURI ? own.pageValue(el) : undefined;
      if (value === null) continue;
      out.push(namespaceCode(attr.namespaceURI), attr.name, value ?? attr.value);
      count++;
    }
    out[countAt] = count;
    return depth < limits.depth && keepsText(el, name);
  };

  const isWrapper = (n: Node): boolean => own?.wrapper?.(n as Element) === true;

  /** Moves past `node` (its subtree done): to its next sibling, or up, closing each parent left. */
  const advance = (from: Node): Node | null => {
    for (let n: Node | null = from; n; ) {
      if (n === root) return null;
      const next = nextSibling.call(n);
      if (next) return next;
      n = parentNode.call(n);
      // A wrapper was never opened in the copy: nothing to close.
      if (n && n !== root && isWrapper(n)) continue;
      depth--;
      out.push(END);
      if (n === root) return null;
    }
    return null;
  };

  return {
    out,
    step(enough) {
      let count = 0;
      while (node && !done) {
        if ((++count & 255) === 0 && enough()) return false;
        const current: Node = node;
        const type = nodeType.call(current);
        if (type === 1 && current !== skip && isWrapper(current)) {
          const first = firstChild.call(current);
          if (first) {
            node = first;
            continue;
          }
        } else if (type === 1 && current !== skip) {
          if (++elements > limits.elements) {
            // Close what is open (the copy stays a tree): the guard sees one element too many.
            for (; depth > 0; depth--) out.push(END);
            done = true;
            break;
          }
          const first = open(current as Element) ? firstChild.call(current) : null;
          if (first) {
            depth++;
            node = first;
            continue;
          }
          out.push(END);
        } else if (type === 3) {
          const text = data.call(current);
          chars += text.length;
          out.push(TEXT, chars > limits.chars ? '' : text);
        }
        node = advance(current);
        if (!node) done = true;
      }
      return true;
    },
  };
}

/**
 * Builds the copy's tree in `doc` and returns its root. Names that `doc` cannot take (markup a
 * browser accepts but the DOM's methods refuse) are left out: such an element's children join
 * its parent, such an attribute is dropped.
 */
export function rebuildTree(doc: Document, copy: DomCopy): Element | null {
  const fragment = doc.createDocumentFragment();
  const open: Node[] = [fragment];
  let i = 0;
  const next = (): string | number => copy[i++] ?? END;
  while (i < copy.length) {
    const kind = next();
    const parent = open[open.length - 1]!;
    if (kind === TEXT) {
      parent.appendChild(doc.createTextNode(String(next())));
    } else if (kind === ELEMENT) {
      const ns = namespaceUri(next());
      const name = String(next());
      const count = Number(next());
      let el: Element | null = null;
      try {
        el = doc.createElementNS(ns, name);
      } catch {
        el = null;
      }
      for (let a = 0; a < count; a++) {
        const attrNs = namespaceUri(next());
        const attrName = String(next());
        const value = String(next());
        if (!el) continue;
        try {
          if (attrNs) el.setAttributeNS(attrNs, attrName, value);
          else el.setAttribute(attrName, value);
        } catch {
          /* a name the DOM refuses: left out */
        }
      }
      if (el) parent.appendChild(el);
      // An element left out still opens a level: its children go to its parent.
      open.push(el ?? parent);
    } else if (kind === END) {
      if (open.length > 1) open.pop();
    } else break;
  }
  return fragment.firstElementChild;
}
