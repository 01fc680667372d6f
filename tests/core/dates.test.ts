import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/chat/errors.ts';
import { addDays, checkDate } from '../../src/core/time.ts';

// 23:30 UTC on 6 December: already the 7th in Tokyo, still the 6th in New York.
const NOW = new Date('2026-12-06T23:30:00Z');

describe('checkDate: the one check for every date argument', () => {
  it.each([
    ['2026-12-20', 'UTC'],
    ['2026-12-05', 'UTC'], // yesterday: one day of slack
    ['2026-12-06', 'Asia/Tokyo'], // yesterday in Tokyo
    ['2027-12-06', 'UTC'], // exactly a year ahead
    ['2027-02-28', 'UTC'],
  ])('accepts %s (%s)', (date, tz) => {
    expect(checkDate(date, NOW, tz)).toEqual({ ok: true, value: date });
  });

  it.each([
    ['2026-02-30', /not a real date: February 2026 has 28 days/],
    ['2026-12-32', /December 2026 has 31 days/],
    ['2026-13-01', /has no month 13/],
    ['2026-00-10', /has no month 0/],
    ['2026-04-31', /April 2026 has 30 days/],
    ['2026-12-04', /is in the past \(today is 2026-12-06 where you are\)/],
    ['1999-01-01', /is in the past/],
    ['2027-12-07', /more than a year away/],
    ['9999-12-31', /more than a year away/],
    ['12/24/2026', /not a date I can read. Give it as YYYY-MM-DD, for example 2026-12-20/],
    ['tomorrow', /not a date I can read/],
    ['2026-1-5', /not a date I can read/],
  ])('refuses %s with a clear message', (date, message) => {
    const r = checkDate(date, NOW, 'UTC');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorText(r.error, 'cli')).toMatch(message);
  });

  it('judges "the past" in the person\'s time zone', () => {
    // In Tokyo it is already the 7th, so the 5th is two days ago; in New York it is the 6th.
    expect(checkDate('2026-12-05', NOW, 'Asia/Tokyo').ok).toBe(false);
    expect(checkDate('2026-12-05', NOW, 'America/New_York').ok).toBe(true);
    expect(checkDate('2026-12-05', NOW, 'Not/AZone').ok).toBe(true);
  });

  it('knows leap years', () => {
    const leapNow = new Date('2028-01-10T12:00:00Z');
    expect(checkDate('2028-02-29', leapNow, 'UTC').ok).toBe(true);
    expect(checkDate('2027-02-29', NOW, 'UTC').ok).toBe(false);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
