/**
 * From a cue's subject to a person: names to the person who bears them, pronouns to the nearest
 * fitting person before the cue, descriptors ("the expert", "der Neurologe") to the person
 * they describe.
 */
import type { Subject } from './names.js';
import { AMBIGUOUS, type People, type Person } from './people.js';

/** How many paragraphs back a pronoun or descriptor looks for its person (a "he says" often opens the paragraph after the one naming him). */
const MAX_BACK_PARAGRAPHS = 3;

/** Most mentions a pronoun looks back through: the person it means was named near it. */
const MAX_MENTIONS_BACK = 40;
/** Most mentions a description looks back through for someone whose role it names. */
const MAX_ROLE_MENTIONS = 400;

/** How far back a descriptor looks for someone whose role it names: an article's cast, not a book's. */
const MAX_ROLE_PARAGRAPHS = 30;

/** What resolution needs to know about the article so far. */
export interface Context {
  people: People;
  /** Every noun is capitalised (LangData.capitalisesNouns). */
  capitalisesNouns: boolean;
  /** The speaker of the latest attributed quote before this one. */
  lastSpeaker: Person | null;
  /** Paragraph of the latest attributed quote. */
  lastSpeakerParagraph: number;
}

/** The person (or institution) `subj` at paragraph `p` refers to, or null (impersonal, unknown). */
export function resolveSubject(subj: Subject, p: number, ctx: Context): Person | null {
  switch (subj.kind) {
    case 'name':
      return resolveName(subj, p, ctx);
    case 'pronoun':
      return resolvePronoun(subj, p, ctx);
    case 'descriptor':
      return resolveDescriptor(subj, p, ctx);
    default:
      return null;
  }
}

function resolveName(subj: Subject, p: number, ctx: Context): Person | null {
  const name = subj.name ?? subj.text;
  const parts = ctx.people.partsOf(name);
  const known = ctx.people.match(parts, p, subj.start, subj.gender, true);
  if (known === AMBIGUOUS) return ctx.people.unnamed(subj.text.trim()); // "Mrs. Clinton", as written
  // "In einer kurzen Presseerklärung …": one capitalised word nobody bears in full is a noun.
  const full = known ?? (parts.length === 1 ? ctx.people.fullNameOf(name) : null);
  if (!full && ctx.capitalisesNouns && parts.length === 1 && !subj.premod) return null;
  const person = full ?? ctx.people.declare(name);
  if (subj.premod && !person.premods.includes(subj.premod)) person.premods.push(subj.premod);
  if (subj.gender && !person.gender) person.gender = subj.gender;
  return person;
}

/** "he", "sie", "elle": the nearest person before the cue whose gender does not contradict it. */
function resolvePronoun(subj: Subject, p: number, ctx: Context): Person | null {
  if (subj.gender === null) return null; // "they", "ils": a group, nobody in particular
  const last =
    ctx.lastSpeaker && !ctx.lastSpeaker.unnamed && (!ctx.lastSpeaker.gender || ctx.lastSpeaker.gender === subj.gender)
      ? ctx.lastSpeaker
      : null;
  let looked = 0;
  for (const m of ctx.people.before(p, subj.start, p - MAX_BACK_PARAGRAPHS)) {
    if (++looked > MAX_MENTIONS_BACK) break;
    if (m.person.unnamed) continue;
    if (m.person.gender && m.person.gender !== subj.gender) continue;
    // Someone named only in an earlier paragraph's narration does not displace whoever was
    // just quoted: "“…,” said coach John Smith. / Smith's side won, Tom Jones scoring twice. /
    // “He was brilliant,” he said." is still Smith.
    if (last && m.person !== last && m.paragraph < p && ctx.lastSpeakerParagraph >= p - 1 && !m.person.gender)
      return last;
    if (!m.person.gender) m.person.gender = subj.gender;
    return m.person;
  }
  return last ?? ctx.people.weakBefore(p, subj.start, p - MAX_BACK_PARAGRAPHS);
}

/**
 * "said the expert" (named just before as "the analyst Jane Doe"): the nearest
 * person in the same paragraph; else someone whose role holds the noun; else the description
 * itself speaks, as written ("the Florida senator").
 * "ein Militärexperte" (indefinite) is always someone new.
 */
function resolveDescriptor(subj: Subject, p: number, ctx: Context): Person | null {
  // "selon le ministère des Affaires étrangères", "La Constitución manda": an institution or a
  // document speaks, under its name as written.
  const label = subj.text.trim();
  if (!subj.person) return ctx.people.unnamed(label);
  if (subj.indefinite) return ctx.people.unnamed(label);
  let looked = 0;
  for (const m of ctx.people.before(p, subj.start, p)) {
    if (!m.person.unnamed) return m.person;
    if (++looked > MAX_MENTIONS_BACK) break;
  }
  const noun = subj.noun ?? '';
  looked = 0;
  for (const m of ctx.people.before(p, subj.start, p - MAX_ROLE_PARAGRAPHS)) {
    if (!m.person.unnamed && roleHas(m.person, noun)) return m.person;
    if (++looked > MAX_ROLE_MENTIONS) break;
  }
  // No fallback to the nearest mention or the last speaker: "el líder más radicalizado" may be
  // nobody named before, and on the corpora half the last speakers taken so were someone else.
  return ctx.people.unnamed(label);
}

function roleHas(person: Person, noun: string): boolean {
  if (!noun) return false;
  const words = [person.role ?? '', ...person.premods]
    .join(' ')
    .toLowerCase()
    .split(/[\s,()]+/);
  return words.includes(noun);
}
