/**
 * Reads who a phrase names: a person's name (with titles and pre-modifiers split off: "Yale
 * analyst Doe", "Kremlsprecher Iwan Petrow"), a pronoun ("he", "er", "elle"), a descriptor
 * ("the expert", "der Neurologe", "o comandante") or an impersonal subject ("es heißt").
 */
import { isSpeechVerbAt, type Gender, type Lexicon } from './lang/index.js';
import { isCapitalized, isLowerWord, type Token } from './text.js';
import { SENTENCE_STOPS } from './marks.js';

type SubjectKind = 'name' | 'pronoun' | 'descriptor' | 'impersonal';

/** A parsed subject phrase with its extent in the paragraph. */
export interface Subject {
  kind: SubjectKind;
  /** The name without titles or pre-modifiers ("Jane Doe", "Doe"). */
  name: string | null;
  /** Role words in front of the name or forming the descriptor ("Yale analyst", "expert"). */
  premod: string | null;
  /** For descriptors: the head noun, lower case ("expert", "neurologe"). */
  noun: string | null;
  /** The descriptor names a person (not "the report", "the Kremlin"). */
  person: boolean;
  /** "a/ein/un ..." introduces someone new: never resolved to a known person. */
  indefinite: boolean;
  gender: Gender | null;
  /** Surface text ("Yale analyst Doe", "the expert", "he"). */
  text: string;
  start: number;
  end: number;
  /** Index of the first token after the phrase. */
  next: number;
  /**
   * The subject stands after its verb with no comma or quote before the verb ("warned the
   * party"), where it is as often the verb's object (unlike "…, said Doe").
   */
  bareInversion?: boolean;
  /** Read before an apposition or relative clause set off by commas ("Doe, who …, said"). */
  apposed?: boolean;
}

/** Longest name we read, in tokens ("Maria Luisa Gómez Ortega", "Luiz Inácio Lula da Silva"). */
const MAX_NAME_TOKENS = 6;
/** Longest run of modifiers in a descriptor ("the Berlin wine merchant", "der russische Präsident"). */
const MAX_DESCRIPTOR_TOKENS = 5;
/** Inverted French pronouns glued to their verb: dit-il, a-t-elle. */
const INVERTED_PRONOUN = /-(?:t-)?(il|elle|ils|elles|on)$/u;

/** Is `word` (lower case) a noun naming a person by role? `strict` skips the loose suffix test. */
export function isPersonNoun(word: string, lex: Lexicon, strict = false): boolean {
  if (lex.personNouns.has(word) || lex.titles.has(word)) return true;
  if (strict || word.length < 5 || lex.nonPersonNouns.has(word)) return false;
  for (const suffix of lex.personNounSuffixes) {
    if (word.endsWith(suffix) && (suffix.length >= 4 || !endsWithAny(word, lex.nonPersonNouns))) return true;
  }
  return false;
}

function endsWithAny(word: string, set: ReadonlySet<string>): boolean {
  for (const w of set) if (w.length >= 4 && word.endsWith(w)) return true;
  return false;
}

/** A strong person noun for splitting a capitalised run ("Kremlsprecher Dmitri"): listed, or a long telling suffix. */
function isRoleWord(word: string, lex: Lexicon): boolean {
  if (lex.personNouns.has(word) || lex.titles.has(word)) return true;
  for (const suffix of lex.personNounSuffixes)
    if (suffix.length >= 5 && word.endsWith(suffix) && word.length > suffix.length + 2) return true;
  return false;
}

/** Can `t` be part of a person's name? */
function isNameToken(t: Token | undefined, lex: Lexicon): boolean {
  return (
    !!t &&
    (isCapitalized(t) || particleCompound(t, lex)) &&
    !lex.nonNames.has(t.lower) &&
    !lex.pronouns.has(t.lower) &&
    !/^\d/.test(t.text) &&
    !isContraction(t.lower, lex) &&
    !lowerCompound(t.text)
  );
}

