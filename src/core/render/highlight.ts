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

  for (const { node, start: nodeStart } of nodes) {
    const nodeEnd = nodeStart + node.data.length;
    // Pieces of this node covered by spans, right to left so earlier offsets stay valid.
    const pieces: { from: number; to: number; span: number }[] = [];
    for (const i of accepted) {
      const s = spans[i]!;
      const from = Math.max(s.start, nodeStart);
      const to = Math.min(s.end, nodeEnd);
      if (from < to) pieces.push({ from: from - nodeStart, to: to - nodeStart, span: i });
    }
    for (const piece of pieces.reverse()) {
      let target = node;
      if (piece.to < target.data.length) target.splitText(piece.to);
      if (piece.from > 0) target = target.splitText(piece.from);
      // Only whitespace between two inline tags: no mark (it would show as a stray blob).
      if (target.data.trim() === '' && pieces.length > 1) continue;
      const mark = doc.createElement('mark');
      mark.className = MARK_CLASS;
      for (const [name, value] of Object.entries(spans[piece.span]!.attributes)) mark.setAttribute(name, value);
      target.replaceWith(mark);
      mark.append(target);
      result[piece.span]!.unshift(mark);
    }
  }
  // Within a span, marks were unshifted per node in reverse; restore document order.
  return result.map((marks) => sortInDocumentOrder(marks));
}

function sortInDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}
