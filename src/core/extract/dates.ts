/**
 * Publication dates as ISO 8601. DW shows dates as DD.MM.YYYY (older layout, German, French ...)
 * while its metadata (JSON-LD, `<meta name="date">`) carries full ISO date-times.
 */

/** An ISO 8601 date or date-time as JSON-LD and `<meta name="date">` give it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** DD.MM.YYYY: the day-first dotted form DW prints in every European language. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** The date in ISO 8601, or null when `text` is not a date we can read unambiguously. */
export function toIsoDate(text: string | null | undefined): string | null {
  const value = (text ?? '').trim();
  if (!value) return null;
  if (ISO_DATE.test(value)) return value.replace(' ', 'T');
  const dotted = DOTTED_DATE.exec(value);
  if (dotted) {
    const [, d, m, y] = dotted;
    const month = Number(m);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  }
  return null;
}

/** True when `text` is a dotted date: the older layout's meta list opens with one. */
export function isDottedDate(text: string): boolean {
  return DOTTED_DATE.test(text.trim());
}
