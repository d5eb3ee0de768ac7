/** The engine's result for one article: quotes with offsets, one speaker per person, the terms. */
import type { Quote, QuoteAnalysis, Speaker } from '../types.js';
import { SPEAKER_THRESHOLD } from './decide/model.js';
import type { Lexicon } from './lang/index.js';
import type { People, Person } from './people.js';
import type { Candidate } from './sieve.js';
import { squashSpace } from './text.js';

/** Honorifics only ("Mr.", "Dr", "Mme"): no role. Titles that name an office ("Senator") are kept. */
function isTitleOnly(premod: string, lex: Lexicon): boolean {
  const words = premod
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => lex.titles.has(w) && !lex.personNouns.has(w));
}

export function output(
  cands: readonly Candidate[],
  paras: readonly string[],
  lex: Lexicon,
  people: People,
): QuoteAnalysis {
  const ids = new Map<Person, string>();
  const counts = new Map<Person, number>();
  const quotes: Quote[] = [];
  const termSet = new Set<string>();
  for (const c of cands) {
    const text = paras[c.raw.paragraph]!.slice(c.raw.start, c.raw.end);
    if (c.verdict === 'term') {
      termSet.add(squashSpace(text));
      continue;
    }
    let speakerId: string | null = null;
    // How likely the speaker is right (decide/): below the threshold the quote shows no name.
    const confidence = Math.round(c.speakerProbability * 100) / 100;
    if (c.person && c.speakerProbability >= SPEAKER_THRESHOLD) {
      speakerId = ids.get(c.person) ?? `s${ids.size + 1}`;
      ids.set(c.person, speakerId);
      counts.set(c.person, (counts.get(c.person) ?? 0) + 1);
    }
    quotes.push({
      text,
      paragraph: c.raw.paragraph,
      start: c.raw.start,
      end: c.raw.end,
      kind: c.kind,
      speakerId,
      speakerMention: speakerId && c.cue?.subject ? squashSpace(c.cue.subject.text) : null,
      cue: c.verdict === 'continuation' ? 'continuation' : c.cue ? squashSpace(c.cue.text) : null,
      confidence: speakerId ? confidence : 0,
    });
  }
  const speakers: Speaker[] = [...ids].map(([person, id]) => {
    const name = squashSpace(people.fullestName(person));
    // A title ("Mr.", "Dr.", "Senator") is how one is addressed, not a role; a role word before the name is.
    const role = person.role ?? person.premods.find((m) => !isTitleOnly(m, lex)) ?? null;
    return {
      id,
      name,
      role: role === null ? null : squashSpace(role),
      aliases: [...new Set([...person.aliases].map(squashSpace))].filter((a) => a !== name),
      quoteCount: counts.get(person) ?? 0,
    };
  });
  return { quotes, speakers, terms: [...termSet] };
}
