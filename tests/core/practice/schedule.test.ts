import { describe, expect, it } from 'vitest';
import { NEW_REVIEW, nextReview } from '../../../src/core/practice/schedule.ts';
import { streak } from '../../../src/core/practice/service.ts';

const NOW = new Date('2026-11-21T12:00:00Z');
const days = (d: Date) => (d.getTime() - NOW.getTime()) / 86_400_000;

describe('spaced repetition', () => {
  it('brings weak answers back sooner than strong ones', () => {
    const weak = nextReview(NEW_REVIEW, 25, NOW);
    const mid = nextReview(NEW_REVIEW, 50, NOW);
    const strong = nextReview(NEW_REVIEW, 90, NOW);
    expect(days(weak.dueAt)).toBeLessThan(days(mid.dueAt));
    expect(days(mid.dueAt)).toBeLessThanOrEqual(days(strong.dueAt));
    expect(days(weak.dueAt)).toBeCloseTo(1 / 6);
  });

  it('spaces repeated strong answers further apart, and resets after a weak one', () => {
    let s = nextReview(NEW_REVIEW, 90, NOW);
    const intervals = [s.intervalDays];
    for (let i = 0; i < 3; i++) {
      s = nextReview(s, 90, NOW);
      intervals.push(s.intervalDays);
    }
    expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
    expect(intervals[3]).toBeGreaterThan(6);
    const reset = nextReview(s, 30, NOW);
    expect(reset.repetitions).toBe(0);
    expect(reset.intervalDays).toBe(1);
    expect(reset.ease).toBeLessThan(s.ease);
    expect(reset.ease).toBeGreaterThanOrEqual(1.3);
  });
});

describe('streaks', () => {
  it("count consecutive days in the user's time zone", () => {
    // 23:30 UTC on the 19th is already the 20th in Berlin.
    const times = [new Date('2026-11-19T23:30:00Z'), new Date('2026-11-21T08:00:00Z')];
    expect(streak(times, 'Europe/Berlin', NOW)).toBe(2);
    expect(streak(times, 'UTC', NOW)).toBe(1);
  });
  it('keep yesterday alive until the day is over, and reset after a gap', () => {
    expect(streak([new Date('2026-11-20T10:00:00Z')], 'UTC', NOW)).toBe(1);
    expect(streak([new Date('2026-11-18T10:00:00Z')], 'UTC', NOW)).toBe(0);
    expect(streak([], 'UTC', NOW)).toBe(0);
  });
});
