/**
 * The fitted parts of the engine, read from data that `npm run train:quotes` writes: a logistic
 * model for quote or term (quote-weights.json), and how often each rule's speaker is right
 * (speaker-confidence.json), from which a quote shows a name or abstains.
 */
import type { RuleId } from '../rules.js';
import { QUOTE_FEATURES } from './quote-features.js';
import quoteModel from './quote-weights.json' with { type: 'json' };
import speakerModel from './speaker-confidence.json' with { type: 'json' };

export interface QuoteModel {
  features: readonly string[];
  weights: readonly number[];
  /** Probability at or above which a span is a quote. */
  threshold: number;
}

export interface SpeakerModel {
  /** Share of right speakers on the training splits, by `speakerKey`. */
  precision: Readonly<Record<string, number>>;
  /** For keys seen too seldom to measure. */
  fallback: number;
  /** Below this a quote shows no name. */
  threshold: number;
}

const QUOTE: QuoteModel = quoteModel;
const SPEAKER: SpeakerModel = speakerModel;

/**
 * The weights in the order of QUOTE_FEATURES, by name: a feature the data does not know yet
 * weighs 0 until the next `npm run train:quotes` (a data test requires the two to agree).
 */
const WEIGHTS = QUOTE_FEATURES.map((f) => {
  const i = QUOTE.features.indexOf(f);
  return i < 0 ? 0 : QUOTE.weights[i]!;
});

/** Probability that a span with features `x` is someone's words. */
export function quoteProbability(x: Float64Array): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += x[i]! * WEIGHTS[i]!;
  return 1 / (1 + Math.exp(-z));
}

export const QUOTE_THRESHOLD = QUOTE.threshold;

/** How a speaker was found: the rule, what the cue named, and whether that resolved to a name. */
export function speakerKey(rule: RuleId | null, subject: string | null, named: boolean): string {
  return `${rule ?? 'none'}|${subject ?? '-'}|${named ? 'named' : 'unnamed'}`;
}

/** How sure the engine is of a speaker found that way (its precision on the training splits). */
export function speakerConfidence(key: string): number {
  return SPEAKER.precision[key] ?? SPEAKER.fallback;
}

export const SPEAKER_THRESHOLD = SPEAKER.threshold;
