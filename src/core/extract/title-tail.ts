/**
 * A page's `<title>` often ends with who wrote it or where: "… | Eleanor Ainge Roy",
 * "… - Breitbart", "… - John C. Welch - Medium". The reading view shows the byline and the site
 * on their own, so such a tail is dropped, but only when it matches one of them: a tail that
 * names anything else ("Chapter 1", "Super Supportive") may be part of the title.
 */

/** The separators a title tail follows, with a space on each side. */
const TAIL = /\s+[|\-–—·•:»]\s+([^|\-–—·•:»]+?)\s*$/u;

/** What a title keeps at least: a tail is never the whole title. */
const MIN_HEAD_CHARS = 10;

/** A name as compared: its letters and digits only, lower case, without "by" or a domain's ending. */
function comparable(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*by\s+/u, '')
    .replace(/\.(?:com|org|net|co\.uk|de|fr|info)\b.*$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * `title` without its trailing "| name" parts that match the byline, an author or the site's
 * name (`names`), as many as there are; the title as it is when no tail matches.
 */
export function withoutTitleTail(title: string, names: readonly (string | null | undefined)[]): string {
  const known = new Set(
    names
      .filter((n): n is string => !!n)
      .map(comparable)
      .filter(Boolean),
  );
  let rest = title.trim();
  for (;;) {
    const tail = TAIL.exec(rest);
    if (!tail || !known.has(comparable(tail[1]!))) return rest;
    const head = rest.slice(0, tail.index).trim();
    if (head.length < MIN_HEAD_CHARS) return rest;
    rest = head;
  }
}