/** "al-Baghdadi", "el-Sisi", "bin-Laden": a lower-case particle joined to a capitalised name. */
function particleCompound(t: Token, lex: Lexicon): boolean {
  const dash = t.text.indexOf('-');
  if (dash <= 0 || !lex.nameParticles.has(t.lower.slice(0, dash))) return false;
  const ch = t.text[dash + 1] ?? '';
  return ch !== ch.toLowerCase();
}

/** How many tokens of particles stand at `j`: a listed run ("von der"), else one. */
function particleRunAt(tokens: readonly Token[], j: number, lex: Lexicon): number {
  for (const run of lex.particleRuns) {
    if (run.every((w, k) => tokens[j + k]?.lower === w)) return run.length;
  }
  return 1;
}

/**
 * "Don’t", "Can't", "I’m", "It's": a contracted verb or pronoun, never a name ("Don’t say “…”",
 * "I’m telling you …"). "O'Brien" and "Smith's" stay names.
 */
function isContraction(lower: string, lex: Lexicon): boolean {
  if (lower.endsWith("n't") || lower.endsWith('n’t')) return true;
  let k = lower.indexOf("'");
  if (k < 0) k = lower.indexOf('’');
  if (k <= 0) return false;
  const base = lower.slice(0, k);
  return lex.nonNames.has(base) || lex.pronouns.has(base);
}

/** "Island-based", "Kremlin-backed": a compound ending in a lower-case word is an adjective ("Mercer Island-based Jane Doe Company"). */
function lowerCompound(word: string): boolean {
  const dash = word.lastIndexOf('-');
  if (dash < 0 || dash === word.length - 1) return false;
  const ch = word[dash + 1]!;
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

/** The French inverted pronoun in "dit-elle", "a-t-il", with its gender. */
export function invertedPronoun(t: Token | undefined, lex: Lexicon): Gender | null | undefined {
  if (t?.kind !== 'word') return undefined;
  const m = INVERTED_PRONOUN.exec(t.lower);
  if (!m || !lex.pronouns.has(m[1]!)) return undefined;
  return lex.pronouns.get(m[1]!) ?? null;
}

/** A middle initial before more name: "Julie A. Diaz", "Jane I. Doe" (the letters "a" and "I" are words too). */
function isInitial(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j]!;
  return /^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.text === '.' && isNameToken(tokens[j + 2], lex);
}

/** Reads a run of name tokens from `i`: capitalised words and inner particles (von, da, bin). */
function readName(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let j = i;
  let last = i;
  while (j < tokens.length && j - i < MAX_NAME_TOKENS) {
    const t = tokens[j]!;
    if (j > i && isInitial(tokens, j, lex)) j += 2;
    else if (isNameToken(t, lex)) {
      j++;
      last = j;
      // An initial: "Robert M. Jones".
      if (t.text.length === 1 && tokens[j]?.text === '.' && isNameToken(tokens[j + 1], lex)) j++;
    } else if (j > i && lex.nameParticles.has(t.lower)) {
      // A particle inside a name, or a listed run of them: "Ursula von der Leyen", "Jean de La
      // Fontaine" (not "Passend zu den Gefahren").
      const k = j + particleRunAt(tokens, j, lex);
      if (!isNameToken(tokens[k], lex)) break;
      j = k;
    } else break;
  }
  return last;
}

function subject(
  kind: SubjectKind,
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
  extra: Partial<Subject>,
): Subject {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return {
    kind,
    name: null,
    premod: null,
    noun: null,
    person: kind !== 'impersonal',
    indefinite: false,
    gender: null,
    text: text.slice(start, end),
    start,
    end,
    next: to,
    ...extra,
  };
}

