/** Spaced repetition, SM-2 style: weak answers come back sooner, strong ones later and later. */

export interface ReviewState {
  ease: number;
  intervalDays: number;
  repetitions: number;
}

export const NEW_REVIEW: ReviewState = { ease: 2.5, intervalDays: 0, repetitions: 0 };

/** The next review after an answer scoring `score` (0–100). */
export function nextReview(prev: ReviewState, score: number, now: Date): ReviewState & { dueAt: Date } {
  const q = Math.max(0, Math.min(5, score / 20)); // SM-2's 0–5 quality
  let { ease, repetitions, intervalDays } = prev;
  if (q < 3) {
    // Below 60: start again tomorrow (or in four hours for a very weak answer).
    repetitions = 0;
    intervalDays = q < 1.5 ? 1 / 6 : 1;
  } else {
    repetitions += 1;
    intervalDays = repetitions === 1 ? 1 : repetitions === 2 ? 3 : Math.round(intervalDays * ease * 10) / 10;
  }
  ease = Math.max(1.3, ease + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02));
  return { ease: Math.round(ease * 100) / 100, repetitions, intervalDays, dueAt: new Date(now.getTime() + intervalDays * 86_400_000) };
}
