import type { Store } from '../../store/index.ts';
import type { ReviewRow } from '../../store/practice.ts';
import { askedOfAnyone, type Bank, loadBank } from '../bank/load.ts';
import { type Category, Difficulty, Track } from '../bank/schema.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { User } from '../identity.ts';
import { loadTaxonomy } from '../skills/taxonomy.ts';
import { stableOrder } from '../text/order.ts';
import { contentWords, jaccard } from '../text/similarity.ts';
import { isValidZone, localParts } from '../time.ts';
import type { LlmUsage } from '../usage.ts';
import type { GradableQuestion, Grade } from './grade-schema.ts';
import { gradeAnswer } from './grader.ts';
import { rubricFromReference } from './rubric.ts';
import { NEW_REVIEW, nextReview } from './schedule.ts';

/** A question the user can practise: from the bank or an instructor's own. */
export interface PracticeQuestion extends GradableQuestion {
  id: string;
  difficulty: string;
  tracks?: Track[];
  source: 'bank' | 'custom';
}

export interface Picked {
  question: PracticeQuestion;
  /** Why this one, in words ("due for review: last score 45"). */
  reason: string;
}

export interface GradedAttempt {
  grade: Grade;
  attemptId: number;
  /** The best earlier score on this question, when there is one (a retry shows progress). */
  previousBest: number | undefined;
  nextDue: Date;
}

export interface Stats {
  attempts: number;
  average: number | undefined;
  byCategory: { category: string; attempts: number; average: number }[];
  streakDays: number;
  weakestPoints: { point: string; missed: number }[];
  due: number;
  nextDue: Date | undefined;
}

export type PracticeMode = 'practice' | 'mock' | 'follow-up' | 'drop' | 'dm-drop';

const RECENT_DAYS = 7;
const DAY = 86_400_000;

/** Practice, grading, spaced repetition, mock interviews and progress. Knows no chat platform. */
export class PracticeService {
  readonly #store: Store;
  readonly #now: () => Date;
  readonly #bank: () => Bank;
  readonly #llm: LlmUsage | undefined;

  constructor(store: Store, now: () => Date, llm?: LlmUsage) {
    this.#store = store;
    this.#now = now;
    this.#llm = llm;
    this.#bank = () => loadBank(loadTaxonomy());
  }

