import { fail, ok, type Result } from './errors.ts';

/** Wall-clock times in an IANA zone, DST included, with nothing but Intl. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function isValidZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

export interface LocalParts {
  date: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  hour: number;
  minute: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function localParts(at: Date, tz: string): LocalParts {
  const p = Object.fromEntries(
    formatter(tz)
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return { date: `${p.year}-${p.month}-${p.day}`, weekday: WEEKDAYS.indexOf(p.weekday), hour: Number(p.hour), minute: Number(p.minute) };
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(at: number, tz: string): number {
  const p = Object.fromEntries(
    formatter(tz)
      .formatToParts(new Date(at))
      .map((x) => [x.type, x.value]),
  );
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a local date and time happen in a zone. A time that does not exist (the hour
 * skipped when clocks go forward) moves forward with the clocks; a time that happens twice
 * (clocks go back) is its first occurrence.
 */
export function zonedInstant(date: string, hhmm: string, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const candidates = [...new Set([offsetAt(wall - 86_400_000 / 2, tz), offsetAt(wall, tz), offsetAt(wall + 86_400_000 / 2, tz)])]
    .map((off) => wall - off)
    .filter((t) => {
      const lp = localParts(new Date(t), tz);
      return lp.date === date && lp.hour === h && lp.minute === mi;
    })
    .sort((a, b) => a - b);
  if (candidates.length) return new Date(candidates[0]);
  // In the gap: the wall time with the offset from before the change lands after it.
  return new Date(wall - offsetAt(wall - 86_400_000 / 2, tz));
}

/** The calendar day before a YYYY-MM-DD date. */
export function previousDate(date: string): string {
  const t = Date.parse(`${date}T12:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** YYYY-MM-DD of a date `days` after another (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The one check for every date a person gives (an interview date on any platform or in the CLI):
 * a real calendar day (V8 rolls 2026-02-30 over to March; we refuse it), not before yesterday in
 * the person's time zone (one day of slack for zones and late evenings), at most a year ahead.
 * Returns the date unchanged, or `bad_date` with the facts its message needs.
 */
export function checkDate(input: string, now: Date, tz: string): Result<string> {
  const today = localParts(now, isValidZone(tz) ? tz : 'UTC').date;
  const example = addDays(today, 14);
  const value = input.slice(0, 40);
  const m = input.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return fail('bad_date', { value, reason: 'format', example });
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return fail('bad_date', { value, reason: 'month', month: mo, example });
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return fail('bad_date', { value, reason: 'day', monthName: MONTHS[mo - 1], year: y, days, example });
  if (input < addDays(today, -1)) return fail('bad_date', { value, reason: 'past', today });
  const latest = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  if (input > latest) return fail('bad_date', { value, reason: 'far', latest });
  return ok(input);
}
