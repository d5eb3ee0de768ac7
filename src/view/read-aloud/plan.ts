/**
 * What "Read aloud" says, in order: the drawn article (title, lead, body) turned into a list of
 * utterances, each a sentence of narration, a sentence of a quote, or a speaker's name read
 * before a quote whose sentence does not name them. Pure: it reads the DOM it is given and
 * changes nothing, so the player, the marking and the tests share one reading order.
 */
import { QUOTE_ID_ATTR } from '../../core/render/render.js';

/** The parts of the drawn article that are read, in this order. */
const READ_PARTS = ['.qr-title', '.qr-lead', '.qr-body'] as const;

/** An element whose text is one paragraph to read: the finest one holding a text node wins. */
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, td, th, pre, div, section, article';

/** Never read: the view's own buttons, drawing, captions and what a browser does not show as text. */
const SKIP = 'button, svg, figure, figcaption, script, style, noscript, template, rp, iframe, video, audio';

/** A piece of text worth saying has a letter or a digit ("”." after a quote is not). */
const SAYABLE = /[\p{L}\p{N}]/u;

/** A one-word mention in lower case ("he", "sie", "il") is a pronoun: it does not tell a listener who. */
const PRONOUN_MENTION = /^\p{Ll}+$/u;

/**
 * Languages that write ordinals with a stop ("am 17. März", "3. maja"): a number and a stop do not
 * end a sentence there, though the segmenter cuts after them.
 */
const ORDINAL_STOP_LANGS = new Set([
  'de',
  'da',
  'nb',
  'no',
  'fi',
  'is',
  'et',
  'lv',
  'cs',
  'sk',
  'pl',
  'hu',
  'hr',
  'sr',
  'bs',
  'sl',
  'tr',
]);
const ENDS_WITH_ORDINAL = /(?<![\p{L}\p{N}])\p{N}{1,2}\.\s*$/u;

/** Name forms shorter than this are not looked for (initials would match anywhere). */
const MIN_NAME_PART = 3;

type UtteranceKind = 'narration' | 'quote' | 'speaker';

/** A place in the drawn article: a text node and an offset in it. */
interface TextPoint {
  node: Text;
  offset: number;
}

export interface PlannedUtterance {
  kind: UtteranceKind;
  /** What is said, whitespace collapsed. */
  text: string;
  /** Index of the paragraph it belongs to: previous and next paragraph move by this. */
  block: number;
  /** That paragraph's element (marked while it is read, scrolled to). */
  element: Element;
  /** The quote's index (`data-quote-id`) for a quote or a speaker's name; null for narration. */
  quoteId: number | null;
  /** The speaker's name for a quote or a speaker's name, null otherwise or when unattributed. */
  speaker: string | null;
  /** The text marked while it is read (a speaker's name marks the start of its quote). */
  start: TextPoint;
  end: TextPoint;
}

/** What the view knows about a quote's speaker. */
interface QuoteSpeaker {
  /** The speaker's name as read before the quote; null when unattributed. */
  name: string | null;
  /** Every form that, found near the quote, says who speaks: name, aliases, the mention. */
  forms: readonly string[];
}

export interface PlanOptions {
  /** The article's language, for sentence boundaries. */
  lang: string | null;
  /** Quote `id`'s speaker. */
  speakerOf(quoteId: number): QuoteSpeaker | null;
  /** Whether an element is drawn (hidden text is not read); everything is by default. */
  shown?(element: Element): boolean;
}

/** One paragraph: its text and the text nodes it came from. */
interface Block {
  element: Element;
  text: string;
  pieces: { node: Text; from: number; quoteId: number | null }[];
}

/** A stretch of a block's text that is all narration or all one quote: [start, end). */
interface Run {
  start: number;
  end: number;
  quoteId: number | null;
}

/** The name forms to look for: the forms given, and each capitalised part of a name ("Nessar"). */
export function nameForms(name: string | null, aliases: readonly string[], mention?: string | null): string[] {
  const forms = new Set<string>();
  for (const full of [name, ...aliases]) {
    if (!full) continue;
    forms.add(full);
    for (const part of full.split(/\s+/)) if (part.length >= MIN_NAME_PART && /^\p{Lu}/u.test(part)) forms.add(part);
  }
  const said = mention?.trim();
  if (said && !PRONOUN_MENTION.test(said)) forms.add(said);
  return [...forms].filter((form) => form.length >= MIN_NAME_PART);
}

