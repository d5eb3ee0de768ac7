/**
 * How sure is a speaker? General signs of a right attribution, each a feature with a weight
 * fitted on the training splits (speaker-weights.json): how near the attributing words stand
 * (the rule that found them), what they named, and how well the article knows that person.
 * Below a threshold chosen on the development splits the quote shows no name.
 */
import type { Cue } from '../cues.js';
import type { Lexicon } from '../lang/index.js';
import type { Person } from '../people.js';
import type { RuleId } from '../rules.js';

export const SPEAKER_FEATURES = [
  'bias',
  /** Where the attributing words stand (rules.ts, grouped). */
  'rule:adjacent',
  'rule:source',
  'rule:sentence',
  'rule:colon',
  'rule:shared',
  'rule:earlier',
  'rule:beat',
  'rule:continues',
  'rule:article',
  /** What they named: a name, a pronoun, a description ("the minister"). */
  'subject:name',
  'subject:pronoun',
  'subject:descriptor',
  /** A description of no person ("the report", "die Forderung"): a speaker only if it is a source. */
  'descriptor:thing',
  /**
   * The subject stands bare after its verb ("warned the party"), where it is as often the verb's
   * object; not after a comma or quote ("…, said Doe", "…, a déclaré le ministre").
   */
  'subject:after-verb-bare',
  /** The name is in capitals: more often a headline's words than a person. */
  'name:all-caps',
  /** The speaker has a name, not only a description. */
  'named',
  /** The speaker's name has one word, or more. */
  'name:one-word',
  'name:full',
  /** One word in a language that capitalises every noun (German): as likely a noun as a surname. */
  'name:one-word-capitalised-nouns',
  /** A title or role word was seen before the name ("Minister", "analyst"). */
  'has-role',
  /** How often the article mentions the person outside quotes. */
  'mentions:0-1',
  'mentions:2-3',
  'mentions:4+',
  /** How sure the quote model is that the span is a quote at all. */
  'quote-probability',
] as const;

const INDEX = new Map<string, number>(SPEAKER_FEATURES.map((f, i) => [f, i]));

const RULE_GROUP: Record<RuleId, (typeof SPEAKER_FEATURES)[number]> = {
  'interview-answer': 'rule:colon',
  'speech-verb-after': 'rule:adjacent',
  'speech-verb-before': 'rule:adjacent',
  'verb-after-question': 'rule:adjacent',
  'source-after': 'rule:source',
  'source-before': 'rule:source',
  'passive-agent': 'rule:source',
  'verb-earlier-in-sentence': 'rule:sentence',
  'verb-later-in-sentence': 'rule:sentence',
  'verb-at-clause-end': 'rule:sentence',
  'colon-after-person': 'rule:colon',
  'shared-in-sentence': 'rule:shared',
  'clause-subject': 'rule:sentence',
  'action-beat': 'rule:beat',
  'paragraph-subject': 'rule:beat',
  'list-intro': 'rule:earlier',
  'previous-sentence': 'rule:earlier',
  'reported-speech': 'rule:earlier',
  'previous-paragraph': 'rule:earlier',
  'run-on-paragraph': 'rule:continues',
  'continues-quote': 'rule:continues',
  'repeated-words': 'rule:article',
  'section-heading': 'rule:article',
};

export interface SpeakerEvidence {
  rule: RuleId | null;
  cue: Cue | null;
  person: Person;
  mentions: number;
  quoteProbability: number;
}

export function speakerFeatures(e: SpeakerEvidence, lex: Lexicon): Float64Array {
  const x = new Float64Array(SPEAKER_FEATURES.length);
  const on = (f: (typeof SPEAKER_FEATURES)[number], v = 1): void => {
    x[INDEX.get(f)!] = v;
  };
  on('bias');
  if (e.rule) on(RULE_GROUP[e.rule]);
  const kind = e.cue?.subject?.kind;
  if (kind === 'name') on('subject:name');
  else if (kind === 'pronoun') on('subject:pronoun');
  else if (kind === 'descriptor') on('subject:descriptor');
  if (kind === 'descriptor' && !e.cue?.subject?.person) on('descriptor:thing');
  if (e.cue?.subject?.bareInversion) on('subject:after-verb-bare');
  if (!e.person.unnamed && isAllCaps(e.person.name)) on('name:all-caps');
  if (!e.person.unnamed) {
    on('named');
    const oneWord = e.person.parts.length <= 1;
    on(oneWord ? 'name:one-word' : 'name:full');
    if (oneWord && lex.capitalisesNouns) on('name:one-word-capitalised-nouns');
  }
  if (e.person.role || e.person.premods.length > 0) on('has-role');
  on(e.mentions <= 1 ? 'mentions:0-1' : e.mentions <= 3 ? 'mentions:2-3' : 'mentions:4+');
  on('quote-probability', e.quoteProbability);
  return x;
}

function isAllCaps(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
