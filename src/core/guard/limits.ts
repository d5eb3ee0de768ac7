/**
 * The first check of the pipeline: is this document something the reader can read at all, and
 * small enough to read without freezing the tab? A page that fails gets a reason in a user's
 * words instead of an exception, a console error or a minute of a busy main thread.
 * One pass over the document, stopped as soon as a limit is crossed, so that even a hostile
 * page costs a bounded amount of time here.
 */
import { builtin, getter } from './builtin.js';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * XML served as data (feeds, sitemaps): Chromium shows it through its XML viewer, an XHTML tree
 * that would pass the namespace check below, so the document's own type decides.
 */
const XML_DATA_TYPE = /^(application|text)\/([\w.+-]+\+)?xml$/;

/**
 * Elements in the whole document. The largest page we test on has 9,888 (the peer suite of
 * Readability's test pages), DW articles about 1,100. Readability offers the same kind of cap
 * (`maxElemsToParse`; Firefox's Reader View reports PARSE_ERROR_TOO_MANY_ELEMENTS).
 */
export const MAX_ELEMENTS = 40_000;

/**
 * Nesting depth of elements. Real pages stay under 40 (peer suite: 38). Chromium's HTML parser
 * stops nesting at 512 anyway; recursive DOM code (serializers, cleaners) risks the stack long
 * before hostile depths of thousands.
 */
export const MAX_DEPTH = 256;

/**
 * Characters of visible body text (scripts and styles not counted): about 170,000 words, far
 * beyond any article (the longest DW page we test has under 20,000 characters). More than this
 * is a book or a dump, and the quote pass and layout would take seconds.
 */
const MAX_TEXT_CHARS = 1_000_000;

/** How much body text is sampled to tell text from binary data. */
const SAMPLE_CHARS = 20_000;

/** Below this many sampled characters, a page is too short to call binary. */
const MIN_SAMPLE_FOR_BINARY = 200;

/**
 * Share of U+FFFD (bytes that were not valid text) and control characters above which the page
 * is binary data shown as text. Real text has next to none; random bytes give about half as
 * UTF-8, and about a ninth (C0 controls alone) in a single-byte encoding.
 */
const MAX_GARBAGE_SHARE = 0.05;

/** U+FFFD and C0/C1 controls other than tab, line feed and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const GARBAGE = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Elements whose text is never shown as page text. */
const INVISIBLE_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

/** Why a document is refused; `code` is for tests and logs, `reason` for the user. */
export interface Refusal {
  code: 'empty' | 'not-html' | 'frameset' | 'no-body' | 'binary' | 'too-many-elements' | 'too-deep' | 'too-long';
  reason: string;
}

/** What one bounded walk of the document found. */
interface Measure {
  elements: number;
  depth: number;
  text: number;
  sample: string;
  /** Whether any visible body text is more than white space. */
  visible: boolean;
  /** The first limit crossed, if any (the walk stopped there). */
  over: 'elements' | 'depth' | 'text' | null;
}

const number = (n: number): string => n.toLocaleString('en-US');

/**
 * Checks `doc` before anything reads it.
 * @returns null when the page can be read, else why not.
 */
export function guardDocument(doc: Document): Refusal | null {
  const root = builtin(doc, 'documentElement') as Element | null;
  if (!root) return { code: 'empty', reason: 'The page is empty: there is nothing to read.' };
  const contentType = String(builtin(doc, 'contentType') ?? '');
  if (root.namespaceURI !== XHTML_NS || (XML_DATA_TYPE.test(contentType) && contentType !== 'application/xhtml+xml')) {
    return root.namespaceURI === SVG_NS
      ? { code: 'not-html', reason: 'This is an SVG image, not a web page with an article.' }
      : { code: 'not-html', reason: 'This is an XML document, not a web page with an article.' };
  }
  const body = builtin(doc, 'body') as HTMLElement | null;
  if (body?.localName === 'frameset' || (!body && root.querySelector('frameset'))) {
    return {
      code: 'frameset',
      reason: 'This page is made of frames: open the frame that holds the article on its own.',
    };
  }
  if (!body) return { code: 'no-body', reason: 'This page has no body: there is nothing to read.' };

  const m = measure(doc, root, body);
  if (m.over === 'elements') {
    return {
      code: 'too-many-elements',
      reason: `This page is too large to read: it has more than ${number(MAX_ELEMENTS)} elements.`,
    };
  }
  if (m.over === 'depth') {
    return {
      code: 'too-deep',
      reason: `This page is too deeply nested to read (more than ${number(MAX_DEPTH)} levels): its markup is broken.`,
    };
  }
  if (m.over === 'text') {
    return {
      code: 'too-long',
      reason: `This page is too long for the reading view: it has more than ${number(MAX_TEXT_CHARS)} characters of text.`,
    };
  }
  if (m.sample.length >= MIN_SAMPLE_FOR_BINARY) {
    const garbage = m.sample.match(GARBAGE)?.length ?? 0;
    if (garbage / m.sample.length > MAX_GARBAGE_SHARE) {
      return { code: 'binary', reason: 'This page is binary data, not text: there is nothing to read.' };
    }
  }
  if (!m.visible) return { code: 'empty', reason: 'The page is empty: there is nothing to read.' };
  return null;
}

/**
 * Counts elements, depth and visible body text in one walk, stopping at the first limit. A
 * TreeWalker, not recursion (the depth of a hostile page must not decide the depth of our
 * stack), and not `node.parentNode` (which a page can clobber).
 */
function measure(doc: Document, root: Element, body: Element): Measure {
  const m: Measure = { elements: 0, depth: 0, text: 0, sample: '', visible: false, over: null };
  const createTreeWalker = builtin(doc, 'createTreeWalker') as Document['createTreeWalker'];
  const walker = createTreeWalker.call(doc, root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const nodeType = getter<number>(root, 'nodeType');
  const localName = getter<string>(root, 'localName');
  /** What each open ancestor is: 1 the body, 2 an element whose text is not shown, 0 other. */
  const open: number[] = [];
  let inBody = 0;
  let hidden = 0;
  let node: Node = root;
  for (;;) {
    const isElement = nodeType.call(node) === 1;
    if (isElement) {
      if (++m.elements > MAX_ELEMENTS) return { ...m, over: 'elements' };
      const depth = open.length + 1;
      if (depth > m.depth) m.depth = depth;
      if (depth > MAX_DEPTH) return { ...m, over: 'depth' };
    } else if (inBody > 0 && hidden === 0) {
      const data = (node as Text).data;
      m.text += data.length;
      if (m.text > MAX_TEXT_CHARS) return { ...m, over: 'text' };
      if (m.sample.length < SAMPLE_CHARS) m.sample += data.slice(0, SAMPLE_CHARS - m.sample.length);
      if (!m.visible && /\S/.test(data)) m.visible = true;
    }
    if (isElement && walker.firstChild()) {
      const kind = node === body ? 1 : INVISIBLE_TEXT.has(localName.call(node)) ? 2 : 0;
      open.push(kind);
      if (kind === 1) inBody++;
      if (kind === 2) hidden++;
      node = walker.currentNode;
      continue;
    }
    // Next sibling, or climb (leaving each finished element) until one has a next sibling.
    for (;;) {
      if (walker.nextSibling()) break;
      if (!walker.parentNode()) return m;
      const kind = open.pop();
      if (kind === 1) inBody--;
      if (kind === 2) hidden--;
    }
    node = walker.currentNode;
  }
}