/** A possessive ending: "Center’s", "NASA's". */
const POSSESSIVE = /['’]s$/u;

/** An all-capital acronym joined to a noun: "SPD-Chef", "ARD-Intendant", "CDU-Politikerin". */
const ACRONYM_COMPOUND = /^\p{Lu}{2,}-\p{Lu}\p{Ll}/u;

/**
 * A word that tells a party, nation or standing before a name, never a name itself: "Republican
 * Donald Trump", "former Senator …", "SPD-Chef Lars Klingbeil".
 */
const ACRONYM = /^\p{Lu}{2,}$/u;

function isAffiliation(t: Token, lex: Lexicon): boolean {
  return lex.roleModifiers.has(t.lower) || ACRONYM_COMPOUND.test(t.text);
}

/** Splits role words off the front of a capitalised run: "Kremlsprecher Iwan Petrow". */
function splitLeadingRoles(tokens: readonly Token[], from: number, to: number, lex: Lexicon): number {
  // The name starts after the last role word of the run; what stands before that role word is
  // part of the role: "Police Commissioner Graham Ashton", "Labour MP Jane Doe", "General
  // Motors CEO Mary Barra", "Prime Minister Scott Morrison", "Kremlsprecher Iwan Petrow".
  let start = from;
  // Affiliations only lead the run ("Former Republican Senator …"); inside it they belong to a
  // body's name ("Center for Contemporary Afghan Studies").
  const midRun = from > 0 && isNameToken(tokens[from - 1], lex);
  while (!midRun && start < to - 1 && isAffiliation(tokens[start]!, lex)) start++;
  // "MSZ Maria Adebahr", "DW Peter Limburg": an acronym before a first and last name is a body's.
  if (to - start >= 3 && ACRONYM.test(tokens[start]!.text)) start++;
  // Where every noun is capitalised, a person noun opening a run of three is a role before a
  // first and last name ("Händler Jonas Weber", "Nutzer Ali Karimov"); two may be one name.
  if (!midRun && lex.capitalisesNouns && to - start >= 3 && isPersonNoun(tokens[start]!.lower, lex)) start++;
  for (let k = start; k < to - 1; k++) {
    if (k < to - 2 && lex.personNouns.has(`${tokens[k]!.lower} ${tokens[k + 1]!.lower}`)) start = k + 2;
    else if (isRoleWord(tokens[k]!.lower, lex)) start = k + 1;
    // "Media Research Center’s Brent Doe": a possessor, then a first and last name (not
    // "Stodden's Frühburgunder", one word: a thing the possessor owns).
    else if (POSSESSIVE.test(tokens[k]!.text) && to - k - 1 >= 2) start = k + 1;
  }
  while (start < to - 1 && tokens[start]!.text === '.') start++;
  return start;
}

/**
 * Parses a subject phrase starting at token `i`. Returns null when the tokens there are not a
 * person-like subject. `text` is the paragraph the tokens index into; `afterSource`: the
 * tokens follow a source preposition ("laut", "nach Angaben von"), where a name is expected.
 */
export function parseSubject(
  tokens: readonly Token[],
  i: number,
  text: string,
  lex: Lexicon,
  afterSource = false,
): Subject | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  if (lex.pronouns.has(t.lower) && !isCapitalizedMidName(tokens, i, lex)) {
    const gender = lex.pronouns.get(t.lower) ?? null;
    return subject('pronoun', tokens, i, i + 1, text, { gender, person: true });
  }
  if (lex.impersonal.has(t.lower)) return subject('impersonal', tokens, i, i + 1, text, {});
  // Title + name: "President Vladimir Putin", "Dr. Müller", "M. Martin".
  let j = i;
  let gender: Gender | null = null;
  while (
    j < tokens.length &&
    lex.titles.has(tokens[j]!.lower) &&
    (isNameToken(tokens[j + 1], lex) || (tokens[j + 1]?.text === '.' && isNameToken(tokens[j + 2], lex)))
  ) {
    gender = gender ?? lex.genderedTitles.get(tokens[j]!.lower) ?? null;
    j += tokens[j + 1]?.text === '.' ? 2 : 1;
  }
  if (j > i) {
    const end = readName(tokens, j, lex);
    if (end > j) return nameSubject(tokens, i, j, end, text, gender);
  }
  if (lex.determiners.has(t.lower) || lex.possessives.has(t.lower))
    return parseDescriptor(tokens, i, text, lex, afterSource);
  // Lower-case role words before a name: "analyst Doe", "técnico Tite".
  if (isLowerWord(t)) {
    let k = i;
    while (k < tokens.length && k - i < 3 && isLowerWord(tokens[k]) && !lex.speechVerbs.has(tokens[k]!.lower)) k++;
    // Listed role nouns only: "populist Alternative for Germany" is no person.
    if (k > i && isPersonNoun(tokens[k - 1]!.lower, lex, true) && isNameToken(tokens[k], lex)) {
      const end = readName(tokens, k, lex);
      return nameSubject(tokens, i, k, end, text, null);
    }
    return null;
  }
  if (!isNameToken(t, lex)) return null;
  // German "Auf alle Anfragen", "Diesen Preis": a capitalised word after an article is a noun.
  // ("nach Angaben von Nikolai Petrow": after a source preposition a name is what is expected.)
  if (i > 0 && !afterSource && lex.nounMarkers.has(tokens[i - 1]!.lower)) return null;
  const end = readName(tokens, i, lex);
  if (end === i + 1 && opensSentence(tokens, i) && isCapitalisedCommonWord(t, lex)) return null;
  if (isDateline(tokens, i, end)) return null;
  // "Trump’s comments are …", "Doe's lawyer said": a possessor, not the subject; but "Clinton’s top
  // aide Jake Sullivan" names the aide after the roles.
  if (POSSESSIVE.test(tokens[end - 1]!.text) && isLowerWord(tokens[end])) {
    const aide = nameAfterRoles(tokens, end, lex);
    return aide ? nameSubject(tokens, i, aide.start, aide.end, text, null) : null;
  }
  // "Yale analyst Doe", "GOP strategist Jane Doe", "Navy Capt. John Roe": an
  // organisation or place, role words, then the name.
  const later = nameAfterRoles(tokens, end, lex);
  if (later) return nameSubject(tokens, i, later.start, later.end, text, null);
  const nameStart = splitLeadingRoles(tokens, i, end, lex);
  return nameSubject(tokens, i, nameStart, end, text, null);
}

