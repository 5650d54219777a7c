/** How to read timestamps that survey tools write in many local forms. */
export interface TimestampOptions {
  /** Order of day and month in `01/02/2025`-style dates (year last). */
  dateOrder: 'DMY' | 'MDY';
  /** IANA time zone for timestamps that carry none (e.g. Qualtrics' `2017-07-18 08:28:09`). */
  timeZone: string;
}

const ZONE = String.raw`(?:\s*(Z|UTC|GMT|(?:GMT|UTC)?\s*[+-]\d{1,2}(?::?\d{2})?))?`;
const TIME = String.raw`(?:[ T,]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(AM|PM|a\.?m\.?|p\.?m\.?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}${ZONE}$`, 'i');
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}${ZONE}$`, 'i');

/** Minutes east of UTC for a zone written as `GMT+1`, `+05:30`, `UTC-0800`, `Z`. */
function zoneMinutes(zone: string): number {
  const match = /([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The offset (ms) of an IANA zone from UTC at a given instant. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which a wall-clock time (given as if UTC) is shown in `timeZone`. */
function fromWallTime(wallAsUtc: number, timeZone: string): number {
  if (/^(utc|gmt|etc\/utc|z)$/i.test(timeZone)) return wallAsUtc;
  let instant = wallAsUtc - zoneOffsetMs(wallAsUtc, timeZone);
  instant = wallAsUtc - zoneOffsetMs(instant, timeZone);
  return instant;
}

/**
 * Reads a survey tool's timestamp: ISO 8601, Qualtrics `2017-07-18 08:28:09`, Google Forms
 * `2025/02/10 9:14:03 AM GMT` (or `GMT+1`, `GMT+5:30`), Google Sheets and SurveyMonkey
 * `10/02/2025 09:14:03` / `02/10/2025 9:14:03 AM` (day/month order from `dateOrder`). A time without
 * a zone is wall-clock time in `timeZone`. Returns null for anything else or an impossible date.
 *
 * @example
 * parseExportTimestamp('2025/02/10 9:14:03 AM GMT', { dateOrder: 'DMY', timeZone: 'UTC' })?.toISOString()
 * // '2025-02-10T09:14:03.000Z'
 * parseExportTimestamp('10/02/2025 09:14', { dateOrder: 'DMY', timeZone: 'Europe/London' })?.toISOString()
 * // '2025-02-10T09:14:00.000Z'
 */
export function parseExportTimestamp(raw: string, options: TimestampOptions): Date | null {
  const text = raw.trim();
  let year: number, month: number, day: number;
  let rest: (string | undefined)[];
  const first = YEAR_FIRST.exec(text);
  const last = first ? null : YEAR_LAST.exec(text);
  if (first) {
    [year, month, day] = [Number(first[1]), Number(first[2]), Number(first[3])];
    rest = first.slice(4);
  } else if (last) {
    const [a, b] = [Number(last[1]), Number(last[2])];
    [day, month] = options.dateOrder === 'DMY' ? [a, b] : [b, a];
    year = Number(last[3]);
    rest = last.slice(4);
  } else {
    return null;
  }
  const [h, m, s, fraction, meridiem, zone] = rest;
  let hour = Number(h ?? 0);
  const minute = Number(m ?? 0);
  const second = Number(s ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const ms = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const instant = zone !== undefined ? wall - zoneMinutes(zone) * 60_000 : fromWallTime(wall, options.timeZone);
  return new Date(instant);
}
