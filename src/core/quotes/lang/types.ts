/**
 * The shape of one language's attribution data. Each language is a plain data module
 * (`en.ts`, `de.ts` ...) so that adding a language never touches the engine's code.
 */

/** Grammatical gender a pronoun or title implies; `null` when it implies none. */
export type Gender = 'm' | 'f';

export interface LangData {
  /** BCP 47 primary subtag. */
  code: string;
  /**
   * Speech verbs in every form that attributes a quote ("said", "says", "told"), lower case.
   * Multi-word entries ("pointed out") need every word: "points" alone is no speech verb.
   */
  speechVerbs: readonly string[];
  /**
   * Words that introduce the speaker directly, before or after the quote ("according to X",
   * "laut X", "selon X"), lower case, as word sequences.
   */
  sourcePrepositions: readonly string[];
  /**
   * Source words that only count after a comma (German ", so Falk," would otherwise fire on
   * every adverbial "so").
   */
  commaSourcePrepositions: readonly string[];
  /**
   * First- and second-person words ("I", "we", "you", "ich", "nous"), lower case: a speaker uses
   * them of themselves and their listener, titles and scare quotes seldom do.
   */
  speakerWords: readonly string[];
  /** Personal pronouns that can be the subject of a speech verb, with their gender. */
  pronouns: Readonly<Record<string, Gender | null>>;
  /**
   * Words in narration that tell the gender of the one person just mentioned ("Lee … taught
   * himself", "Clark … She founded"): reflexives anywhere, subject pronouns only opening a
   * sentence; only unambiguous ones (not "his", which may be anyone's, "her", "sie", "il faut").
   */
  genderWords: Readonly<Record<string, Gender>>;
  /** Auxiliaries and adverbs that may stand between a subject and its speech verb. */
  fillers: readonly string[];
  /** Articles and determiners that open a descriptor ("the expert", "der Experte"). */
  determiners: readonly string[];
  /** Determiners that introduce a new, unnamed person ("a", "ein"): never resolved to someone known. */
  indefiniteDeterminers: readonly string[];
  /**
   * Possessives that open a descriptor only when a person noun heads it ("his wife", "their
   * lawyer"; not "his recent remarks"), lower case.
   */
  possessiveDeterminers: readonly string[];
  /**
   * Words of party, nation or standing that stand capitalised before a name and are never part
   * of it ("Republican Donald Trump", "Former President …"), lower case.
   */
  roleModifiers: readonly string[];
  /** Titles and honorifics dropped from names ("Mr.", "Dr.", "President"), lower case, without dot. */
  titles: readonly string[];
  /** Titles that tell a gender. */
  genderedTitles: Readonly<Record<string, Gender>>;
  /** Nouns that name a person by role, for descriptors ("expert", "analyst", "Experte"), lower case. */
  personNouns: readonly string[];
  /** Word endings that mark a person noun when the list above misses one ("-ologe", "-ista"). */
  personNounSuffixes: readonly string[];
  /** Nouns that end like person nouns but name things or bodies ("government", "paper"). */
  nonPersonNouns: readonly string[];
  /**
   * Verbs that put a label on something ("called", "dubbed", "nannte", "bezeichnete", "a qualifié
   * de"): with a person as their subject they attribute the label ("Trump called it “a disaster”");
   * without one they name a thing ("a group called “Hope”"). Lower case, every form news uses.
   */
  labelVerbs: readonly string[];
  /**
   * Source words after their source: "dem Bericht zufolge" (German), lower case.
   */
  sourcePostpositions: readonly string[];
  /**
   * Words that mark a sentence as reported speech (German Konjunktiv I: "sei", "habe", "könne"):
   * a quote in such a sentence belongs to whoever the reporting began with. Empty where the
   * grammar has no such mark.
   */
  reportedSpeechMarkers: readonly string[];
  /** Words right before a quoted span that make it a name or term, not speech ("so-called"). */
  termMarkers: readonly string[];
  /** Abbreviations that end in a dot but do not end a sentence ("Mr.", "z.B."), lower case. */
  abbreviations: readonly string[];
  /** Name particles that stay lower case inside a name ("von", "de", "bin"). */
  nameParticles: readonly string[];
  /** Particles that stand together inside a name ("von der", "de la", "van den"), lower case. */
  particleRuns: readonly string[];
  /** Capitalised words that are never part of a person's name (sentence openers, months ...). */
  nonNames: readonly string[];
  /**
   * Words that open reported speech after a verb ("said … that the “…”", "sagte, dass", "a
   * déclaré que"): a cue before the quote with one of these between its verb and the quote
   * governs it, even when another cue follows the quote ("Doe said in a memo
   * that the “…” as …, a news agency reported").
   */
  complementizers: readonly string[];
  /**
   * Lower-case fragments of photo credits that mark a caption left among the body paragraphs
   * ("Photo: Reuters", "Bild: picture-alliance/dpa"): a quote after one may still continue the
   * quote before it.
   */
  captionMarkers: readonly string[];
  /** Conjunctions that open a subordinate clause ("weil", "because"), lower case: a clause's subject follows them. */
  subordinators: readonly string[];
  /** Relative pronouns: a role in apposition ends where a relative clause begins ("…, a writer for X which …"). */
  relatives: readonly string[];
  /** Conjunctions that join two verbs of one subject ("He nods and says"). */
  conjunctions: readonly string[];
  /** Impersonal subjects ("it is said", "heißt es"): a cue with no speaker. */
  impersonal: readonly string[];
  /**
   * Words after which a capitalised word is a common noun, not a name (German capitalises every
   * noun: "Auf alle Anfragen", "Diesen Preis"). Empty for languages that capitalise only names.
   */
  nounMarkers: readonly string[];
  /**
   * Every noun is capitalised (German): a single capitalised word is a name only when the article
   * names that person in full somewhere, or a title or role stands before it.
   */
  capitalisesNouns: boolean;
  /**
   * A verb may close its clause after the quote, its subject at the clause's start: "Merkel hat den
   * Plan als „unausgegoren“ bezeichnet", "…, weil die Regierung ihn „mutig“ nannte" (German
   * participles and subordinate clauses; every clause in verb-final languages).
   */
  clauseFinalVerbs: boolean;
  /**
   * The press marks speech with a dash opening the paragraph: "– Quote – powiedział X.",
   * "— Quote, — сказал он." (Slavic languages, French, Spanish and Portuguese interviews).
   */
  dialogueDashes: boolean;
  /** A name's genitive adds a bare -s ("Müllers Antwort"): such a name is a possessor, not a speaker. */
  genitiveS: boolean;
  /** Verb-second word order: a pronoun right after the verb is its subject ("heißt es", "sagt er"). */
  verbSecond: boolean;
  /**
   * Every finite verb has its subject in words (en, de, fr): a speech verb in a quote's sentence
   * whose subject cannot be read names the speaker there, so no earlier sentence may. False where
   * subjects are dropped ("“…”, dijo.", "Y agregó que …"): the speaker carries over.
   */
  statesSubjects: boolean;
  /**
   * A subject may follow its speech verb only in an incise, after a comma or a quote ("…," said
   * Doe / « … », a déclaré le ministre): elsewhere the noun after the verb is its object or
   * the subject of a reported clause ("called the debt …", "claimed President-elect Trump relied
   * on lies"). False where the verb freely comes first (es, pt, ru).
   */
  inversionOnlyInIncise: boolean;
  /**
   * Speech verbs that take the hearer as object and never invert: "…, one resident told the
   * Herald" (the Herald is told, not telling), "Ms Doe, 54, told the radio station:".
   */
  nonInverting: readonly string[];
  /** Adjectives follow the noun: "el líder mapuche más radicalizado", "le ministre délégué". */
  postnominal: boolean;
  /**
   * Prepositions, lower case: a noun phrase governed by one is never the subject of a speech verb
   * ("Auf der Kabinettssitzung sagte Schily", "At the meeting, …").
   */
  prepositions: readonly string[];
  /** Words that join a complement to a descriptor ("the ministry of …", "le ministère des …"). */
  ofWords: readonly string[];
  /**
   * A passive speech verb before a quote and its agent after it: "has been described as
   * “heartbreaking” by the conservation department". Auxiliaries before the verb
   * ("been"), links between verb and quote ("as"), words that introduce the agent ("by").
   * Empty lists where the pattern is not read yet.
   */
  passiveAuxiliaries: readonly string[];
  /**
   * Where a speech verb's participle closes its clause, the finite auxiliary that stands second
   * ("Merkel hat … gesagt", "Gestern hatte Merkel … betont"): the subject stands beside it.
   */
  perfectAuxiliaries: readonly string[];
  passiveLinks: readonly string[];
  passiveAgents: readonly string[];
  /**
   * Endings of manner adverbs that may stand between a subject and its speech verb, as the
   * listed fillers do: "The minister strongly warned". Tried only when the words
   * before them give no subject otherwise ("the family said" keeps its "family").
   */
  adverbSuffixes: readonly string[];
  /**
   * Endings of the participle that hangs a speech verb on the main clause after a comma: "Trump
   * attacked Romney, calling him “a failed candidate”" ("-ing", "-ant", "-ando"). Its subject is
   * the main clause's.
   */
  participleEndings: readonly string[];
  /**
   * How names are read where the script has no capital letters (Arabic, Devanagari, Han …); null
   * where names are told by their capitals.
   */
  uncased: UncasedNames | null;
}

