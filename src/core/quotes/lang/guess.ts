/**
 * Guesses an untagged article's language from its function words (many pages carry no lang
 * attribute), so the right speech verbs and word order apply. Counts, no model.
 */
import { LANGUAGES, registrations } from './index.js';

/** Words read at most: the first few paragraphs tell the language. */
const SAMPLE_WORDS = 2000;
/** Share of sampled words that must be one language's function words to trust the guess. */
const MIN_SHARE = 0.05;

/** Each registered language's function words, rebuilt when languages are added. */
let functionWords = new Map<string, Set<string>>();
let builtAt = -1;

function functionWordsNow(): Map<string, Set<string>> {
  if (builtAt === registrations()) return functionWords;
  functionWords = new Map();
  for (const [code, data] of Object.entries(LANGUAGES)) {
    const words = [...data.determiners, ...data.conjunctions, ...data.nonNames.filter((w) => w.length <= 4)];
    functionWords.set(code, new Set(words.map((w) => w.toLowerCase())));
  }
  builtAt = registrations();
  return functionWords;
}

/** The language code whose function words are most frequent in `paragraphs`, or null. */
export function guessLanguage(paragraphs: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  const functionWords = functionWordsNow();
  outer: for (const p of paragraphs) {
    for (const w of p.toLowerCase().split(/[^\p{L}]+/u)) {
      if (!w) continue;
      if (++total > SAMPLE_WORDS) break outer;
      for (const [code, set] of functionWords) if (set.has(w)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of counts) if (n > bestCount) [best, bestCount] = [code, n];
  return best && bestCount >= total * MIN_SHARE ? best : null;
}
