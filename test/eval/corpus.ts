/**
 * The public quote corpora in `../shared/corpora/` (PolNeAR, German Wikinews), read as the quote
 * gold format, and how their speakers are scored. They are never copied into this repository
 * (licences): every caller checks `corpusRoot()` and skips with a message when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normName } from './match.js';

export const CORPORA = ['polnear', 'wikinews-de'] as const;
export type CorpusName = (typeof CORPORA)[number];
export type Split = 'train' | 'dev';

export interface CorpusQuote {
  text: string;
  speaker: string | null;
  kind?: string;
  cue?: string;
  speaker_is_pronoun?: boolean;
  speaker_mention?: string;
}

export interface CorpusDoc {
  id: string;
  file: string;
  url: string;
  lang: string;
  quotes: CorpusQuote[];
}

/** `../shared/corpora` beside the project root, or null when this checkout has none. */
export function corpusRoot(root: string): string | null {
  const dir = resolve(root, '..', 'shared', 'corpora');
  return existsSync(dir) ? dir : null;
}

export function loadCorpus(dir: string, name: CorpusName, split: Split): CorpusDoc[] {
  const folder = join(dir, name, split);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(folder, f), 'utf8')) as CorpusDoc & { source: string };
      return { id: gold.id, file: join(folder, gold.source), url: gold.url, lang: gold.lang, quotes: gold.quotes };
    });
}

/** How an engine speaker compares with a corpus speaker. */
export type SpeakerVerdict = 'right' | 'partial' | 'wrong' | 'none' | 'unknown';

const wordsOf = (name: string): string[] => normName(name).split(' ').filter(Boolean);

/**
 * PolNeAR: the gold speaker is the fullest name in the article, so a right speaker is that name;
 * the same surname alone is `partial` (the same person, not the fullest name); a pronoun the
 * corpus could not resolve is `unknown` and not scored.
 */
function polnearVerdict(name: string, gold: CorpusQuote): SpeakerVerdict {
  const e = normName(name);
  const ew = wordsOf(name);
  const written = [gold.speaker!, gold.speaker_mention ?? ''].filter(Boolean).map(normName);
  if (written[0] === e) return 'right';
  // The source span often keeps its apposition or title: "Tony Cordesman, a national security
  // expert at …", "Rep. Diane Russell, a Maine legislator": a full name inside it is that person.
  if (ew.length >= 2 && written.some((g) => ` ${g} `.includes(` ${e} `))) return 'right';
  // A surname alone where the corpus found no fuller form ("Trump"): the engine's fuller name is
  // right; so is a name whose family name comes first ("Lou" for "Lou Jiwei", "Xi" for "Xi Jinping").
  const head = (gold.speaker!.split(',')[0] ?? '').trim();
  const hw = wordsOf(head);
  if (hw.length === 1 && ew.length >= 2 && (ew.at(-1) === hw[0] || ew[0] === hw[0])) return 'right';
  if (hw.at(-1) === ew.at(-1) || written.some((g) => g.split(' ').includes(e))) return 'partial';
  // A description the corpus left unresolved ("the senator", "her husband", "a strategist for one
  // of these candidates"): like its unresolved pronouns, it cannot tell whether a name is right.
  if (isDescription(gold.speaker!)) return 'unknown';
  return 'wrong';
}

/**
 * German Wikinews: the gold speaker is the span as written ("Bundeskanzlerin Angela Merkel",
 * "Merkel", "ein Sprecher der Polizei"). Right when every word of the engine's name, or of the
 * mention it attributed by, occurs in it (the corpus README's containment), or when the gold is
 * a shorter form of the engine's name (the surname "Merkel" written where the article named
 * "Angela Merkel" before: the engine shows the fullest name, the corpus has no coreference).
 */
function germanVerdict(name: string, mention: string | null, gold: CorpusQuote): SpeakerVerdict {
  const g = new Set(wordsOf(gold.speaker!));
  const contained = (n: string): boolean => wordsOf(n).every((w) => g.has(w));
  if (contained(name) || (mention && contained(mention))) return 'right';
  const ew = new Set(wordsOf(name));
  const goldWords = [...g];
  const capitalised = gold.speaker!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length > 0 && capitalised.every((w) => ew.has(normName(w)))) return 'right';
  if (goldWords.some((w) => ew.has(w))) return 'partial';
  return 'wrong';
}

/** Words that open a description at a sentence's start ("The Florida senator", "His office"). */
const DETERMINER =
  /^(?:the|a|an|this|that|these|those|his|her|their|its|our|one|another|some|several|many|most|both|two|three|four|five)\s/i;

/**
 * A description rather than a name: it starts in lower case ("the senator"), or with a
 * determiner and holds a lower-case word ("The Florida senator"; not "The New York Times").
 */
function isDescription(speaker: string): boolean {
  const s = speaker.trim();
  if (/^\p{Ll}/u.test(s)) return true;
  return DETERMINER.test(s) && /\s\p{Ll}/u.test(s.replace(DETERMINER, ' '));
}

/** The verdict on one matched quote's speaker. */
export function speakerVerdict(
  corpus: CorpusName,
  engine: { speaker: string | null; mention: string | null },
  gold: CorpusQuote,
): SpeakerVerdict {
  if (!gold.speaker || gold.speaker_is_pronoun) return 'unknown';
  if (!engine.speaker) return 'none';
  return corpus === 'polnear'
    ? polnearVerdict(engine.speaker, gold)
    : germanVerdict(engine.speaker, engine.mention, gold);
}