/**
 * A script without capitals: a name is told only by what stands around it (a role word before it,
 * a speech verb beside it, the article naming it so elsewhere), never by its shape. Lists are one
 * string of entries separated by "|", as in `LangSource`.
 */
export interface UncasedNames {
  /** The subject follows its speech verb (verb-first Arabic "وقال الأسد"); else it stands before ("राहुल ने कहा", "王伟表示"). */
  verbFirst: boolean;
  /** Words are not separated by spaces (Chinese): listed words are found inside runs of letters. */
  unspaced: boolean;
  /** Postpositions that close the subject of a speech verb ("ने", "نے"): the name stands right before. */
  subjectMarkers: string;
  /**
   * Case marks that only a past verb's subject takes (the ergative "ने", "نے"), wherever it stands in
   * its clause: "लिंडनर ने एक कार्यक्रम में कहा".
   */
  agentMarkers: string;
  /** Speech verbs that carry the subject of the clause before (Arabic "مشيراً", "مضيفاً"). */
  sameSubjectVerbs: string;
  /** Adjectives between a role word and the name, as "prefix…ending" ("ال…ي": "الرئيس السوري بشار الأسد"). */
  roleAdjectives: string;
  /** Words that may stand between a name and its verb and are never part of a name (days, "today"). */
  nameStops: string;
  /**
   * The definite article written onto a noun ("ال"): after a role word without it, a noun with it is
   * the role's genitive ("وزير الخارجية"), not a name.
   */
  article: string;
  /**
   * A role noun takes its complements after it with no mark (Persian and Urdu ezafe: "وزیر خارجه
   * ایران"): the words after a role noun may be no name, so only an honorific title ("آقای") or an
   * apposition between commas introduces one.
   */
  roleComplements: boolean;
  /** Beginnings no name has: a preposition written onto the article ("للصحفيين", "بالقول"). */
  nonNameStarts: string;
  /** Conjunctions written onto the next word (Arabic "و", "ف"): a word is also looked up without them ("والرئيس"). */
  prefixes: string;
}

/** The list fields of `LangData` (every field whose value is a list of words). */
type ListField = { [K in keyof LangData]: LangData[K] extends readonly string[] ? K : never }[keyof LangData];

/**
 * A language file as it may be written, so that thirty languages stay small in the reader
 * bundle: each list as one string, entries separated by "|" (an entry of several words keeps its
 * spaces: "according to|said"), and a field that is empty or false left out. `index.ts` expands
 * it to `LangData` once, when the module loads; the engine only ever sees `LangData`.
 */
export type LangSource = { code: string } & Partial<Omit<LangData, 'code' | ListField>> & {
    [K in ListField]?: string | readonly string[];
  } & {
    /**
     * The language is written in Latin and in Cyrillic letters alike (Serbian): the lists are
     * given in Latin and read in both, each word also transliterated letter by letter ("rekao" →
     * "рекао", "njegov" → "његов"). Words that are not transliterated so are listed in both.
     */
    alsoCyrillic?: boolean;
  };
