/**
 * Picks the attribution data for an article's language. An unknown or missing language gets
 * every language's data merged, so an untagged page still finds its cues. The data files are
 * registered by `all.ts` (which the engine imports); the reading view's build leaves that out
 * and registers the one language a page needs when the view opens (src/view/languages.ts).
 */
import type { LangData, LangSource } from './types.js';

export type { Gender, LangData, UncasedNames } from './types.js';

/** Every field of `LangData` with its value when a language file leaves it out. */
const DEFAULTS: Omit<LangData, 'code'> = {
  speechVerbs: [],
  sourcePrepositions: [],
  commaSourcePrepositions: [],
  speakerWords: [],
  pronouns: {},
  genderWords: {},
  fillers: [],
  determiners: [],
  indefiniteDeterminers: [],
  possessiveDeterminers: [],
  roleModifiers: [],
  titles: [],
  genderedTitles: {},
  personNouns: [],
  personNounSuffixes: [],
  nonPersonNouns: [],
  labelVerbs: [],
  sourcePostpositions: [],
  reportedSpeechMarkers: [],
  termMarkers: [],
  abbreviations: [],
  nameParticles: [],
  particleRuns: [],
  nonNames: [],
  complementizers: [],
  captionMarkers: [],
  subordinators: [],
  relatives: [],
  conjunctions: [],
  impersonal: [],
  nounMarkers: [],
  capitalisesNouns: false,
  clauseFinalVerbs: false,
  dialogueDashes: false,
  genitiveS: false,
  verbSecond: false,
  statesSubjects: false,
  inversionOnlyInIncise: false,
  nonInverting: [],
  postnominal: false,
  prepositions: [],
  ofWords: [],
  passiveAuxiliaries: [],
  perfectAuxiliaries: [],
  passiveLinks: [],
  passiveAgents: [],
  adverbSuffixes: [],
  participleEndings: [],
  uncased: null,
};

/** Serbian Latin letters and digraphs as Cyrillic ones (the two alphabets map one to one). */
const CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  dž: 'џ',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  lj: 'љ',
  m: 'м',
  n: 'н',
  nj: 'њ',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
};
const toCyrillic = (word: string): string => word.replace(/lj|nj|dž|[a-zčćđšž]/g, (letters) => CYRILLIC[letters]!);

/** Each word of `words` and its Cyrillic spelling, once. */
const bothScripts = (words: readonly string[]): string[] => [...new Set(words.flatMap((w) => [w, toCyrillic(w)]))];

/** A language file as the engine reads it: "|"-separated lists split, left-out fields at their default. */
function expandLanguage(source: LangSource): LangData {
  const { alsoCyrillic, ...fields } = source;
  const out: Record<string, unknown> = { ...DEFAULTS, code: source.code };
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'code') continue;
    let v: unknown = typeof value === 'string' ? value.split('|').filter(Boolean) : value;
    if (alsoCyrillic && Array.isArray(v)) v = bothScripts(v as string[]);
    else if (alsoCyrillic && v && typeof v === 'object')
      v = Object.fromEntries(
        Object.entries(v).flatMap(([w, g]) => [
          [w, g],
          [toCyrillic(w), g],
        ]),
      );
    out[key] = v;
  }
  return out as unknown as LangData;
}

const REGISTERED: Record<string, LangData> = {};

/** Every registered language with its own data file, by primary subtag. */
export const LANGUAGES: Readonly<Record<string, LangData>> = REGISTERED;

/** Adds language files to those the engine reads (again for a code already there: replaced). */
export function addLanguages(sources: readonly LangSource[]): void {
  for (const source of sources) REGISTERED[source.code] = expandLanguage(source);
  cache.clear();
  registered++;
}

/** How many times languages were added: lets derived tables (guess.ts) know when to rebuild. */
let registered = 0;
export const registrations = (): number => registered;

