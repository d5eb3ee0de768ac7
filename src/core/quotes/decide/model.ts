/**
 * The fitted parts of the engine, read from data that `npm run train:quotes` writes: a logistic
 * model for quote or term (quote-weights.json) and one for how likely a speaker is right
 * (speaker-weights.json), below whose threshold a quote shows no name.
 */
import { QUOTE_FEATURES } from './quote-features.js';
import quoteModel from './quote-weights.json' with { type: 'json' };
import { SPEAKER_FEATURES } from './speaker-features.js';
import speakerModel from './speaker-weights.json' with { type: 'json' };

interface QuoteModel {
  features: readonly string[];
  weights: readonly number[];
  /** Probability at or above which a span is a quote. */
  threshold: number;
}

interface SpeakerModel {
  features: readonly string[];
  weights: readonly number[];
  /** Below this probability of a right speaker, a quote shows no name. */
  threshold: number;
}

const QUOTE: QuoteModel = quoteModel;
const SPEAKER: SpeakerModel = speakerModel;

/**
 * A model's weights in the order of `features`, by name: a feature the data does not know yet
 * weighs 0 until the next `npm run train:quotes` (a data test requires the two to agree).
 */
function aligned(
  model: { features: readonly string[]; weights: readonly number[] },
  features: readonly string[],
): number[] {
  return features.map((f) => {
    const i = model.features.indexOf(f);
    return i < 0 ? 0 : model.weights[i]!;
  });
}

const QUOTE_WEIGHTS = aligned(QUOTE, QUOTE_FEATURES);
const SPEAKER_WEIGHTS = aligned(SPEAKER, SPEAKER_FEATURES);

function logistic(x: Float64Array, w: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += x[i]! * w[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Probability that a span with features `x` (decide/quote-features.ts) is someone's words. */
export function quoteProbability(x: Float64Array): number {
  return logistic(x, QUOTE_WEIGHTS);
}

export const QUOTE_THRESHOLD = QUOTE.threshold;

/** Probability that a speaker with features `x` (decide/speaker-features.ts) is the right person. */
export function speakerProbability(x: Float64Array): number {
  return logistic(x, SPEAKER_WEIGHTS);
}

export const SPEAKER_THRESHOLD = SPEAKER.threshold;
