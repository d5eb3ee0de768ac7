/**
 * Scoring the quote engine against gold: match quotes by text (one-to-one, token F1), then
 * compare speakers loosely (same canonical name, surname or alias). Pure, so it has its own
 * unit test (test/unit/quotes-eval-match.test.ts).
 */

/** A quote as the scorer sees it, from the engine or from a gold file. */
export interface ScoredQuote {
  text: string;
  speaker: string | null;
  /** Other names the speaker goes by (gold speakers' aliases, engine speakers' aliases). */
  aliases?: readonly string[];
  /** Paragraph index (engine only): run-on pieces are consecutive. */
  paragraph?: number;
}

/** Token F1 at or above which two quote texts are the same quote: tolerates a dropped comma or a trailing clause, not a different sentence. */
export const MATCH_F1 = 0.8;
/** Most engine pieces joined to meet one gold quote (a quote over several paragraphs comes out one piece per paragraph). */
const MAX_JOINED_PIECES = 4;

/** Lower-case word tokens, quote marks and punctuation dropped; each Han or kana character a token of its own (Chinese and Japanese write no spaces). */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' $& ')
    .replace(/[’‘‚‛]/g, "'")
    .split(/[^\p{L}\p{M}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Token F1 of two texts (multiset overlap). */
export function tokenF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / wb.length;
  const r = common / wa.length;
  return (2 * p * r) / (p + r);
}

export function normName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N} -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function lastWord(name: string): string {
  const parts = normName(name).split(' ');
  return parts[parts.length - 1] ?? '';
}

/**
 * Same speaker? Both null; or equal names; or the same last word (surname, or the head noun of
 * "der Taxifahrer"); or one's name among the other's aliases.
 */
export function sameSpeaker(engine: ScoredQuote, gold: ScoredQuote): boolean {
  if (engine.speaker === null || gold.speaker === null) return engine.speaker === gold.speaker;
  const e = normName(engine.speaker);
  const g = normName(gold.speaker);
  if (e === g || lastWord(e) === lastWord(g)) return true;
  const goldAliases = (gold.aliases ?? []).map(normName);
  const engineAliases = (engine.aliases ?? []).map(normName);
  return goldAliases.includes(e) || engineAliases.includes(g);
}

export interface Match {
  gold: number;
  /** Engine quotes matched to this gold quote (more than one when run-on pieces were joined). */
  engine: number[];
  f1: number;
  speakerOk: boolean;
}

export interface Score {
  matches: Match[];
  /** Gold quotes the engine missed. */
  missed: number[];
  /** Engine quotes no gold quote matches. */
  spurious: number[];
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched quotes whose speaker is right (1 when nothing matched). */
  speakerAccuracy: number;
}

/** Matches `engine` to `gold` one-to-one by best token F1 (≥ MATCH_F1), joining run-on pieces when that is what meets a gold quote. */
export function score(engine: readonly ScoredQuote[], gold: readonly ScoredQuote[]): Score {
  const pairs: { g: number; e: number; f1: number }[] = [];
  for (const [g, gq] of gold.entries()) {
    for (const [e, eq] of engine.entries()) {
      const f1 = tokenF1(gq.text, eq.text);
      if (f1 >= MATCH_F1) pairs.push({ g, e, f1 });
    }
  }
  pairs.sort((a, b) => b.f1 - a.f1 || a.g - b.g || a.e - b.e);
  const usedG = new Set<number>();
  const usedE = new Set<number>();
  const matches: Match[] = [];
  for (const { g, e, f1 } of pairs) {
    if (usedG.has(g) || usedE.has(e)) continue;
    usedG.add(g);
    usedE.add(e);
    matches.push({ gold: g, engine: [e], f1, speakerOk: sameSpeaker(engine[e]!, gold[g]!) });
  }
  // A gold quote over several paragraphs against the engine's one-piece-per-paragraph output.
  gold.forEach((gq, g) => {
    if (usedG.has(g)) return;
    for (let e = 0; e < engine.length; e++) {
      if (usedE.has(e)) continue;
      let text = engine[e]!.text;
      for (let n = 1; n < MAX_JOINED_PIECES && e + n < engine.length && !usedE.has(e + n); n++) {
        text += ` ${engine[e + n]!.text}`;
        const f1 = tokenF1(gq.text, text);
        if (f1 >= MATCH_F1) {
          const ids = Array.from({ length: n + 1 }, (_, k) => e + k);
          for (const id of ids) usedE.add(id);
          usedG.add(g);
          matches.push({ gold: g, engine: ids, f1, speakerOk: sameSpeaker(engine[e]!, gq) });
          return;
        }
      }
    }
  });
  matches.sort((a, b) => a.gold - b.gold);
  const engineCount = engine.length - matches.reduce((n, m) => n + m.engine.length - 1, 0);
  const tp = matches.length;
  const precision = engineCount ? tp / engineCount : gold.length ? 0 : 1;
  const recall = gold.length ? tp / gold.length : 1;
  return {
    matches,
    missed: gold.map((_, g) => g).filter((g) => !usedG.has(g)),
    spurious: engine.map((_, e) => e).filter((e) => !usedE.has(e)),
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerAccuracy: tp ? matches.filter((m) => m.speakerOk).length / tp : 1,
  };
}