/** "WASHINGTON ― …", "BERLIN (AP) — …": a place in capitals opening the paragraph before a dash or an agency. */
function isDateline(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[end]?.text ?? '';
  return i === 0 && !/\p{Ll}/u.test(tokens[i]!.text) && (DATELINE_AFTER.has(next) || next === '(');
}

const DATELINE_AFTER = new Set(['―', '—', '–', '-']);

/** Does token `i` open its sentence (or the text)? */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || SENTENCE_STOPS.has(prev.text);
}

/**
 * A word capitalised only because it opens the sentence: "Earlier, …", "Continuing to explain,
 * …", "Facing …" (an adverb, a filler, a participle), never a one-word name.
 */
function isCapitalisedCommonWord(t: Token, lex: Lexicon): boolean {
  return lex.fillers.has(t.lower) || lex.nonPersonNouns.has(t.lower) || isParticiple(t.lower, lex);
}

/** A speech verb's participle or any word of its shape: "calling", "déclarant", "diciendo". */
export function isParticiple(word: string, lex: Lexicon): boolean {
  return lex.participleEndings.some((e) => word.length > e.length + 2 && word.endsWith(e));
}

/** Longest title written with a dot ("Capt.", "Prof."): a longer word before a dot ends its sentence. */
const MAX_ABBREVIATED_TITLE = 4;
/** Most tokens of roles between a capitalised word and the name after it ("executive Director", "1st Lt."). */
const MAX_ROLE_WORDS = 4;

/** A role noun, singular or plural ("strategist", "supporters"), or a title. */
function isRoleNoun(lower: string, lex: Lexicon): boolean {
  return (
    lex.titles.has(lower) || isPersonNoun(lower, lex) || (lower.endsWith('s') && isPersonNoun(lower.slice(0, -1), lex))
  );
}

/** A lower-case word that can stand inside a role ("senior", "executive"), not a function word or verb of speech. */
function isRoleFiller(t: Token, lex: Lexicon): boolean {
  const w = t.lower;
  return (
    isLowerWord(t) &&
    !lex.nonNames.has(w) &&
    !lex.determiners.has(w) &&
    !lex.fillers.has(w) &&
    !lex.conjunctions.has(w) &&
    !lex.ofWords.has(w) &&
    !lex.relatives.has(w) &&
    !lex.complementizers.has(w) &&
    !lex.pronouns.has(w) &&
    !lex.speechVerbs.has(w)
  );
}