  /** A bank question, or an instructor's ("custom-12") from the user's workspace. */
  async question(user: Pick<User, 'workspaceId'>, id: string): Promise<PracticeQuestion | undefined> {
    const q = this.#bank().byId.get(id);
    if (q) return { ...q, source: 'bank' };
    const m = id.match(/^custom-(\d+)$/);
    if (!m) return undefined;
    const custom = (await this.#store.practice.customQuestions(user.workspaceId)).find((c) => c.id === Number(m[1]));
    return custom ? customToPractice(custom) : undefined;
  }

  /** The next question: what is due for review, else the user's latest report, else their track. */
  async pick(user: User, opts: { track?: Track; difficulty?: Difficulty; exclude?: string[] } = {}): Promise<Result<Picked>> {
    const now = this.#now();
    const exclude = new Set(opts.exclude ?? []);
    const recent = new Set(
      (await this.#store.practice.attempts(user.id, { since: new Date(now.getTime() - RECENT_DAYS * DAY) })).map((a) => a.questionId),
    );
    const fits = (q: PracticeQuestion) =>
      !exclude.has(q.id) &&
      (!opts.track || q.tracks?.includes(opts.track) === true || q.source === 'custom') &&
      (!opts.difficulty || q.difficulty === opts.difficulty);

    for (const r of await this.#store.practice.due(user.id, now)) {
      const q = await this.question(user, r.questionId);
      if (q && fits(q)) return ok({ question: q, reason: `due for review — last time you scored ${r.lastScore}` });
    }
    if (!opts.track) {
      const latest = await this.#store.reports.json(user.id);
      if (latest) {
        const report = JSON.parse(latest.json) as { questions: { id: string; rank: number; likelihood: number }[] };
        for (const rq of report.questions) {
          if (recent.has(rq.id)) continue;
          const q = await this.question(user, rq.id);
          if (q && fits(q)) return ok({ question: q, reason: `#${rq.rank} in your report #${latest.row.id} (${rq.likelihood}% likely)` });
        }
      }
    }
    const track = opts.track ?? (user.track as Track | null) ?? (await this.#reportTrack(user)) ?? 'general';
    const pool = this.#bank()
      .questions.filter(askedOfAnyone)
      .map((q): PracticeQuestion => ({ ...q, source: 'bank' }))
      .filter((q) => q.tracks?.includes(track) && fits(q));
    const fresh = pool.filter((q) => !recent.has(q.id));
    const candidates = (fresh.length ? fresh : pool).sort((a, b) => stableOrder(user.id, a.id) - stableOrder(user.id, b.id));
    const q = candidates[0];
    if (!q) return fail('no_questions', { track, difficulty: opts.difficulty });
    return ok({ question: q, reason: `${track} track${opts.difficulty ? `, ${opts.difficulty}` : ''}` });
  }

  async #reportTrack(user: User): Promise<Track | undefined> {
    const latest = await this.#store.reports.json(user.id);
    if (!latest) return undefined;
    const t = Track.safeParse((JSON.parse(latest.json) as { role?: { track?: string } }).role?.track);
    return t.success ? t.data : undefined;
  }

  /** Grades an answer, stores the attempt (answer sealed) and schedules the question again. */
  async grade(user: User, q: PracticeQuestion, answer: string, mode: PracticeMode, dropRunId?: number): Promise<GradedAttempt> {
    const now = this.#now();
    let grade = gradeAnswer(q, answer);
    if (this.#llm && (await this.#llm.available(user.workspaceId)).ok) {
      grade = await this.#llm.model.grader.grade(q, answer, grade, this.#llm.meter(user.workspaceId, user.id).onCall);
    }
    const earlier = (await this.#store.practice.attempts(user.id)).filter((a) => a.questionId === q.id && a.mode !== 'follow-up');
    const previousBest = earlier.length ? Math.max(...earlier.map((a) => a.score)) : undefined;
    const attemptId = await this.#store.practice.addAttempt(user.id, {
      questionId: q.id,
      category: q.category,
      mode,
      score: grade.score,
      criteria: grade.criteria.map((c) => ({ name: c.name, score: c.score })),
      missing: grade.missing,
      answer,
      feedbackJson: JSON.stringify(grade),
      at: now,
      dropRunId,
    });
    let nextDue = now;
    if (mode !== 'follow-up') {
      const prev: ReviewRow | undefined = await this.#store.practice.review(user.id, q.id);
      const next = nextReview(prev ?? NEW_REVIEW, grade.score, now);
      await this.#store.practice.saveReview(user.id, { questionId: q.id, ...next, lastScore: grade.score });
      nextDue = next.dueAt;
    }
    return { grade, attemptId, previousBest, nextDue };
  }

  /** The full feedback stored with one of this user's attempts. */
  async feedback(user: User, attemptId: number): Promise<Grade | undefined> {
    const json = await this.#store.practice.feedback(user.id, attemptId);
    return json ? (JSON.parse(json) as Grade) : undefined;
  }

  /** What the user answered in one of their attempts (for a mock's transcript). */
  answerOf(user: User, attemptId: number): Promise<string | undefined> {
    return this.#store.practice.answer(user.id, attemptId);
  }

  /** One key point to steer towards, without giving the answer away. */
  hint(q: PracticeQuestion, given: number): string | undefined {
    const byWeight = [...q.rubric].sort((a, b) => b.weight - a.weight);
    const p = byWeight[given];
    return p ? p.point : undefined;
  }

  /** Questions for a mock interview: the report's top picks (or the track's) across categories. */
  async mockQuestions(user: User, n: number): Promise<PracticeQuestion[]> {
    const picked: PracticeQuestion[] = [];
    // A question answered in the last day is not asked again first: a mock should not open with a repeat.
    const justAnswered = new Set(
      (await this.#store.practice.attempts(user.id, { since: new Date(this.#now().getTime() - DAY) })).map((a) => a.questionId),
    );
    const seenCategories = new Map<Category, number>();
    const latest = await this.#store.reports.json(user.id);
    const ids = latest
      ? (JSON.parse(latest.json) as { questions: { id: string }[] }).questions.map((q) => q.id)
      : this.#bank()
          .questions.filter((q) => q.tracks.includes(((user.track as Track | null) ?? 'general') as Track))
          .sort((a, b) => stableOrder(user.id, a.id) - stableOrder(user.id, b.id))
          .map((q) => q.id);
    for (const pass of [1, 2, 3])
      for (const id of ids) {
        if (picked.length >= n) break;
        if (pass < 3 && justAnswered.has(id)) continue;
        const q = await this.question(user, id);
        if (!q || picked.some((p) => p.id === q.id)) continue;
        if (pass === 1 && (seenCategories.get(q.category) ?? 0) >= Math.ceil(n / 3)) continue;
        picked.push(q);
        seenCategories.set(q.category, (seenCategories.get(q.category) ?? 0) + 1);
      }
    return picked;
  }

  /**
   * A follow-up built from what the answer missed: it names the most important missing point and
   * asks about it (with the bank's own follow-up when one is about that point), and is graded
   * only against the missed points.
   */
  followUpFor(q: PracticeQuestion, grade: Grade): PracticeQuestion | undefined {
    const missing = q.rubric.filter((r) => grade.missing.includes(r.point)).sort((a, b) => b.weight - a.weight);
    if (missing.length === 0) return undefined;
    const target = missing[0];
    const words = contentWords(target.point);
    const related = (q.followUps ?? []).find((u) => [...contentWords(u)].filter((w) => words.has(w)).length >= 2);
    const ask = related ?? 'How would you handle that part here?';
    const rubric = missing.length >= 2 ? missing.slice(0, 3) : [...missing, ...q.rubric.filter((r) => !missing.includes(r)).slice(0, 1)];
    return {
      ...q,
      id: q.id,
      text: `Your answer did not get to this: ${target.point}. ${ask}`,
      rubric,
      answerStructure: undefined,
      followUps: [],
    };
  }

  async stats(user: User): Promise<Stats> {
    const now = this.#now();
    const attempts = (await this.#store.practice.attempts(user.id)).filter((a) => a.mode !== 'follow-up');
    const byCat = new Map<string, number[]>();
    for (const a of attempts) byCat.set(a.category, [...(byCat.get(a.category) ?? []), a.score]);
    const avg = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) / xs.length);
    const missed = new Map<string, number>();
    for (const a of attempts.slice(0, 50)) for (const m of a.missing) missed.set(m, (missed.get(m) ?? 0) + 1);
    const due = await this.#store.practice.due(user.id, now);
    return {
      attempts: attempts.length,
      average: attempts.length ? avg(attempts.map((a) => a.score)) : undefined,
      byCategory: [...byCat.entries()]
        .map(([category, xs]) => ({ category, attempts: xs.length, average: avg(xs) }))
        .sort((a, b) => a.average - b.average),
      streakDays: streak(
        attempts.map((a) => a.createdAt),
        user.timezone,
        now,
      ),
      weakestPoints: [...missed.entries()]
        .filter(([, n]) => n >= 1)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 5)
        .map(([point, n]) => ({ point, missed: n })),
      due: due.length,
      nextDue: await this.#store.practice.nextDue(user.id),
    };
  }

