/**
 * The people an article mentions: every occurrence of a known name (outside quotes), the
 * fullest form of each name ("Doe" → "Jane Doe"), roles from appositions ("John Smith,
 * a department chief at …") and pre-modifiers ("Yale analyst Doe"), and the aliases each is
 * called by. Resolution helpers answer "who is the nearest fitting person before here?".
 */
import { isSpeechVerbAt, type Gender, type Lexicon } from './lang/index.js';
import { isPersonNoun, parseSubject } from './names.js';
import { isCapitalized, isLowerWord, squashSpace, type Token } from './text.js';

export interface Person {
  id: number;
  /** The fullest name seen. */
  name: string;
  /** Name tokens, lower case, genitive stripped. */
  parts: string[];
  gender: Gender | null;
  role: string | null;
  premods: string[];
  aliases: Set<string>;
  /** Has no name: known only by a descriptor ("der Taxifahrer"). */
  unnamed: boolean;
}

export interface Mention {
  person: Person;
  paragraph: number;
  at: number;
}

/** Lower-case words before the noun of a role without an article ("senior policy director"). */
const MAX_BARE_ROLE_MODIFIERS = 3;
/** Most words an apposition role keeps ("the director of the Moscow-based Center for Contemporary Afghan Studies (CISA)"). */
const MAX_ROLE_TOKENS = 18;
/** An English possessive: "Center’s". */
const POSSESSIVE_WORD = /['’]s$/u;
/** Possessive and genitive endings stripped before comparing names: Smith's, Müllers, Путина. */
const GENITIVE_ENDINGS = ["'s", '’s', 's', '’', "'", 'а', 'я', 'у', 'ом', 'ым', 'е'];

/** Name key of one lower-case word, with a possessive stripped when the bare form is known. */
function stripGenitive(w: string, known: (w: string) => boolean): string {
  if (known(w)) return w;
  for (const end of GENITIVE_ENDINGS)
    if (w.endsWith(end) && w.length > end.length + 2 && known(w.slice(0, -end.length))) return w.slice(0, -end.length);
  return w;
}

/**
 * How many entries of `list` (in reading order) stand before (paragraph, at): a binary search,
 * so lookups stay cheap in long texts.
 */
function countBefore(list: readonly { paragraph: number; at: number }[], paragraph: number, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = list[mid]!;
    if (e.paragraph < paragraph || (e.paragraph === paragraph && e.at < at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What `match` returns, when asked to be strict, for a name several people bear. */
export const AMBIGUOUS: Person = {
  id: -1,
  name: '',
  parts: [],
  gender: null,
  role: null,
  premods: [],
  aliases: new Set(),
  unnamed: true,
};

export class People {
  readonly persons: Person[] = [];
  readonly mentions: Mention[] = [];
  private readonly byPart = new Map<string, Person[]>();
  /** People known only by a description, by that description in lower case. */
  private readonly byLabel = new Map<string, Person>();
  /** Each person's mentions as indices into `mentions`, ascending. */
  private readonly mentionIndex = new Map<Person, number[]>();
  /**
   * Two-word capitalised names with no sign yet of being a person ("I ask Hans Weber about the
   * grape": also "New York", "Pinot Noir"): the last resort of a pronoun that finds nobody.
   */
  private readonly weak: { paragraph: number; at: number; name: string }[] = [];
  /** The first unproven name of two or more words ending in each last part ("branson" → "Richard Branson"). */
  private readonly weakByLast = new Map<string, string>();
  /** Every unproven full name by its last part, to upgrade a one-word name at the end (fullestName). */
  private readonly weakFull = new Map<string, Set<string>>();
  /** Capitalised words (and unproven names) the scan could not place yet: see `settle`. */
  private readonly pending: {
    paragraph: number;
    at: number;
    end: number /** lower case */;
    word: string;
    name: string | null;
  }[] = [];

  /**
   * @param common words the article writes in lower case: such a word opening a capitalised run is
   *   no part of a name ("Stated Stone", "Neither Johnson", "Rival Hillary Clinton").
   */
  constructor(
    private readonly lex: Lexicon,
    private readonly common: ReadonlySet<string> = new Set(),
  ) {}

  /** A written name without the common words or the possessor that lead it (one word is always kept). */
  properName(name: string): string {
    const words = name.trim().split(/\s+/);
    let k = 0;
    // Two words stay: "Bill Clinton" keeps its "Bill" however often the article says "bill".
    while (k < words.length - 2 && this.common.has(words[k]!.toLowerCase())) k++;
    // "Media Research Center’s Bozell" is Bozell: no name holds a possessive inside it.
    for (let m = k; m < words.length - 1; m++) if (POSSESSIVE_WORD.test(words[m]!)) k = m + 1;
    return words.slice(k).join(' ');
  }

  /**
   * The fullest name for `person`: a one-word name the article also gives in full only where no
   * sign made it a person ("Corker" … "Bob Corker"), when exactly one such full name ends in it.
   */
  fullestName(person: Person): string {
    if (person.unnamed || person.parts.length !== 1) return person.name;
    const full = this.weakFull.get(person.parts[0]!);
    return full && full.size === 1 ? [...full][0]! : person.name;
  }

  private knownPart = (w: string): boolean => this.byPart.has(w);

  /** Splits a written name into lower-case parts without genitive endings. */
  partsOf(name: string): string[] {
    const words = name.split(/\s+/).filter(Boolean);
    return words.map((w, i) =>
      i === words.length - 1 ? stripGenitive(w.toLowerCase(), this.knownPart) : w.toLowerCase(),
    );
  }

  /** Registers `name` as a person's name (a new person unless it matches one), without a mention. */
  declare(written: string): Person {
    const name = this.properName(written);
    const parts = this.partsOf(name);
    const found = this.match(parts, -1, -1);
    if (found) {
      this.upgrade(found, name, parts);
      return found;
    }
    const person: Person = {
      id: this.persons.length,
      name: clean(name),
      parts,
      gender: null,
      role: null,
      premods: [],
      aliases: new Set(),
      unnamed: false,
    };
    this.persons.push(person);
    this.index(person);
    return person;
  }

  /** A person known only by a descriptor: one per distinct descriptor text. */
  unnamed(written: string): Person {
    // "el\n informe" and "el informe" are one source (textContent keeps the HTML's line breaks).
    const label = squashSpace(written);
    const key = label.toLowerCase();
    const found = this.byLabel.get(key);
    if (found) return found;
    const person: Person = {
      id: this.persons.length,
      name: label,
      parts: [],
      gender: null,
      role: null,
      premods: [],
      aliases: new Set([label]),
      unnamed: true,
    };
    this.persons.push(person);
    this.byLabel.set(key, person);
    return person;
  }

  private index(person: Person): void {
    person.parts.forEach((part, k) => {
      // Particles inside a name are not keys ("von"), but a surname may be one ("Della").
      if (this.lex.nameParticles.has(part) && k < person.parts.length - 1) return;
      const list = this.byPart.get(part) ?? [];
      if (!list.includes(person)) list.push(person);
      this.byPart.set(part, list);
    });
  }

  private upgrade(person: Person, name: string, parts: string[]): void {
    if (parts.length > person.parts.length) {
      person.name = clean(name);
      person.parts = parts;
      this.index(person);
    }
  }

  /**
   * The person `parts` refers to near (paragraph, at): the same full name, or a name that one
   * extends ("Doe" ~ "Jane Doe"), choosing the most recently mentioned before that point;
   * `strict`: AMBIGUOUS rather than a choice between people who share the one name given.
   */
  match(
    parts: readonly string[],
    paragraph: number,
    at: number,
    gender: Gender | null = null,
    strict = false,
  ): Person | null {
    const surname = parts[parts.length - 1];
    if (!surname) return null;
    const byFirst = parts.length === 2 ? (this.byPart.get(parts[0]!) ?? []).filter((p) => p.parts.length === 1) : [];
    // "Mrs. Clinton" is not the Clinton known to be a man.
    const candidates = [...(this.byPart.get(surname) ?? []), ...byFirst].filter(
      (p) => compatible(p.parts, parts) && (!gender || !p.gender || p.gender === gender) && !this.namedAfter(p, parts),
    );
    if (candidates.length <= 1) return candidates[0] ?? null;
    // A surname alone that two named people bear ("Mrs. Clinton" with Bill and Hillary Clinton
    // both named): a cue shows it as written rather than guess, as the nearest or the most
    // mentioned often named the wrong one ("Mrs. Clinton" as Bill, "Mr. Trump" as his father).
    if (strict && parts.length === 1 && new Set(candidates.map((c) => c.parts.join(' '))).size > 1) return AMBIGUOUS;
    return this.nearestOrMain(candidates, paragraph, at) ?? candidates[0] ?? null;
  }

  /** "Lorenz" is not the "Lorenz Center": a longer name that ends in a word for no person names a body. */
  private namedAfter(p: Person, parts: readonly string[]): boolean {
    const last = p.parts[p.parts.length - 1]!;
    return p.parts.length > parts.length && !parts.includes(last) && this.lex.nonPersonNouns.has(last);
  }

  /**
   * Of several people who share a surname: the one mentioned in this paragraph or the one before,
   * else the one the article mentions most (its main character: "Mr. Trump", not his father).
   */
  private nearestOrMain(candidates: readonly Person[], paragraph: number, at: number): Person | null {
    const recent = this.mostRecent(candidates, paragraph, at);
    const k = recent
      ? latestBelow(
          this.mentionIndex.get(recent) ?? [],
          paragraph >= 0 ? countBefore(this.mentions, paragraph, at + 1) : this.mentions.length,
        )
      : -1;
    if (recent && k >= 0 && this.mentions[k]!.paragraph >= paragraph - 1) return recent;
    let main: Person | null = null;
    for (const person of candidates) if (!main || this.mentionCount(person) > this.mentionCount(main)) main = person;
    return main;
  }

  private mostRecent(candidates: readonly Person[], paragraph: number, at: number): Person | null {
    const limit = paragraph >= 0 ? countBefore(this.mentions, paragraph, at + 1) : this.mentions.length;
    let best: Person | null = null;
    let bestIndex = -1;
    for (const person of candidates) {
      const k = latestBelow(this.mentionIndex.get(person) ?? [], limit);
      if (k > bestIndex) [best, bestIndex] = [person, k];
    }
    return best;
  }

  /**
   * The nearest unproven two-word name before (paragraph, at), back to `minParagraph`, made a
   * person: "I ask Hans Weber about the grape. He laughs. “…,” he says.".
   */
  weakBefore(paragraph: number, at: number, minParagraph: number): Person | null {
    // The weak names are in reading order, and a long text has many.
    const w = this.weak[countBefore(this.weak, paragraph, at) - 1];
    return w && w.paragraph >= minParagraph ? this.declare(w.name) : null;
  }

  /**
   * The person a lone surname stands for when the article gives the full name only where no
   * sign yet made it a person: "der Milliardär Sir Richard Branson … sagte Branson".
   */
  fullNameOf(surname: string): Person | null {
    const name = this.weakByLast.get(this.partsOf(surname).at(-1) ?? '');
    return name ? this.declare(name) : null;
  }

  /** How many times the article mentions `person` outside quotes. */
  mentionCount(person: Person): number {
    return this.mentionIndex.get(person)?.length ?? 0;
  }

  /** Records a mention (mentions must be added in reading order). */
  mention(person: Person, paragraph: number, at: number): void {
    const list = this.mentionIndex.get(person) ?? [];
    list.push(this.mentions.length);
    this.mentionIndex.set(person, list);
    this.mentions.push({ person, paragraph, at });
  }

  /** Mentions before (paragraph, at), nearest first, back to `minParagraph`. */
  *before(paragraph: number, at: number, minParagraph: number): Generator<Mention> {
    for (let k = countBefore(this.mentions, paragraph, at) - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.paragraph < minParagraph) return;
      yield m;
    }
  }

  /**
   * Scans one paragraph's tokens (quote interiors already left out) for people: known names,
   * names after a title or role word ("Dr. Müller", "analyst Doe", "der Politologe Dmitri
   * Oreschkin"), and names followed by a person apposition (", a South Asia expert at …").
   */
  scan(tokens: readonly Token[], paragraph: number, text: string): void {
    // People mentioned in the sentence before and this one, for learning genders (see learnGender).
    let previous: Person[] = [];
    let current: Person[] = [];
    let opening = true;
    const mentioned = (person: Person): void => void current.push(person);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.text === '.' || t.text === '!' || t.text === '?') [previous, current, opening] = [current, [], true];
      if (t.kind !== 'word') continue;
      const told = this.lex.genderWords.get(t.lower);
      if (told && (opening || !this.lex.pronouns.has(t.lower))) this.learnGender(previous, current, told);
      opening = false;
      const capital = isCapitalized(t);
      // Only capitals, articles and listed role nouns can start a name: skip the rest cheaply.
      if (!capital && !this.lex.determiners.has(t.lower) && !isPersonNoun(t.lower, this.lex, true)) continue;
      const key = stripGenitive(t.lower, this.knownPart);
      const known = this.byPart.has(key) && capital;
      let subj = parseSubject(tokens, i, text, this.lex);
      // "La ministre de la justice, Marie Dubois, …": the name after a role is a person.
      if (subj?.kind === 'descriptor' && subj.person && tokens[subj.next]?.text === ',') {
        const named = parseSubject(tokens, subj.next + 1, text, this.lex);
        if (named?.kind === 'name') subj = { ...named, premod: subj.premod ?? subj.text };
      }
      const nameTokens = subj?.kind === 'name' && subj.name ? subj.name.split(/\s+/).length : 0;
      // Where every noun is capitalised, one word is a name only with a title or role before it,
      // or as part of a name known in full ("Kritik übte …" is no person).
      const nounLike =
        this.lex.capitalisesNouns && nameTokens === 1 && !subj!.premod && !this.mentionsKnown(subj!.name!);
      if (subj && subj.kind === 'name' && subj.name && !nounLike) {
        const evidence =
          subj.premod !== null ||
          this.hasApposition(tokens, subj.next) ||
          this.mentionsKnown(subj.name) ||
          this.speaks(tokens, i, subj.next);
        // A run of capitalised words is a name by its shape only where nouns are not capitalised.
        const multi = nameTokens >= 2 && !this.lex.capitalisesNouns;
        // ", 75," and ", who" tell a person even of one word ("Doe, who took over in 2019, …").
        if (evidence || ((multi || nameTokens === 1) && this.hasPersonContext(tokens, subj.next))) {
          const person = this.declare(subj.name);
          this.mention(person, paragraph, subj.start);
          mentioned(person);
          this.noteRole(person, tokens, subj.next, text, subj.premod);
          if (subj.premod) person.aliases.add(subj.text);
          i = subj.next - 1;
          continue;
        }
      }
      if (known) {
        const person = this.match([key], paragraph, t.start);
        if (person) {
          this.mention(person, paragraph, t.start);
          mentioned(person);
        }
      } else if (capital) {
        const name = subj?.kind === 'name' && subj.name ? subj.name : null;
        this.pending.push({ paragraph, at: t.start, end: name ? subj!.end : t.end, word: t.lower, name });
        if (name && name.split(/\s+/).length >= 2 && !isGenitiveWord(name)) {
          this.weak.push({ paragraph, at: subj!.start, name });
          const last = this.partsOf(name).at(-1)!;
          if (!this.weakByLast.has(last)) this.weakByLast.set(last, name);
          const proper = this.properName(name);
          if (proper.includes(' ')) this.weakFull.set(last, (this.weakFull.get(last) ?? new Set()).add(proper));
        }
        // The words of a name read as one are not read again one by one (a run of capitals
        // would otherwise be parsed once from each of its words).
        if (name) i = subj!.next - 1;
      }
    }
  }

  /**
   * "Lee had only recently bought and taught himself …", "Clark … She founded …":
   * a gendered word in narration tells the gender of the one person named in this sentence or
   * the one before, when there is exactly one. "she said" then skips Lee.
   */
  private learnGender(previous: readonly Person[], current: readonly Person[], gender: Gender): void {
    const near = new Set([...previous, ...current].filter((p) => !p.unnamed));
    if (near.size !== 1) return;
    const [person] = near;
    if (person && !person.gender) person.gender = gender;
  }

  /**
   * Mentions of names known only from a later paragraph's cue: the scan runs a paragraph at a
   * time, before those cues are read, so it keeps the capitalised words it could not place and
   * places them here; then the mentions go back into reading order.
   */
  settle(): void {
    const placed = this.mentions.length;
    let skipTo = -1;
    let skipPara = -1;
    for (const w of this.pending) {
      if (w.paragraph === skipPara && w.at < skipTo) continue;
      if (w.name && this.mentionsKnown(w.name)) {
        this.mention(this.declare(w.name), w.paragraph, w.at);
        [skipPara, skipTo] = [w.paragraph, w.end];
        continue;
      }
      const key = stripGenitive(w.word, this.knownPart);
      if (!this.byPart.has(key)) continue;
      const person = this.match([key], w.paragraph, w.at);
      if (person) this.mention(person, w.paragraph, w.at);
    }
    this.pending.length = 0;
    if (this.mentions.length === placed) return;
    const order = this.mentions
      .map((m, k) => ({ m, k }))
      .sort((a, b) => a.m.paragraph - b.m.paragraph || a.m.at - b.m.at || a.k - b.k);
    this.mentions.length = 0;
    this.mentionIndex.clear();
    for (const { m } of order) this.mention(m.person, m.paragraph, m.at);
  }

  /**
   * Is the name at tokens `from`..`next` the subject of a speech verb ("…, sagt Ivan Petrow.",
   * "Doe said the talks …")? Whoever speaks is a person, even when no quote follows; the next
   * "he said" may point back to them.
   */
  private speaks(tokens: readonly Token[], from: number, next: number): boolean {
    let n = next;
    while (n < tokens.length && n - next < 2 && this.lex.fillers.has(tokens[n]!.lower)) n++;
    // "Environ 400 Français ont demandé", "des Français disent": a counted noun, not a name.
    const prev = tokens[from - 1];
    const counted =
      !!prev &&
      prev.kind === 'word' &&
      (/^\d/.test(prev.text) || this.lex.determiners.has(prev.lower) || this.lex.ofWords.has(prev.lower));
    if (!counted && isSpeechVerbAt(tokens, n, this.lex)) return true;
    return from > 0 && isSpeechVerbAt(tokens, from - 1, this.lex) && (from < 2 || tokens[from - 2]!.text === ',');
  }

  private mentionsKnown(name: string): boolean {
    const parts = this.partsOf(name);
    return this.byPart.has(parts[parts.length - 1] ?? '');
  }

  /** ", 75," or ", who …": a name followed by an age or a relative clause about a person. */
  private hasPersonContext(tokens: readonly Token[], i: number): boolean {
    if (tokens[i]?.text !== ',') return false;
    const next = tokens[i + 1];
    return !!next && (/^\d{1,3}$/.test(next.text) || next.lower === 'who');
  }

  private hasApposition(tokens: readonly Token[], i: number): boolean {
    return this.apposition(tokens, i, '') !== null;
  }

  /** ", a/the <role …>," after a name: the role words, without the article. */
  private apposition(tokens: readonly Token[], i: number, text: string): string | null {
    if (tokens[i]?.text !== ',') return null;
    let j = i + 1;
    const determined = this.lex.determiners.has(tokens[j]?.lower ?? '');
    if (determined) j++;
    const first = tokens[j];
    if (first?.kind !== 'word') return null;
    // The role opens with an article or a person noun: ", named after …" and a list of names are no apposition.
    let k = j;
    let firstPersonNoun = -1;
    let depth = 0;
    while (k < tokens.length && k - j < MAX_ROLE_TOKENS) {
      const t = tokens[k]!;
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if (depth <= 0 && (t.text === ',' || t.text === '.' || t.text === ';' || t.kind === 'mark')) break;
      // "a writer for a fact-checking site which soon will be …": the role ends at a relative clause.
      if (k > j && this.lex.relatives.has(t.lower)) break;
      if (firstPersonNoun < 0 && t.kind === 'word' && isPersonNoun(t.lower, this.lex)) firstPersonNoun = k;
      k++;
    }
    // Without an article the role opens with its noun or a few lower-case words before it:
    // "senior policy director at the Committee …".
    // Not "Lee, his secretary, …": a possessive makes it someone else's role.
    const bare =
      firstPersonNoun >= j &&
      firstPersonNoun - j < MAX_BARE_ROLE_MODIFIERS &&
      tokens.slice(j, firstPersonNoun).every((t) => isLowerWord(t) && !this.lex.nonNames.has(t.lower));
    if (firstPersonNoun < 0 || (!determined && !bare)) return null;
    if (k === j) return null;
    return text ? text.slice(first.start, tokens[k - 1]!.end) : '';
  }

  private noteRole(person: Person, tokens: readonly Token[], i: number, text: string, premod: string | null): void {
    const role = this.apposition(tokens, i, text);
    if (role && !person.role) person.role = role;
    if (premod && !person.premods.includes(premod)) person.premods.push(premod);
  }
}

/** The largest value in ascending `list` below `limit`, or -1 (binary search). */
function latestBelow(list: readonly number[], limit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]! : -1;
}

/** Are two name-part lists the same person's? One must be a suffix of the other ("ahmad" ⊂ "javid ahmad"), or share first and last part. */
function compatible(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const offset = long.length - short.length;
  let suffix = true;
  for (let k = 0; k < short.length; k++) if (long[offset + k] !== short[k]) suffix = false;
  if (suffix) return true;
  // A first name alone for a private person: "her mother, Anna, said" … "Anna Berg".
  if (short.length === 1 && long.length === 2) return short[0] === long[0];
  return short.length >= 2 && short[0] === long[0] && short[short.length - 1] === long[long.length - 1];
}

function isGenitiveWord(name: string): boolean {
  return name.endsWith("'s") || name.endsWith('’s');
}

function clean(name: string): string {
  return squashSpace(name.replace(/['’]s$/u, ''));
}
