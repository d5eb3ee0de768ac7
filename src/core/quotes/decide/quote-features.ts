/**
 * Quote or term? What a quoted span is, read from general signs, each a feature with a fitted
 * weight (quote-weights.json, by `npm run train:quotes` on the corpora's training splits). A
 * span is someone's words when it reads like speech (a whole sentence, "I" and "we", a cue that
 * attributes it) and a term when it reads like a name or a label (title case, "so-called", an
 * article before it and a noun after it).
 */
import type { Cue } from '../cues.js';
import type { Lexicon } from '../lang/index.js';
import type { QuoteShape } from '../classify.js';
import { afterTermMarker, endsWithSentencePunct, looksLikeTitle, modifiesNoun } from '../classify.js';
import { isCapitalized, wordCount, type Token } from '../text.js';

/** The features, by name, in the order of the weight vector. */
export const QUOTE_FEATURES = [
  'bias',
  /** Length in words: one word is seldom anyone's words, a dozen seldom a label. */
  'words:1',
  'words:2-3',
  'words:4-7',
  'words:8-15',
  'words:16+',
  /** Ends with . ! ? …: a sentence. */
  'ends-with-stop',
  'starts-capital',
  /** Nothing but punctuation before it in its sentence. */
  'opens-sentence',
  'after-colon',
  'after-comma',
  'ends-sentence',
  /** The whole paragraph is the quote. */
  'whole-paragraph',
  'heading',
  /** Which rule attributed it (rules.ts), grouped by how near the cue stands. */
  'cue:adjacent',
  'cue:source',
  'cue:sentence',
  'cue:colon',
  'cue:earlier',
  'cue:beat',
  'cue:shared',
  'cue:none',
  /** Who the cue names: a name, a pronoun, a descriptor ("the minister"). */
  'subject:name',
  'subject:pronoun',
  'subject:descriptor',
  /** A run-on piece of the quote before, or a sentence right after another quote. */
  'continues:run-on',
  'continues:can',
  /** "so-called", "dubbed", "the word". */
  'term-marker',
  /** "the “post-truth” era": between an article and a noun. */
  'modifies-noun',
  'title-case',
  /** One to three words with no cue and no quote before to continue: the shape of a scare quote. */
  'short-uncued',
  /** One to three words that a cue attributes: a partial quote ("called it “a disaster”"). */
  'short-cued',
  /** The cue is a person putting a label on something ("X called it “…”", "X nannte ihn einen „…“"). */
  'cue:label',
  /** A label verb ("called", "nannte") just before the opening mark. */
  'label-verb-before',
  /** An article or determiner right before the opening mark. */
  'determiner-before',
  /** "I", "we", "you" inside. */
  'speaker-words',
  /** A speech verb anywhere in the sentence outside the quote. */
  'speech-verb-in-sentence',
  'all-caps',
] as const;

type QuoteFeature = (typeof QUOTE_FEATURES)[number];

const INDEX = new Map<string, number>(QUOTE_FEATURES.map((f, i) => [f, i]));

/** What the features are read from. */
export interface QuoteEvidence {
  shape: QuoteShape;
  inner: readonly Token[];
  cue: Cue | null;
  continuation: 'run-on' | 'can' | null;
  heading: boolean;
  wholeParagraph: boolean;
  afterComma: boolean;
  speechVerbInSentence: boolean;
}

const CUE_GROUP: Record<string, QuoteFeature> = {
  'speech-verb-after': 'cue:adjacent',
  'speech-verb-before': 'cue:adjacent',
  'verb-after-question': 'cue:adjacent',
  'source-after': 'cue:source',
  'source-before': 'cue:source',
  'passive-agent': 'cue:source',
  'verb-earlier-in-sentence': 'cue:sentence',
  'verb-later-in-sentence': 'cue:sentence',
  'verb-at-clause-end': 'cue:sentence',
  'colon-after-person': 'cue:colon',
  'shared-in-sentence': 'cue:shared',
  'action-beat': 'cue:beat',
  'paragraph-subject': 'cue:beat',
  'list-intro': 'cue:earlier',
  'previous-sentence': 'cue:earlier',
  'previous-paragraph': 'cue:earlier',
  'reported-speech': 'cue:earlier',
};

/** The feature vector of one quoted span (0 or 1 each; `bias` is always 1). */
export function quoteFeatures(e: QuoteEvidence, lex: Lexicon): Float64Array {
  const x = new Float64Array(QUOTE_FEATURES.length);
  const on = (f: QuoteFeature): void => {
    x[INDEX.get(f)!] = 1;
  };
  on('bias');
  const words = wordCount(e.shape.text);
  on(
    words <= 1
      ? 'words:1'
      : words <= 3
        ? 'words:2-3'
        : words <= 7
          ? 'words:4-7'
          : words <= 15
            ? 'words:8-15'
            : 'words:16+',
  );
  if (endsWithSentencePunct(e.shape.text)) on('ends-with-stop');
  const first = e.inner.find((t) => t.kind === 'word');
  if (isCapitalized(first)) on('starts-capital');
  if (e.shape.startsSentence) on('opens-sentence');
  if (e.shape.afterColon) on('after-colon');
  if (e.afterComma) on('after-comma');
  if (e.shape.endsSentence) on('ends-sentence');
  if (e.wholeParagraph) on('whole-paragraph');
  if (e.heading) on('heading');
  on(e.cue?.rule ? (CUE_GROUP[e.cue.rule] ?? 'cue:none') : 'cue:none');
  const subject = e.cue?.subject?.kind;
  if (subject === 'name') on('subject:name');
  else if (subject === 'pronoun') on('subject:pronoun');
  else if (subject === 'descriptor') on('subject:descriptor');
  if (e.continuation === 'run-on') on('continues:run-on');
  else if (e.continuation === 'can') on('continues:can');
  if (afterTermMarker(e.shape.before, lex)) on('term-marker');
  if (modifiesNoun(e.shape, lex)) on('modifies-noun');
  if (looksLikeTitle(e.shape.text, e.inner)) on('title-case');
  const prev = e.shape.before[e.shape.before.length - 1];
  if (prev && lex.determiners.has(prev.lower)) on('determiner-before');
  if (e.shape.before.some((t) => lex.labelVerbs.has(t.lower))) on('label-verb-before');
  if (e.cue?.label) on('cue:label');
  if (words <= 3) on(e.cue ? 'short-cued' : e.continuation ? 'continues:can' : 'short-uncued');
  if (e.inner.some((t) => t.kind === 'word' && lex.speakerWords.has(t.lower))) on('speaker-words');
  if (e.speechVerbInSentence) on('speech-verb-in-sentence');
  const letters = e.shape.text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) on('all-caps');
  return x;
}
