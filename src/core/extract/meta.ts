/**
 * Read-only access to a page's metadata: `<meta>` tags and JSON-LD. Never changes the document.
 */

/**
 * The value of the first `<meta>` in `<head>` whose `property` or `name` is one of `keys`, in
 * the order of `keys`. Reads `content`, and `value` too: some saved pages were
 * rewritten to `name=`/`value=` by the tools that saved them. Walks the head's children
 * by sibling links: detection runs on every page load, and in jsdom an attribute selector costs
 * some 300 µs on a DW page against some 50 µs for this walk (`npm run bench`).
 */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const found = new Map<string, string>();
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.localName !== 'meta') continue;
    const key = el.getAttribute('property') ?? el.getAttribute('name');
    if (key === null || found.has(key) || !keys.includes(key)) continue;
    const value = (el.getAttribute('content') ?? el.getAttribute('value') ?? '').trim();
    if (!value) continue;
    if (key === keys[0]) return value;
    found.set(key, value);
  }
  for (const key of keys) {
    const value = found.get(key);
    if (value) return value;
  }
  return null;
}

/** The `href` of the head's first `<link rel="canonical">`, or null. */
export function canonicalUrl(doc: Document): string | null {
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.localName === 'link' && el.getAttribute('rel') === 'canonical') return el.getAttribute('href');
  }
  return null;
}

/** A JSON-LD object as parsed; fields are read defensively. */
export type JsonLd = Record<string, unknown>;

/** `@type`s that describe an article (schema.org). */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
]);

/** Every JSON-LD object on the page, `@graph` members included; broken blocks are skipped. */
function jsonLdObjects(doc: Document): JsonLd[] {
  const out: JsonLd[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    collect(data, out);
  }
  return out;
}

function collect(data: unknown, out: JsonLd[]): void {
  if (Array.isArray(data)) {
    for (const item of data) collect(item, out);
  } else if (data && typeof data === 'object') {
    const obj = data as JsonLd;
    out.push(obj);
    if (obj['@graph']) collect(obj['@graph'], out);
  }
}

/** The first JSON-LD object whose `@type` is an article type, or null. */
export function jsonLdArticle(doc: Document): JsonLd | null {
  for (const obj of jsonLdObjects(doc)) {
    const types = ([] as unknown[]).concat(obj['@type']);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return obj;
  }
  return null;
}

/** A string field, or the `name` of an object field: JSON-LD allows both. */
export function ldName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && typeof (value as JsonLd).name === 'string') {
    return ((value as JsonLd).name as string).trim() || null;
  }
  return null;
}

/** The names in a JSON-LD `author` field (a string, an object, or a list of either). */
export function ldNames(value: unknown): string[] {
  return ([] as unknown[])
    .concat(value ?? [])
    .map(ldName)
    .filter((n): n is string => n !== null);
}