/** Whether `text` has `form` as whole words. */
function says(text: string, form: string): boolean {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** Sentence starts in `text` ([0, …]), by the language's rules where the browser has them. */
function sentenceStarts(text: string, lang: string | null): number[] {
  const starts = segmentStarts(text, lang);
  if (!ORDINAL_STOP_LANGS.has((lang ?? '').toLowerCase().split('-')[0] ?? '')) return starts;
  // "am 17. | März": the cut after a one- or two-digit number goes.
  return starts.filter((at, i) => i === 0 || !ENDS_WITH_ORDINAL.test(text.slice(starts[i - 1], at)));
}

function segmentStarts(text: string, lang: string | null): number[] {
  if (typeof Intl.Segmenter === 'function') {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    return Array.from(segmenter.segment(text), (s) => s.index);
  }
  const starts = [0];
  for (const m of text.matchAll(/[.!?…]+["”»’]*\s+/gu)) starts.push(m.index + m[0].length);
  return starts;
}

/** The quote a text node is in, or null. */
function quoteOf(node: Text, root: Element): number | null {
  const mark = node.parentElement?.closest(`mark[${QUOTE_ID_ATTR}]`);
  if (!mark || !root.contains(mark)) return null;
  const id = Number(mark.getAttribute(QUOTE_ID_ATTR));
  return Number.isInteger(id) ? id : null;
}

/** The paragraphs of `part`, in document order, with their text nodes. */
function blocksOf(part: Element, shown: (element: Element) => boolean): Block[] {
  const blocks: Block[] = [];
  const doc = part.ownerDocument;
  const walker = doc.createTreeWalker(part, 4 /* NodeFilter.SHOW_TEXT */);
  let current: Block | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP) || !shown(parent)) continue;
    const element = parent.closest(BLOCK) ?? part;
    const holder = part.contains(element) ? element : part;
    if (!current || current.element !== holder) {
      current = { element: holder, text: '', pieces: [] };
      blocks.push(current);
    }
    current.pieces.push({ node, from: current.text.length, quoteId: quoteOf(node, part) });
    current.text += node.data;
  }
  return blocks.filter((b) => SAYABLE.test(b.text));
}

/** The block's runs of narration and of each quote. */
function runsOf(block: Block): Run[] {
  const runs: Run[] = [];
  for (const piece of block.pieces) {
    const end = piece.from + piece.node.data.length;
    const last = runs[runs.length - 1];
    if (last && last.quoteId === piece.quoteId) last.end = end;
    else runs.push({ start: piece.from, end, quoteId: piece.quoteId });
  }
  return runs;
}

/** The text point at offset `at` of the block's text (the end of a node for its last offset). */
function pointAt(block: Block, at: number, atEnd: boolean): TextPoint {
  let found = block.pieces[0]!;
  for (const piece of block.pieces) {
    const inside = atEnd ? piece.from < at : piece.from <= at;
    if (inside) found = piece;
    else break;
  }
  return { node: found.node, offset: Math.min(found.node.data.length, Math.max(0, at - found.from)) };
}

/** `[start, end)` of `text` without the white space at its edges. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return [s, e];
}

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * The utterances of the drawn article under `root` (the view's `<article>`), in reading order.
 * Each run of narration or of one quote is cut into sentences; before a quote, its speaker's name
 * is read when the sentences around the quote do not name them (nor a quote just before by the
 * same speaker, in this paragraph or the one before).
 */
export function planReading(root: Element, options: PlanOptions): PlannedUtterance[] {
  const shown = options.shown ?? (() => true);
  const blocks = READ_PARTS.flatMap((selector) => {
    const part = root.querySelector(selector);
    return part ? blocksOf(part, shown) : [];
  });
  const plan: PlannedUtterance[] = [];
  let lastQuote: { speaker: string | null; block: number } | null = null;

  blocks.forEach((block, index) => {
    const starts = sentenceStarts(block.text, options.lang);
    const sentenceOf = (at: number): [number, number] => {
      let i = starts.length - 1;
      while (i > 0 && starts[i]! > at) i--;
      return [starts[i]!, starts[i + 1] ?? block.text.length];
    };
    for (const run of runsOf(block)) {
      const speaker = run.quoteId === null ? null : options.speakerOf(run.quoteId);
      const kind: UtteranceKind = run.quoteId === null ? 'narration' : 'quote';
      if (speaker?.name) {
        const continues = lastQuote && lastQuote.speaker === speaker.name && index - lastQuote.block <= 1;
        // The text around the quote: its sentence before and after it, or the sentence before and
        // after when the quote is a sentence of its own.
        const before = block.text.slice(0, run.start).trimEnd();
        const after = block.text.slice(run.end);
        const afterStart = run.end + (after.length - after.trimStart().length);
        const around =
          block.text.slice(before ? sentenceOf(before.length - 1)[0] : 0, run.start) +
          ' ' +
          block.text.slice(run.end, afterStart < block.text.length ? sentenceOf(afterStart)[1] : run.end);
        if (!continues && !speaker.forms.some((form) => says(around, form))) {
          const [s, e] = trimmed(block.text, run.start, Math.min(run.end, sentenceOf(run.start)[1]));
          plan.push({
            kind: 'speaker',
            text: speaker.name,
            block: index,
            element: block.element,
            quoteId: run.quoteId,
            speaker: speaker.name,
            start: pointAt(block, s, false),
            end: pointAt(block, e, true),
          });
        }
      }
      if (run.quoteId !== null) lastQuote = { speaker: speaker?.name ?? null, block: index };
      // The run cut where sentences start inside it.
      const cuts = [run.start, ...starts.filter((at) => at > run.start && at < run.end), run.end];
      for (let i = 0; i + 1 < cuts.length; i++) {
        const [s, e] = trimmed(block.text, cuts[i]!, cuts[i + 1]!);
        const text = collapse(block.text.slice(s, e));
        if (!SAYABLE.test(text)) continue;
        plan.push({
          kind,
          text,
          block: index,
          element: block.element,
          quoteId: run.quoteId,
          speaker: speaker?.name ?? null,
          start: pointAt(block, s, false),
          end: pointAt(block, e, true),
        });
      }
    }
  });
  return plan;
}