/** Lookup sets built once per language (the engine asks "is this word a …?" for every token). */
export interface Lexicon {
  data: LangData;
  /** Single-word speech verbs. */
  speechVerbs: Set<string>;
  /** Multi-word speech verbs by first word: "pointed" → [["out"]]. */
  phrasalVerbs: Map<string, string[][]>;
  sources: string[][];
  commaSources: string[][];
  speakerWords: Set<string>;
  pronouns: Map<string, 'm' | 'f' | null>;
  genderWords: Map<string, 'm' | 'f'>;
  fillers: Set<string>;
  determiners: Set<string>;
  indefinite: Set<string>;
  possessives: Set<string>;
  roleModifiers: Set<string>;
  titles: Set<string>;
  genderedTitles: Map<string, 'm' | 'f'>;
  personNouns: Set<string>;
  personNounSuffixes: string[];
  nonPersonNouns: Set<string>;
  termMarkers: string[][];
  labelVerbs: Set<string>;
  sourcePostpositions: Set<string>;
  reportedSpeech: Set<string>;
  abbreviations: Set<string>;
  nameParticles: Set<string>;
  /** Runs of particles inside a name, as word sequences. */
  particleRuns: string[][];
  nonNames: Set<string>;
  complementizers: Set<string>;
  subordinators: Set<string>;
  relatives: Set<string>;
  captionMarkers: string[];
  conjunctions: Set<string>;
  impersonal: Set<string>;
  nounMarkers: Set<string>;
  capitalisesNouns: boolean;
  clauseFinalVerbs: boolean;
  dialogueDashes: boolean;
  genitiveS: boolean;
  verbSecond: boolean;
  statesSubjects: boolean;
  inversionOnlyInIncise: boolean;
  nonInverting: Set<string>;
  postnominal: boolean;
  prepositions: Set<string>;
  ofWords: Set<string>;
  passiveAuxiliaries: Set<string>;
  perfectAuxiliaries: Set<string>;
  passiveLinks: Set<string>;
  passiveAgents: Set<string>;
  adverbSuffixes: string[];
  participleEndings: string[];
}

const cache = new Map<string, Lexicon>();

function merge(all: readonly LangData[]): LangData {
  const pick = <K extends keyof LangData>(key: K): LangData[K] =>
    all.flatMap((d) => d[key] as readonly string[]) as unknown as LangData[K];
  const record = <K extends 'pronouns' | 'genderedTitles' | 'genderWords'>(key: K): LangData[K] =>
    Object.assign({}, ...all.map((d) => d[key])) as LangData[K];
  return {
    code: 'mul',
    speechVerbs: pick('speechVerbs'),
    sourcePrepositions: pick('sourcePrepositions'),
    commaSourcePrepositions: pick('commaSourcePrepositions'),
    speakerWords: pick('speakerWords'),
    pronouns: record('pronouns'),
    genderWords: record('genderWords'),
    fillers: pick('fillers'),
    determiners: pick('determiners'),
    indefiniteDeterminers: pick('indefiniteDeterminers'),
    possessiveDeterminers: pick('possessiveDeterminers'),
    roleModifiers: pick('roleModifiers'),
    titles: pick('titles'),
    genderedTitles: record('genderedTitles'),
    personNouns: pick('personNouns'),
    personNounSuffixes: pick('personNounSuffixes'),
    nonPersonNouns: pick('nonPersonNouns'),
    termMarkers: pick('termMarkers'),
    labelVerbs: pick('labelVerbs'),
    sourcePostpositions: pick('sourcePostpositions'),
    reportedSpeechMarkers: [],
    abbreviations: pick('abbreviations'),
    nameParticles: pick('nameParticles'),
    particleRuns: pick('particleRuns'),
    nonNames: pick('nonNames'),
    complementizers: pick('complementizers'),
    subordinators: pick('subordinators'),
    relatives: pick('relatives'),
    captionMarkers: pick('captionMarkers'),
    conjunctions: pick('conjunctions'),
    impersonal: pick('impersonal'),
    nounMarkers: [],
    capitalisesNouns: false,
    clauseFinalVerbs: false,
    // An article in a language without data: read dialogue dashes, as most of DW's languages use them.
    dialogueDashes: true,
    genitiveS: false,
    verbSecond: false,
    statesSubjects: false,
    inversionOnlyInIncise: false,
    nonInverting: pick('nonInverting'),
    postnominal: false,
    prepositions: pick('prepositions'),
    ofWords: pick('ofWords'),
    passiveAuxiliaries: pick('passiveAuxiliaries'),
    perfectAuxiliaries: [],
    passiveLinks: pick('passiveLinks'),
    passiveAgents: pick('passiveAgents'),
    adverbSuffixes: pick('adverbSuffixes'),
    participleEndings: pick('participleEndings'),
    // Without the article's language, no name is read from what stands around it.
    uncased: null,
  };
}

function phrasal(verbs: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const v of verbs) {
    const [head, ...rest] = words(v);
    if (!head || rest.length === 0) continue;
    map.set(head, [...(map.get(head) ?? []), rest]);
  }
  return map;
}

