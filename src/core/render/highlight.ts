/**
 * Wraps quoted words in `<mark>` elements, using the offsets the quote engine gives into a
 * paragraph's textContent. A quote that crosses inline tags (a link, an `<em>`) becomes several
 * marks with one `data-quote-id`, each inside its own text node, so marks never nest and the
 * paragraph's text content is unchanged.
 */

export interface HighlightSpan {
  /** Offsets into the paragraph's textContent: [start, end). */
  start: number;
  end: number;
  /** Attributes set on every mark of the span (data-quote-id, data-quote-speaker ...). */
  attributes: Record<string, string>;
}

/** Class of every highlight element. */
const MARK_CLASS = 'qr-quote';

/**
 * Wraps each span of `paragraph`'s text in marks. Overlapping spans are skipped after the first
 * (the engine should never give them; this keeps marks from nesting if it does).
 * @returns the marks created, in document order, one array per span (empty when skipped).
 */
export function highlightParagraph(paragraph: Element, spans: readonly HighlightSpan[]): Element[][] {
  const doc = paragraph.ownerDocument;
  const result: Element[][] = spans.map(() => []);
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  let lastEnd = -1;
  const accepted = order.filter((i) => {
    const s = spans[i]!;
    if (s.start < lastEnd || s.end <= s.start) return false;
    lastEnd = s.end;
    return true;
  });
  if (accepted.length === 0) return result;

  // Collect text nodes with their offsets first: wrapping changes the tree as we go.
  const nodes: { node: Text; start: number }[] = [];
  const walker = doc.createTreeWalker(paragraph, 4 /* NodeFilter.SHOW_TEXT */);
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    nodes.push({ node: text, start: offset });
    offset += text.data.length;
  }

  // Nodes and accepted spans both run in text order: one pointer over the spans keeps this
  // linear (a scan of every span per node, and a split per piece of one long node, were quadratic).
  let first = 0;
  for (const { node, start: nodeStart } of nodes) {
    const data = node.data;
    const nodeEnd = nodeStart + data.length;
    while (first < accepted.length && spans[accepted[first]!]!.end <= nodeStart) first++;
    const pieces: { from: number; to: number; span: number }[] = [];
    for (let k = first; k < accepted.length && spans[accepted[k]!]!.start < nodeEnd; k++) {
      const s = spans[accepted[k]!]!;
      const from = Math.max(s.start, nodeStart);
      const to = Math.min(s.end, nodeEnd);
      if (from < to) pieces.push({ from: from - nodeStart, to: to - nodeStart, span: accepted[k]! });
    }
    if (pieces.length === 0) continue;
    // The node is rebuilt once, as a fragment of text and marks.
    const fragment = doc.createDocumentFragment();
    let at = 0;
    for (const piece of pieces) {
      if (piece.from > at) fragment.append(doc.createTextNode(data.slice(at, piece.from)));
      const words = doc.createTextNode(data.slice(piece.from, piece.to));
      at = piece.to;
      // Only whitespace between two inline tags: no mark (it would show as a stray blob).
      if (words.data.trim() === '' && pieces.length > 1) {
        fragment.append(words);
        continue;
      }
      const mark = doc.createElement('mark');
      mark.className = MARK_CLASS;
      for (const [name, value] of Object.entries(spans[piece.span]!.attributes)) mark.setAttribute(name, value);
      mark.append(words);
      fragment.append(mark);
      result[piece.span]!.push(mark);
    }
    if (at < data.length) fragment.append(doc.createTextNode(data.slice(at)));
    node.replaceWith(fragment);
  }
  // Text nodes run in document order and each span's pieces were pushed in it.
  return result;
}

/** Attribute of the no-wrap end of a quote (its last word, chip and bookmark): sanitizing keeps it, not a class. */
const QUOTE_END_ATTR = 'data-quote-end';
/** A "last word" longer than this is a script without spaces (Chinese): its last characters stand in. */
const LONGEST_WORD = 16;
const LAST_CHARACTERS = 3;

/**
 * Keeps a quote's end together: its last word moves into a mark of its own (same attributes),
 * held with what follows the mark (the chip drawn after it, a bookmark added later) in a no-wrap
 * span, so that a chip never starts a line alone. Returns the quote's new last mark.
 */
export function keepEndTogether(last: Element): Element {
  const doc = last.ownerDocument;
  const text = last.firstChild;
  let tail = last;
  if (text && text.nodeType === 3 && last.childNodes.length === 1) {
    const data = (text as Text).data;
    let word = /\S+\s*$/u.exec(data)?.[0] ?? '';
    if (word.length > LONGEST_WORD) word = Array.from(word).slice(-LAST_CHARACTERS).join('');
    if (word && word.length < data.length) {
      (text as Text).data = data.slice(0, data.length - word.length);
      tail = last.cloneNode(false) as Element;
      tail.removeAttribute('data-quote-first');
      tail.append(doc.createTextNode(word));
      last.removeAttribute('data-quote-last');
      last.after(tail);
    }
  }
  const end = doc.createElement('span');
  end.setAttribute(QUOTE_END_ATTR, '');
  tail.replaceWith(end);
  end.append(tail);
  return tail;
}
