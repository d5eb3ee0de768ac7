/**
 * Paragraphs longer than any an article has are read in bounded pieces: sentence segmentation,
 * the token window and every per-sentence search then cost the same per character on a megabyte
 * of unbroken text as on prose. A piece ends at a sentence end where one is near the limit, else
 * at a space.
 */

/** Longest piece read at once; body paragraphs of news are far shorter. */
export const MAX_PIECE_CHARS = 8000;
/** How far back from the limit a sentence end or a space is looked for. */
const CUT_WINDOW = 1500;

export interface Pieces {
  texts: string[];
  /** For each piece, its paragraph and where it starts in it. */
  origin: { paragraph: number; offset: number }[];
}

/** Where to end a piece of `text` that starts at `from`. */
function cutAt(text: string, from: number): number {
  const limit = from + MAX_PIECE_CHARS;
  if (limit >= text.length) return text.length;
  let space = -1;
  for (let i = limit; i > limit - CUT_WINDOW; i--) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\n') continue;
    const prev = text[i - 1];
    if (prev === '.' || prev === '!' || prev === '?') return i + 1;
    if (space < 0) space = i + 1;
  }
  return space > 0 ? space : limit;
}

export function toPieces(paragraphs: readonly string[]): Pieces {
  const texts: string[] = [];
  const origin: Pieces['origin'] = [];
  paragraphs.forEach((text, paragraph) => {
    if (text.length <= MAX_PIECE_CHARS) {
      texts.push(text);
      origin.push({ paragraph, offset: 0 });
      return;
    }
    for (let from = 0; from < text.length; ) {
      const to = cutAt(text, from);
      texts.push(text.slice(from, to));
      origin.push({ paragraph, offset: from });
      from = to;
    }
  });
  return { texts, origin };
}

/** True when no paragraph was cut (the usual case: the pieces are the paragraphs). */
export function uncut(pieces: Pieces, paragraphs: readonly string[]): boolean {
  return pieces.texts.length === paragraphs.length;
}