/**
 * The name after role words that follow the capitalised run ending at `k`: "GOP strategist Jane
 * Doe", "Navy Capt. John Roe", "Air Force 1st Lt. Sam Lee". Null unless at
 * least one role noun or title stands between.
 */
function nameAfterRoles(tokens: readonly Token[], k: number, lex: Lexicon): { start: number; end: number } | null {
  let m = k;
  let role = false;
  while (m < tokens.length && m - k < MAX_ROLE_WORDS) {
    const t = tokens[m]!;
    const prev = tokens[m - 1];
    // The dot of an abbreviated title ("Capt.", "Lt."), not the full stop after one ("… ist Ministerin.").
    if (t.text === '.' && prev && lex.titles.has(prev.lower) && prev.text.length <= MAX_ABBREVIATED_TITLE) role = true;
    else if (/^\d+(st|nd|rd|th)?$/u.test(t.lower)) {
      // an ordinal rank: "1st Lt."
    } else if (isCapitalized(t) && lex.titles.has(t.lower)) role = true;
    else if (isRoleFiller(t, lex)) role ||= isRoleNoun(t.lower, lex);
    else break;
    m++;
  }
  if (!role || m === k || !isNameToken(tokens[m], lex) || lex.titles.has(tokens[m]!.lower)) return null;
  return { start: m, end: readName(tokens, m, lex) };
}

/** German capitalises "Sie" mid-sentence only as the polite form; treat the token as a pronoun anyway unless it heads a name. */
function isCapitalizedMidName(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  return isCapitalized(tokens[i]) && isNameToken(tokens[i + 1], lex) && !lex.speechVerbs.has(tokens[i + 1]!.lower);
}

function nameSubject(
  tokens: readonly Token[],
  from: number,
  nameStart: number,
  end: number,
  text: string,
  gender: Gender | null,
): Subject {
  const premod = nameStart > from ? text.slice(tokens[from]!.start, tokens[nameStart - 1]!.end) : null;
  const name = text.slice(tokens[nameStart]!.start, tokens[end - 1]!.end);
  return subject('name', tokens, from, end, text, { name, premod, gender, person: true });
}

/**
 * "the expert", "der Soldat Andrij", "the Berlin wine merchant", "ein Militärexperte". After a
 * source preposition a noun phrase is expected, so a speech-verb form is its noun: "according to
 * the explanatory notes of the British Bill".
 */
function parseDescriptor(
  tokens: readonly Token[],
  i: number,
  text: string,
  lex: Lexicon,
  afterSource = false,
): Subject | null {
  const indefinite = lex.indefinite.has(tokens[i]!.lower);
  let j = i + 1;
  let head = -1;
  while (j < tokens.length && j - i <= MAX_DESCRIPTOR_TOKENS) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || (!afterSource && isSpeechVerbAt(tokens, j, lex)) || lex.fillers.has(t.lower)) break;
    // "the participants were asked": an auxiliary ends the noun phrase.
    if (lex.passiveAuxiliaries.has(t.lower)) break;
    if (isLowerWord(t) && lex.nonNames.has(t.lower)) break; // of, in, und ...
    // Suffixes only tell role nouns in lower case ("German" is no -man), or anywhere in German.
    if (isPersonNoun(t.lower, lex, isCapitalized(t) && (head >= 0 || lex.nounMarkers.size === 0))) head = j;
    else if (head >= 0) break;
    j++;
  }
  if (head < 0) {
    // "his recent remarks": a possessive opens only a person's description.
    if (lex.possessives.has(tokens[i]!.lower)) return null;
    // "the Kremlin", "the report", "le ministère des Affaires étrangères": a source, not a person.
    if (j === i + 1) return null;
    const noun = tokens[j - 1]!.lower;
    return subject('descriptor', tokens, i, complementEnd(tokens, j, lex), text, { noun, person: false, indefinite });
  }
  const noun = tokens[head]!.lower;
  const nameEnd = readName(tokens, head + 1, lex);
  if (nameEnd > head + 1) {
    const s = nameSubject(tokens, i, head + 1, nameEnd, text, null);
    return { ...s, premod: text.slice(tokens[i + 1]!.start, tokens[head]!.end) };
  }
  let end = head + 1;
  while (
    lex.postnominal &&
    end - head <= MAX_POSTNOMINAL &&
    isLowerWord(tokens[end]) &&
    !stopsDescriptor(tokens[end]!, lex)
  )
    end++;
  end = complementEnd(tokens, end, lex);
  end = secondRole(tokens, end, lex);
  return subject('descriptor', tokens, i, end, text, {
    noun,
    person: true,
    indefinite,
    premod: text.slice(tokens[i + 1]!.start, tokens[end - 1]!.end),
  });
}