  /** An instructor's question with a reference answer; its key points are derived from the reference. */
  async addCustom(
    user: User,
    input: { text: string; reference: string; category?: string; difficulty?: string; track?: string },
  ): Promise<Result<{ id: string; points: string[] }>> {
    const text = input.text.trim();
    const reference = input.reference.trim();
    if (text.length < 15) return fail('question_too_short');
    if (reference.split(/\s+/).length < 15) return fail('reference_too_short');
    const category =
      (['behavioural', 'coding', 'system-design', 'technical'] as const).find((c) => c === input.category) ?? guessCategory(text);
    const difficulty = Difficulty.safeParse(input.difficulty).success ? (input.difficulty as string) : 'medium';
    const track = Track.safeParse(input.track).success ? (input.track as string) : 'general';
    const rubric = rubricFromReference(reference);
    if (rubric.length < 2) return fail('reference_without_points');
    const existing = await this.#store.practice.customQuestions(user.workspaceId);
    if (existing.some((c) => jaccard(contentWords(c.text), contentWords(text)) >= 0.6)) return fail('duplicate_question');
    const id = await this.#store.practice.addCustomQuestion(user.workspaceId, user.id, {
      text,
      category,
      difficulty,
      track,
      reference,
      rubric,
    });
    return ok({ id: `custom-${id}`, points: rubric.map((r) => r.point) });
  }

  async customQuestions(user: Pick<User, 'workspaceId'>): Promise<PracticeQuestion[]> {
    return (await this.#store.practice.customQuestions(user.workspaceId)).map(customToPractice);
  }
}

function customToPractice(c: {
  id: number;
  text: string;
  category: Category;
  difficulty: string;
  track: string;
  rubric: GradableQuestion['rubric'];
  reference: string;
}): PracticeQuestion {
  return {
    id: `custom-${c.id}`,
    text: c.text,
    category: c.category,
    difficulty: c.difficulty,
    rubric: c.rubric,
    source: 'custom',
    tracks: [c.track as Track],
    followUps: [],
    answerStructure: undefined,
  };
}

function guessCategory(text: string): Category {
  const t = text.toLowerCase();
  if (/^(tell me about|describe a (time|situation)|give an example of a time)/.test(t)) return 'behavioural';
  if (/^(design|how would you design|architect)/.test(t)) return 'system-design';
  if (/^(write|implement|code|given an array|given a list)/.test(t)) return 'coding';
  return 'technical';
}

/** Consecutive local days with at least one attempt, ending today or yesterday, in the user's time zone. */
export function streak(times: Date[], timezone: string, now: Date): number {
  const zone = isValidZone(timezone) ? timezone : 'UTC';
  const dayOf = (t: Date) => localParts(t, zone).date;
  const days = new Set(times.map(dayOf));
  const daysAgo = (n: number) => dayOf(new Date(now.getTime() - n * DAY));
  const start = days.has(daysAgo(0)) ? 0 : days.has(daysAgo(1)) ? 1 : -1;
  if (start < 0) return 0;
  let n = 0;
  while (days.has(daysAgo(start + n))) n++;
  return n;
}
