/**
 * A link back to a saved quote in its article: the address with a text fragment,
 * `https://…/a-123#:~:text=Russia%20and%20Afghanistan…`, which Chrome (80+) and Firefox (131+)
 * scroll to and highlight. Pure.
 */
import { articleAddress, collapse } from './saved-quote.js';

/**
 * How much of the quote's start the fragment names. A browser finds the first place where these
 * words stand, so a few words are nearly always unique in an article; every word more is one more
 * chance that the page writes something differently from the saved text (a line break, a soft
 * hyphen) and nothing is found.
 */
const START_WORDS = 8;
/** …and no more characters than this, unless the first word alone is longer. */
const START_CHARS = 100;

/**
 * A text directive's special characters must be percent-encoded: `-` (prefix/suffix marks),
 * `,` (separates start and end) and `&` (separates directives). `encodeURIComponent` leaves `-`
 * as it is, so it is encoded after.
 */
function encodeDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Lone UTF-16 surrogates (which `encodeURIComponent` throws on) as U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One segmenter a language: a list links a hundred quotes at every key press. */
const segmenters = new Map<string | null, Intl.Segmenter>();
function wordSegmenter(lang: string | null): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * The first words of `text`, ending where a word ends: browsers match a text fragment only at
 * word boundaries, so a cut inside a word would find nothing. Words are found by the language's
 * rules (`Intl.Segmenter`), which also cuts Chinese or Thai, written without spaces, between words.
 */
export function quoteStart(text: string, lang: string | null = null): string {
  const clean = collapse(text).replace(LONE_SURROGATE, '\uFFFD');
  let words = 0;
  let end = 0;
  for (const { segment, index, isWordLike } of wordSegmenter(lang).segment(clean)) {
    if (!isWordLike) continue;
    const wordEnd = index + segment.length;
    if (words > 0 && wordEnd > START_CHARS) break;
    words++;
    end = wordEnd;
    if (words === START_WORDS) break;
  }
  return end > 0 ? clean.slice(0, end) : clean.slice(0, START_CHARS);
}

/** The fragment `:~:text=…` for the start of `text`, encoded. */
export function textFragment(text: string, lang: string | null = null): string {
  return `:~:text=${encodeDirective(quoteStart(text, lang))}`;
}

/** `url` (its own fragment dropped) with a text fragment that opens the article at the quote. */
export function quoteLink(url: string, text: string, lang: string | null = null): string {
  const address = articleAddress(url);
  if (!address) return url;
  const start = quoteStart(text, lang);
  return start ? `${address}#${textFragment(text, lang)}` : address;
}
