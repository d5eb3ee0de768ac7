/**
 * Publication dates as ISO 8601. DW shows dates as DD.MM.YYYY (older layout, German, French ...)
 * while its metadata (JSON-LD, `<meta name="date">`) carries full ISO date-times.
 */

/** An ISO 8601 date or date-time as JSON-LD and `<meta name="date">` give it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** DD.MM.YYYY: the day-first dotted form DW prints in every European language. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Year first, slashes: "1402/08/12" (DW's Persian and Dari pages), "2019/10/31". */
const YEAR_FIRST_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/** "2013年5月2日": the date as DW's Chinese pages print it. */
const CJK_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** Years below this are of the Solar Hijri calendar (Iran, Afghanistan: 1402 is 2023/24). */
const SOLAR_HIJRI_BEFORE = 1700;

/** Zero of each decimal script DW prints dates in: Arabic-Indic, Persian, Devanagari, Bengali. */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6];

/** Native digits as ASCII ones: "٣١" -> "31", "۱۴۰۲" -> "1402". */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/** A Solar Hijri date as its Gregorian [year, month, day] (the arithmetic Iran's calendar uses). */
function solarHijriToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
  const y = jy + 1595;
  let days =
    -355668 +
    365 * y +
    Math.floor(y / 33) * 8 +
    Math.floor(((y % 33) + 3) / 4) +
    jd +
    (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    days--;
    gy += 100 * Math.floor(days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  let gd = days + 1;
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gm = 0;
  while (gm < 12 && gd > monthDays[gm]!) gd -= monthDays[gm++]!;
  return [gy, gm + 1, gd];
}

/** YYYY-MM-DD of a year, month and day, or null when the month or day cannot be. */
function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year < SOLAR_HIJRI_BEFORE) {
    if (day > (month <= 6 ? 31 : 30)) return null;
    [year, month, day] = solarHijriToGregorian(year, month, day);
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date in ISO 8601, or null when `text` is not a date we can read unambiguously. */
export function toIsoDate(text: string | null | undefined): string | null {
  const value = asciiDigits((text ?? '').trim());
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
  const yearFirst = YEAR_FIRST_DATE.exec(value) ?? CJK_DATE.exec(value);
  if (yearFirst) return isoDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  return null;
}

/** True when `text` is a dotted date: the older layout's meta list opens with one. */
export function isDottedDate(text: string): boolean {
  return DOTTED_DATE.test(asciiDigits(text.trim()));
}
