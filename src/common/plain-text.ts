/**
 * Text from a page, made safe to hand on: to the clipboard (a quote with its attribution) and to
 * a terminal (the CLI's text output). A page can hide things in characters that show nothing:
 * a right-to-left override that reverses what follows it on paste, zero-width characters that
 * mark who copied a quote, escape sequences that rewrite a terminal's title or clipboard.
 */

/** C0 and C1 controls and DEL; tab, line feed and carriage return are handled by the callers. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Bidirectional formatting: the embeddings and overrides (LRE RLE PDF LRO RLO), the isolates
 * (LRI RLI FSI PDI) and the marks (LRM RLM ALM). Text keeps its own direction without them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Zero-width joiners where they change what is seen: between letters of a script whose letters
 * join or form conjuncts (Arabic, Persian, Syriac, the Indic scripts …), and inside emoji
 * sequences. Elsewhere a joiner shows nothing and can only carry a hidden mark.
 */
const JOINING_LETTER =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Extended_Pictographic}]/u;
const JOINERS = new Set(['\u200C', '\u200D']);
/** Variation selectors 15 and 16 pick text or emoji style, after an emoji only. */
const EMOJI_STYLE = new Set(['\uFE0E', '\uFE0F']);

/**
 * Characters that show nothing (Unicode's default-ignorable code points: zero-width spaces,
 * joiners, word joiners, invisible operators, variation selectors, tag characters, the byte
 * order mark, soft hyphens, fillers) and every other format character.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;

/** Removes invisible characters but the joiners and emoji selectors that change what is seen. */
function dropInvisible(text: string): string {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!INVISIBLE.test(c)) {
      out += c;
      continue;
    }
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (JOINERS.has(c) && JOINING_LETTER.test(before) && JOINING_LETTER.test(after) && !JOINERS.has(after)) out += c;
    else if (EMOJI_STYLE.has(c) && /\p{Extended_Pictographic}/u.test(before)) out += c;
  }
  return out;
}

/**
 * One line of plain text as a reader sees it: controls, bidi formatting and invisible characters
 * removed, every run of white space (line and paragraph separators included) one space, trimmed.
 */
export function plainText(text: string): string {
  const visible = dropInvisible(text.replace(CONTROLS, ' ').replace(BIDI_CONTROLS, ''));
  return visible.replace(/\s+/gu, ' ').trim();
}

/**
 * Text for a terminal: line breaks and tabs kept, every other control character (the escape that
 * starts a terminal's sequences among them) and bidi formatting removed, and the characters that
 * show nothing with them, so that what is printed is what is read.
 */
export function terminalText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      dropInvisible(line.replace(CONTROLS, '').replace(BIDI_CONTROLS, '')).replace(/[\u2028\u2029\u0085]/g, ' '),
    )
    .join('\n');
}