/** Most adjectives after a Romance head noun ("mapuche más radicalizado"). */
const MAX_POSTNOMINAL = 3;

/**
 * "the Florida senator and Republican presidential candidate": a second role of the same person
 * after "and", with no determiner of its own (which would make it a second person). Returns the
 * description's new end, or `end`.
 */
function secondRole(tokens: readonly Token[], end: number, lex: Lexicon): number {
  if (!lex.conjunctions.has(tokens[end]?.lower ?? '')) return end;
  for (let j = end + 1; j < tokens.length && j - end <= MAX_DESCRIPTOR_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || lex.determiners.has(t.lower) || lex.possessives.has(t.lower)) return end;
    if (isSpeechVerbAt(tokens, j, lex) || lex.fillers.has(t.lower) || lex.pronouns.has(t.lower)) return end;
    if (isPersonNoun(t.lower, lex) && !isPersonNoun(tokens[j + 1]?.lower ?? '', lex)) return j + 1;
  }
  return end;
}

function stopsDescriptor(t: Token, lex: Lexicon): boolean {
  return (
    lex.speechVerbs.has(t.lower) ||
    lex.fillers.has(t.lower) ||
    lex.nonNames.has(t.lower) ||
    lex.ofWords.has(t.lower) ||
    lex.determiners.has(t.lower)
  );
}

/** Longest complement a descriptor keeps ("de los servicios", "des Affaires étrangères"). */
const MAX_COMPLEMENT_TOKENS = 4;

/** End of "of …" after a descriptor's head: "una fuente | de los servicios", "ce projet | de loi". */
function complementEnd(tokens: readonly Token[], j: number, lex: Lexicon): number {
  if (!lex.ofWords.has(tokens[j]?.lower ?? '')) return j;
  let k = j + 1;
  if (lex.determiners.has(tokens[k]?.lower ?? '')) k++;
  const start = k;
  while (k < tokens.length && k - start < MAX_COMPLEMENT_TOKENS) {
    const t = tokens[k]!;
    if (
      t.kind !== 'word' ||
      lex.speechVerbs.has(t.lower) ||
      lex.fillers.has(t.lower) ||
      lex.nonNames.has(t.lower) ||
      lex.pronouns.has(t.lower)
    )
      break;
    k++;
  }
  return k > start ? k : j;
}

/**
 * The subject that ends right before token `verb` (fillers such as "has", "also" may stand
 * between). The phrase must start at a boundary: `floor`, after punctuation, or after a word
 * that cannot be part of it.
 */
export function parseSubjectBefore(
  tokens: readonly Token[],
  verb: number,
  floor: number,
  text: string,
  lex: Lexicon,
): Subject | null {
  const plain = subjectBefore(tokens, verb, floor, text, lex, false);
  // "The minister strongly warned against making a “bad deal”": a manner adverb is a
  // filler, but only when the words give no subject otherwise ("the family said").
  if (plain || !lex.adverbSuffixes.length) return plain;
  return subjectBefore(tokens, verb, floor, text, lex, true);
}

/** Shortest word that an adverb ending marks ("strongly", not "fly"). */
const MIN_ADVERB_LENGTH = 5;

function isMannerAdverb(t: Token | undefined, lex: Lexicon): boolean {
  return isLowerWord(t) && t!.text.length >= MIN_ADVERB_LENGTH && lex.adverbSuffixes.some((s) => t!.lower.endsWith(s));
}