/** Is there a speech verb at token `i` ("said"; "pointed out" needs its "out")? */
export function isSpeechVerbAt(tokens: readonly { lower: string; text?: string }[], i: number, lex: Lexicon): boolean {
  if (!speechVerbHere(tokens, i, lex)) return false;
  // A capitalised word inside a sentence is part of a name, not a verb: "the United States said".
  const first = tokens[i]!.text?.[0];
  const prev = tokens[i - 1] as { kind?: string } | undefined;
  if (first && first !== first.toLowerCase() && prev?.kind === 'word') return false;
  // A speech verb right before another is a noun: "the explanatory notes say", "reports claim".
  let n = i + 1;
  while (n < tokens.length && n - i <= 2 && lex.fillers.has(tokens[n]!.lower)) n++;
  return !(lex.speechVerbs.has(tokens[n]?.lower ?? '') && !lex.fillers.has(tokens[n]?.lower ?? ''));
}

function speechVerbHere(tokens: readonly { lower: string }[], i: number, lex: Lexicon): boolean {
  const w = tokens[i]?.lower ?? '';
  if (lex.speechVerbs.has(w)) return true;
  const rests = lex.phrasalVerbs.get(w);
  return !!rests && rests.some((rest) => rest.every((r, k) => tokens[i + 1 + k]?.lower === r));
}

const words = (phrase: string): string[] => phrase.toLowerCase().split(/[\s]+/).filter(Boolean);

function build(data: LangData): Lexicon {
  const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
  return {
    data,
    speechVerbs: lower([...data.speechVerbs, ...data.labelVerbs].filter((v) => !v.includes(' '))),
    phrasalVerbs: phrasal(data.speechVerbs),
    sources: data.sourcePrepositions.map(words),
    commaSources: data.commaSourcePrepositions.map(words),
    speakerWords: lower(data.speakerWords),
    pronouns: new Map(Object.entries(data.pronouns)),
    genderWords: new Map(Object.entries(data.genderWords)),
    fillers: lower(data.fillers),
    determiners: lower(data.determiners),
    indefinite: lower(data.indefiniteDeterminers),
    possessives: lower(data.possessiveDeterminers),
    roleModifiers: lower(data.roleModifiers),
    titles: lower(data.titles),
    genderedTitles: new Map(Object.entries(data.genderedTitles)),
    personNouns: lower(data.personNouns),
    personNounSuffixes: [...data.personNounSuffixes],
    nonPersonNouns: lower(data.nonPersonNouns),
    termMarkers: data.termMarkers.map(words),
    labelVerbs: lower(data.labelVerbs),
    sourcePostpositions: lower(data.sourcePostpositions),
    reportedSpeech: lower(data.reportedSpeechMarkers),
    abbreviations: lower(data.abbreviations),
    nameParticles: lower(data.nameParticles),
    particleRuns: data.particleRuns.map(words),
    nonNames: lower(data.nonNames),
    complementizers: lower(data.complementizers),
    subordinators: lower(data.subordinators),
    relatives: lower(data.relatives),
    captionMarkers: data.captionMarkers.map((m) => m.toLowerCase()),
    conjunctions: lower(data.conjunctions),
    impersonal: lower(data.impersonal),
    nounMarkers: lower(data.nounMarkers),
    capitalisesNouns: data.capitalisesNouns,
    clauseFinalVerbs: data.clauseFinalVerbs,
    dialogueDashes: data.dialogueDashes,
    genitiveS: data.genitiveS,
    verbSecond: data.verbSecond,
    statesSubjects: data.statesSubjects,
    inversionOnlyInIncise: data.inversionOnlyInIncise,
    nonInverting: lower(data.nonInverting),
    postnominal: data.postnominal,
    prepositions: lower(data.prepositions),
    ofWords: lower(data.ofWords),
    passiveAuxiliaries: lower(data.passiveAuxiliaries),
    perfectAuxiliaries: lower(data.perfectAuxiliaries),
    passiveLinks: lower(data.passiveLinks),
    passiveAgents: lower(data.passiveAgents),
    adverbSuffixes: [...data.adverbSuffixes],
    participleEndings: [...data.participleEndings],
  };
}

/** The lexicon for `lang` ("en", "de-CH", "pt-BR" ...); every language merged when unknown. */
export function lexiconFor(lang: string | null): Lexicon {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  const key = primary in LANGUAGES ? primary : 'mul';
  let lex = cache.get(key);
  if (!lex) {
    const data = LANGUAGES[key] ?? merge(Object.values(LANGUAGES));
    lex = build(data);
    cache.set(key, lex);
  }
  return lex;
}
