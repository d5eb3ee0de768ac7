/**
 * The attribution sieve's rules, by name, in the order they are tried (see README.md). A quote
 * takes the cue of the first rule that finds one; the rule's name travels with the cue, so that
 * how sure the engine is can be measured per rule on the training corpora (decide/).
 */
export const RULES = [
  // 0. Set out as an interview: the answer's label, or the interview's answerer.
  /** "DW: Were you forced? | Jane Doe: No." / "- It varies.": an answer to a question paragraph. */
  'interview-answer',
  // 1. The quote's own sentence, nearest first.
  /** "“Q,” said X." / "“Q,” X said." / "“Q,” he told reporters." */
  'speech-verb-after',
  /** "“Q,” according to X." / "« Q », selon X." */
  'source-after',
  /** "X said: “Q”" / "X sagte, „Q“" / "X told reporters: “Q”". */
  'speech-verb-before',
  /** "According to X, “Q”." / "Laut X „Q“". */
  'source-before',
  /** "“Q?” | she asked." / "“Q.” | Trump said.": a cue right after a quote that ended its sentence (after a full stop, a bare attribution only). */
  'verb-after-question',
  /** "X, who …, said on Monday that the plan was “Q”": a speech verb further off in the sentence, before the quote. */
  'verb-earlier-in-sentence',
  /** "“Q” was the word X chose, they said": a speech verb further off in the sentence, after the quote. */
  'verb-later-in-sentence',
  /** "Merkel hat den Plan als „Q“ bezeichnet": a verb closing the clause after the quote, its subject at the clause's start. */
  'verb-at-clause-end',
  /** "has been described as “Q” by X": a passive speech verb before, its agent after. */
  'passive-agent',
  /** "In an interview, Minister X was blunt: “Q”": a person named in a sentence that ends in a colon. */
  'colon-after-person',
  /** "« Q » et « R », selon X": quotes in one sentence share its cue. */
  'shared-in-sentence',
  // 2. Around the sentence.
  /** "X was gulping water. “Q.”": a sentence-opening quote after a sentence about a person. */
  'action-beat',
  /** A quote running over paragraphs (no closing mark): the pieces are one quote. */
  'run-on-paragraph',
  /** "“Q,” said X. “R.”": a quote opening a sentence right after another quote goes on with its speaker. */
  'continues-quote',
  /** "X also said:" then a list of quotes. */
  'list-intro',
  /** "…, sagt der Neurologe. „Q“": a speech verb in the sentence or two before, same paragraph. */
  'previous-sentence',
  /** "X begründete … Auch habe sich die „Lage“ …": back through reported speech (Konjunktiv) to its speaker. */
  'reported-speech',
  /** A whole-paragraph quote after a paragraph that reports someone's words. */
  'previous-paragraph',
  /** "X, a winemaker nearby, sees it differently." then "“Q.”": the subject of the paragraph before. */
  'paragraph-subject',
  /**
   * "X also bemoaned a climate in which people “Q”": a quote judged speech that no rule above
   * named, in a sentence whose known subject acts, with no speech verb of anyone else.
   */
  'clause-subject',
  // 3. Across the article, after everything else.
  /** A pull quote or subheading that repeats words someone is quoted as saying elsewhere. */
  'repeated-words',
  /** A quote as a subheading goes to the first speaker of the section it heads. */
  'section-heading',
] as const;

export type RuleId = (typeof RULES)[number];
