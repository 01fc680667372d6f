import type { Schedule } from '../../store/drops.ts';
import type { Store } from '../../store/index.ts';
import type { Grade } from '../practice/grade-schema.ts';
import type { PracticeQuestion, PracticeService } from '../practice/service.ts';
import { Cohort } from './cohort.ts';
import { Instructors } from './instructors.ts';
import { DropQuestions } from './questions.ts';
import { DropSchedules } from './schedules.ts';
import { DropThreads } from './thread.ts';
import { DropPosts, DropTicker } from './tick.ts';

export type { Schedule } from '../../store/drops.ts';
export type { DropSetup } from './schedules.ts';
export type { ThreadAnswer } from './thread.ts';
export { DEFAULT_LATE_WINDOW_MS, type TickResult } from './tick.ts';

/** A post as the chat layer renders it (its neutral reply model); opaque to the core. */
export type Post = unknown;

/** Builds the posts; injected by the composition root, so the core never imports the chat layer. */
export interface DropReplies {
  drop(q: PracticeQuestion, schedule: Schedule): Post;
  threadFeedback(g: Grade, o: { attemptId: number; previousBest?: number; mention: string }): Post;
  fullFeedback(g: Grade, o: { previousBest?: number }): Post;
  summary(o: { question: PracticeQuestion; answered: number; average: number | undefined; missed: string[] }): Post;
  dmQuestion(q: PracticeQuestion, reason: string): Post;
  deliveryFailed(o: { kind: string; channel: string; error: string; platform?: string }): Post;
}

/** Daily drops: who may run them (instructors), when they fire (schedules, ticker), answers in threads, the cohort view. */
export class DropService {
  readonly instructors: Instructors;
  readonly schedules: DropSchedules;
  readonly ticker: DropTicker;
  readonly threads: DropThreads;
  readonly cohort: Cohort;

  constructor(store: Store, practice: PracticeService, replies: DropReplies, now: () => Date, opts: { lateWindowMs?: number } = {}) {
    const questions = new DropQuestions(store, practice);
    const posts = new DropPosts(store, practice, replies);
    this.instructors = new Instructors(store);
    this.schedules = new DropSchedules(store, questions, posts, now);
    this.ticker = new DropTicker(store, questions, posts, now, opts.lateWindowMs);
    this.threads = new DropThreads(store, practice, replies);
    this.cohort = new Cohort(store, now);
  }
}
