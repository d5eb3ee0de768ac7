/**
 * Interviews: questions and answers set out as paragraphs, with no quote marks. A question
 * paragraph ends with a question mark; the paragraph right after it is the answer, opened by the
 * answerer's name as a label ("Jane Doe: No. Nobody forced me.") or by a dash ("- It varies.").
 * Only a text laid out so (two questions answered, at least one answer labelled by a name of two
 * words or more, or opened by a dash) is read as an interview: a list of questions and answers
 * labelled "Q:" and "A:" is no one's words.
 */
import { isSpace } from './marks.js';
import type { RawQuote } from './scan.js';

/** An answer paragraph: where its words start, and the name that labels it (if any). */
export interface Answer {
  paragraph: number;
  start: number;
  end: number;
  /** "Jane Doe" in "Jane Doe: …", or the name that labels the interview's other answers; else null. */
  label: string | null;
}

/** Fewest question-and-answer pairs that make an interview. */
const MIN_PAIRS = 2;
/** Most words in a label ("Jane Doe", "Maria da Silva Pereira"). */
const MAX_LABEL_WORDS = 4;
/** Longest label in characters: a label, not a sentence that happens to hold a colon. */
const MAX_LABEL_CHARS = 48;

const QUESTION_END = /[?？؟]\s*$/u;
const DASH_OPEN = /^\s*[-–—]\s+/u;
/** "Jane Doe: …" (also the full-width colon). The label's words each start with a capital or a caseless letter. */
const LABEL = /^\s*([^\s:：][^:：]*?)\s*[:：]\s+/u;
const LABEL_WORD = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*$/u;

function labelOf(text: string): { label: string; after: number } | null {
  const m = LABEL.exec(text);
  if (!m || m[1]!.length > MAX_LABEL_CHARS) return null;
  const words = m[1]!.split(/\s+/u);
  if (words.length > MAX_LABEL_WORDS || !words.every((w) => LABEL_WORD.test(w))) return null;
  return { label: m[1]!, after: m[0].length };
}

/** The answers of an interview laid out in `paragraphs`, or none. Linear in the text. */
export function findAnswers(paragraphs: readonly string[]): Answer[] {
  const answers: Answer[] = [];
  let labelled = 0;
  let dashed = 0;
  for (let p = 1; p < paragraphs.length; p++) {
    const question = paragraphs[p - 1]!;
    const text = paragraphs[p]!;
    if (!QUESTION_END.test(question) || QUESTION_END.test(text)) continue;
    const label = labelOf(text);
    const questionLabel = labelOf(question)?.label;
    const dash = DASH_OPEN.exec(text);
    let start = 0;
    let name: string | null = null;
    if (label && label.label !== questionLabel) {
      start = label.after;
      name = label.label;
      if (name.includes(' ')) labelled++;
    } else if (dash) {
      start = dash[0].length;
      dashed++;
    }
    let end = text.length;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) answers.push({ paragraph: p, start, end, label: name });
  }
  if (answers.length < MIN_PAIRS || labelled + dashed === 0) return [];
  // The one who answers under a name answers the unlabelled questions too.
  const interviewee = mostCommon(answers.map((a) => (a.label?.includes(' ') ? a.label : null)));
  return answers.map((a) => ({ ...a, label: a.label ?? interviewee }));
}

function mostCommon(labels: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const l of labels) {
    if (!l) continue;
    const n = (counts.get(l) ?? 0) + 1;
    counts.set(l, n);
    if (!best || n > counts.get(best)!) best = l;
  }
  return best;
}

/**
 * The answers as quoted spans, in place of the spans found by marks inside them (which are
 * nested: a quote within the answer). `raws` and the result are in reading order.
 */
export function withAnswers(raws: readonly RawQuote[], answers: readonly Answer[]): RawQuote[] {
  if (answers.length === 0) return [...raws];
  const byParagraph = new Map(answers.map((a) => [a.paragraph, a]));
  const out: RawQuote[] = [];
  const added = new Set<number>();
  for (const raw of raws) {
    const a = byParagraph.get(raw.paragraph);
    if (!a) {
      out.push(raw);
      continue;
    }
    if (!added.has(a.paragraph)) out.push(answerQuote(a));
    added.add(a.paragraph);
  }
  for (const a of answers) if (!added.has(a.paragraph)) out.push(answerQuote(a));
  return out.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
}

function answerQuote(a: Answer): RawQuote {
  return {
    paragraph: a.paragraph,
    start: a.start,
    end: a.end,
    openAt: Math.max(0, a.start - 1),
    closeAt: a.end,
    continuesNext: false,
    continuesPrev: false,
    answer: { label: a.label },
  };
}