function subjectBefore(
  tokens: readonly Token[],
  verb: number,
  floor: number,
  text: string,
  lex: Lexicon,
  adverbs: boolean,
): Subject | null {
  let end = verb;
  while (
    end > floor &&
    (lex.fillers.has(tokens[end - 1]!.lower) || (adverbs && isMannerAdverb(tokens[end - 1], lex))) &&
    verb - end < 3
  )
    end--;
  if (adverbs && end === verb) return null;
  // "el líder mapuche más radicalizado (y menos representativo) declare": skip the aside.
  end = beforeAside(tokens, end, floor);
  const direct =
    subjectEndingAt(tokens, end, floor, text, lex) ??
    nameOfPlace(tokens, end, floor, text, lex) ??
    bodyName(tokens, end, floor, text, lex);
  if (direct || tokens[end - 1]?.text !== ',') return direct;
  // "Gov. Jane Roe (R-Ohio), said": the subject right before its bracketed aside and the comma.
  if (tokens[end - 2]?.text === ')') {
    const bracketed = subjectEndingAt(tokens, beforeAside(tokens, end - 1, floor), floor, text, lex);
    if (bracketed) return bracketed;
  }
  const opening = subjectOpeningAsides(tokens, end, floor, text, lex);
  if (opening) return opening;
  // "Jean Martin, député socialiste …, a annoncé": skip back over the apposition.
  for (let c = end - 2; c > floor && end - c <= MAX_APPOSITION_TOKENS; c--) {
    if (tokens[c]!.text !== ',') continue;
    // "Rep. Jane Roe (R-Ohio), a panel member, said": the name before its bracketed aside.
    const subj = subjectEndingAt(tokens, beforeAside(tokens, c, floor), floor, text, lex);
    // "her mother, Anna, said": a name in apposition to a role or kin word is the speaker.
    const named = subj?.kind === 'name' ? null : subjectEndingAt(tokens, end - 1, c + 1, text, lex);
    if (named?.kind === 'name' && named.start === tokens[c + 1]!.start) return { ...named, apposed: true };
    return subj && subj.kind !== 'pronoun' ? { ...subj, apposed: true } : null;
  }
  return null;
}

/** Where a bracketed aside ending right before `end` begins ("Doe (R-Ohio)"), else `end`. */
function beforeAside(tokens: readonly Token[], end: number, floor: number): number {
  if (tokens[end - 1]?.text !== ')') return end;
  let open = end - 2;
  while (open > floor && tokens[open]!.text !== '(' && end - open <= MAX_APPOSITION_TOKENS) open--;
  return tokens[open]?.text === '(' ? open : end;
}

/** Longest run of asides between a clause's subject and its verb ("X, during a visit to Y, Z, said"). */
const MAX_ASIDES_TOKENS = 40;

/**
 * "Clinton, during a town hall meeting in Columbus, Ohio, said": the words before the verb are
 * set off by commas; the subject is the one that opens the clause and ends at the first comma, not
 * a place or a thing in the asides after it.
 */
function subjectOpeningAsides(
  tokens: readonly Token[],
  end: number,
  floor: number,
  text: string,
  lex: Lexicon,
): Subject | null {
  if (end - floor > MAX_ASIDES_TOKENS) return null;
  // "– …– tak Agnieszka Dobkiewicz, …, odpowiada": the clause may open with fillers.
  let first = floor;
  while (first < end && lex.fillers.has(tokens[first]!.lower)) first++;
  let c = first + 1;
  while (c < end - 1 && tokens[c]!.text !== ',') c++;
  if (c >= end - 1) return null;
  const subj = subjectEndingAt(tokens, c, first, text, lex);
  if (!subj || subj.start !== tokens[first]?.start) return null;
  if (subj.kind === 'name' || (subj.kind === 'descriptor' && subj.person)) return { ...subj, apposed: true };
  return null;
}

/** Most tokens of a place after a name: "of Kentucky", "of New South Wales". */
const MAX_PLACE_TOKENS = 3;

/**
 * "Senator John Roe of Kentucky called …": a name followed by "of" and a
 * capitalised place ends at `end`; the subject is the name.
 */
