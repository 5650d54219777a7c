/**
 * Checks an ISO 8601 date or date-time from a CSV cell and writes it in the form every JavaScript
 * engine parses the same way: `T` between date and time, `.` before fractions, `+01:00` offsets.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The separators of `YYYY-MM-DDTHH:MM:SS` by position (0: a digit goes there). */
const CANONICAL_SEPARATORS = Uint8Array.from('0000-00-00T00:00:00', (char) => (char === '0' ? 0 : char.charCodeAt(0)));

/** `YYYY-MM-DDTHH:MM:SSZ`, optionally with a fraction: the canonical spelling, checked without a regex. */
function isCanonicalUtc(value: string): boolean {
  const length = value.length;
  if (length < 20 || value.charCodeAt(length - 1) !== 90 /* Z */) return false;
  for (let i = 0; i < 19; i++) {
    const c = value.charCodeAt(i);
    const expected = CANONICAL_SEPARATORS[i]!;
    if (expected === 0 ? c < 48 || c > 57 : c !== expected) return false;
  }
  if (length > 20) {
    if (value.charCodeAt(19) !== 46 /* . */ || length === 21) return false;
    for (let i = 20; i < length - 1; i++) {
      const c = value.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
  }
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && twoDigits(value, 11) <= 23 && twoDigits(value, 14) <= 59 && twoDigits(value, 17) <= 59
  );
}

function twoDigits(value: string, at: number): number {
  return (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;
}

/**
 * The timestamp in a canonical spelling, or why it is not acceptable. A date alone is read as UTC
 * midnight; a time must carry a time zone (`Z` or an offset), because a local time would mean a
 * different instant on machines in different zones.
 *
 * @example
 * normaliseTimestamp('2025-02-12 09:30:00+0100') // '2025-02-12T09:30:00+01:00'
 * normaliseTimestamp('2025-02-12')               // '2025-02-12'
 * normaliseTimestamp('2025-02-30')               // { problem: 'bad date "2025-02-30": February 2025 has 28 days …' }
 * normaliseTimestamp('2025-02-12T09:30')          // { problem: 'bad date …: a time needs a time zone …' }
 */
export function normaliseTimestamp(text: string): string | { problem: string } {
  if (isCanonicalUtc(text)) return text;
  const example = 'expected ISO 8601 such as 2025-02-12T09:30:00Z or 2025-02-12';
  const value = text.trim();
  if (isCanonicalUtc(value)) return value;
  if (value === '') return { problem: `the date is blank (${example})` };
  const match = ISO.exec(value);
  if (!match) return { problem: `bad date "${value}" (${example})` };
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { problem: `bad date "${value}": there is no month ${month}` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return { problem: `bad date "${value}": ${MONTHS[month - 1]} ${year} has ${days} days` };
  }
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) {
    return { problem: `bad date "${value}": the time is out of range` };
  }
  if (zone === undefined) {
    return { problem: `bad date "${value}": a time needs a time zone, e.g. ${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}Z` };
  }
  let offset = zone.toUpperCase();
  if (offset !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || '0');
    if (hours > 14 || minutes > 59) return { problem: `bad date "${value}": the time zone offset is out of range` };
    offset = `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
  }
  const seconds = s === undefined ? '' : `:${s}${fraction === undefined ? '' : `.${fraction}`}`;
  return `${y}-${mo}-${d}T${h}:${mi}${seconds}${offset}`;
}