function nameOfPlace(tokens: readonly Token[], end: number, floor: number, text: string, lex: Lexicon): Subject | null {
  for (let j = end - 2; j > floor && end - j <= MAX_PLACE_TOKENS + 1; j--) {
    if (!isNameToken(tokens[j + 1], lex)) return null;
    if (!lex.ofWords.has(tokens[j]!.lower) || !isLowerWord(tokens[j])) continue;
    const subj = subjectEndingAt(tokens, j, floor, text, lex);
    return subj?.kind === 'name' ? subj : null;
  }
  return null;
}

/** Words that join the parts of one long proper name: "Joint Committee on Intelligence and Security". */
const NAME_JOINERS = new Set(['and', 'on', 'of', 'for', 'und', 'für', 'et', 'y', 'e']);

/** Does a capitalised run continue across a joiner into `s` (so `s` starts no name of its own)? */
function insideProperName(tokens: readonly Token[], s: number, floor: number, lex: Lexicon): boolean {
  const joiner = tokens[s - 1];
  return (
    s - 2 >= floor &&
    !!joiner &&
    (NAME_JOINERS.has(joiner.lower) || lex.ofWords.has(joiner.lower)) &&
    isCapitalized(tokens[s - 2]) &&
    !lex.nonNames.has(tokens[s - 2]!.lower)
  );
}

/** Most tokens of an institution's name ("Parliament’s Joint Committee on Intelligence and Security"). */
const MAX_BODY_NAME_TOKENS = 10;
/** Joiners that only join names of bodies, not two people or groups ("Democrats and Republicans"). */
const BODY_JOINERS = new Set(['on', 'of', 'for', 'für', 'de', 'del', 'des', 'du']);

/**
 * A body's name, capitalised words joined by "on", "of", "and", ending at `end`: "as
 * Parliament’s Joint Committee on Intelligence and Security has pointed out".
 * It speaks as an institution (a descriptor that names no person), under its name as written.
 */
function bodyName(tokens: readonly Token[], end: number, floor: number, text: string, lex: Lexicon): Subject | null {
  let k = end - 1;
  if (k <= floor || !isCapitalized(tokens[k])) return null;
  let bodyJoiner = false;
  while (k > floor && end - k < MAX_BODY_NAME_TOKENS) {
    const joiner = tokens[k - 1]!;
    if (isCapitalized(tokens[k - 1]) && !lex.nonNames.has(joiner.lower)) k--;
    else if (
      isLowerWord(joiner) &&
      (NAME_JOINERS.has(joiner.lower) || lex.ofWords.has(joiner.lower)) &&
      isCapitalized(tokens[k - 2]) &&
      !lex.nonNames.has(tokens[k - 2]!.lower)
    ) {
      bodyJoiner ||= BODY_JOINERS.has(joiner.lower) || lex.ofWords.has(joiner.lower);
      k -= 2;
    } else break;
  }
  if (!bodyJoiner || !isCapitalized(tokens[k]) || lex.nonNames.has(tokens[k]!.lower)) return null;
  if (k - 1 >= floor && lex.determiners.has(tokens[k - 1]!.lower)) k--;
  const last = tokens[end - 1]!;
  return subject('descriptor', tokens, k, end, text, { noun: last.lower, person: false });
}

/** Longest apposition skipped between a subject and its verb ("X, the director of …, said"). */
const MAX_APPOSITION_TOKENS = 24;

function subjectEndingAt(
  tokens: readonly Token[],
  end: number,
  floor: number,
  text: string,
  lex: Lexicon,
): Subject | null {
  for (let s = Math.max(floor, end - MAX_NAME_TOKENS - 2); s < end; s++) {
    const prev = tokens[s - 1];
    const boundary = s === floor || !prev || prev.kind !== 'word' || isLowerWord(prev) || lex.nonNames.has(prev.lower);
    if (!boundary || insideProperName(tokens, s, floor, lex)) continue;
    // A noun phrase after a preposition is its object, never the subject: "auf der Sitzung sagte".
    if (s > floor && prev && lex.prepositions.has(prev.lower)) continue;
    const subj = parseSubject(tokens, s, text, lex);
    if (subj && subj.next === end) return subj;
  }
  return null;
}
