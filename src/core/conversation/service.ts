import type { Store } from '../../store/index.ts';
import type { Difficulty, Track } from '../bank/schema.ts';
import type { Result } from '../errors.ts';
import { fail, ok } from '../errors.ts';
import type { User } from '../identity.ts';
import type { Grade } from '../practice/grade-schema.ts';
import type { GradedAttempt, Picked, PracticeQuestion, PracticeService } from '../practice/service.ts';
import type { DocKind, IncomingFile } from '../profile/intake.ts';
import type { DocumentSummary, ProfileService } from '../profile/service.ts';
import { type ConversationState, type MockResult, type MockState, type PracticeState, readState } from './state.ts';

/** What a hint request gave. */
export type HintOutcome = { kind: 'no-question' } | { kind: 'no-more' } | { kind: 'hint'; n: number; point: string };

/** One step of a mock interview, after an answer. */
export interface MockStep {
  /** The grade of the answer just given (a main question or its follow-up). */
  graded: { score: number; strengths: string[]; covered: string[]; missing: string[]; phase: 'question' | 'follow-up' };
  /** Asked next: the follow-up on what was missed, or the next question. */
  followUp?: { text: string; points: string[] };
  next?: { question: PracticeQuestion; index: number; total: number };
  /** The mock is over: every question with its scores and what the user answered. */
  transcript?: TranscriptEntry[];
}

export interface TranscriptEntry extends MockResult {
  answer?: string;
  followUpAnswer?: string;
}

/** What the user's next plain message did. */
export type AnswerOutcome =
  | { kind: 'idle' }
  | { kind: 'document'; doc: DocKind; saved: Result<DocumentSummary> }
  | { kind: 'practice'; graded: GradedAttempt; hints: number }
  | { kind: 'mock'; step: MockStep }
  /** The question or mock can no longer continue (a custom question was deleted). */
  | { kind: 'gone'; flow: 'practice' | 'mock' };

/**
 * Every multi-turn flow: awaiting a document, a practice question (answer, hint, skip), a mock
 * interview with follow-ups and a transcript, and text held until the user says what it is.
 * Platform-neutral: adapters reach it only through the router.
 */
export class ConversationService {
  readonly #store: Store;
  readonly #practice: PracticeService;
  readonly #profile: ProfileService;

  constructor(store: Store, practice: PracticeService, profile: ProfileService) {
    this.#store = store;
    this.#practice = practice;
    this.#profile = profile;
  }

  async state(user: User): Promise<ConversationState> {
    return readState(await this.#store.conversations.get(user.id));
  }

  async #set(user: User, state: ConversationState): Promise<void> {
    await this.#store.conversations.set(user.id, state);
  }

  /** Stops waiting for anything and drops held text. */
  async cancel(user: User): Promise<void> {
    await this.#store.conversations.clear(user.id);
    await this.#store.pending.take(user.id);
  }

  // —— documents ——

  /** The next message will be stored as this document. */
  async awaitDocument(user: User, doc: DocKind, append: boolean): Promise<void> {
    await this.#set(user, { kind: 'awaiting-document', doc, append });
  }

  /** Saves pasted text or a file; a waiting conversation ends only when the save worked. */
  async saveDocument(
    user: User,
    doc: DocKind,
    input: { text: string; files: IncomingFile[]; append: boolean },
  ): Promise<Result<DocumentSummary>> {
    const source = input.files[0] ? { file: input.files[0] } : { text: input.text };
    const saved = await this.#profile.save(user, doc, source, { append: input.append });
    if (saved.ok) await this.#store.conversations.clear(user.id);
    return saved;
  }

  /** Pasted text that looks like a document, sealed until the user says what it is. */
  async hold(user: User, text: string): Promise<void> {
    await this.#store.pending.hold(user.id, text);
  }

  /** Saves the held text as a document. */
  async saveHeld(user: User, doc: DocKind): Promise<Result<DocumentSummary>> {
    const held = await this.#store.pending.take(user.id);
    if (!held) return fail('nothing_pending');
    return this.saveDocument(user, doc, { text: held, files: [], append: false });
  }

  // —— practice ——

  async #open(user: User): Promise<{ state: PracticeState; q: PracticeQuestion } | undefined> {
    const state = await this.state(user);
    if (state.kind !== 'practice') return undefined;
    const q = await this.#practice.question(user, state.questionId);
    return q ? { state, q } : undefined;
  }

  /** Picks a question and waits for the answer. */
  async startPractice(user: User, opts: { track?: Track; difficulty?: Difficulty } = {}): Promise<Result<Picked>> {
    const picked = await this.#practice.pick(user, opts);
    if (picked.ok) await this.#set(user, { kind: 'practice', questionId: picked.value.question.id, hints: 0 });
    return picked;
  }

  async hint(user: User): Promise<HintOutcome> {
    const open = await this.#open(user);
    if (!open) return { kind: 'no-question' };
    const point = this.#practice.hint(open.q, open.state.hints);
    if (!point) return { kind: 'no-more' };
    await this.#set(user, { ...open.state, hints: open.state.hints + 1 });
    return { kind: 'hint', n: open.state.hints + 1, point };
  }

  /** Another question instead of the open one (or a first one). */
  async skip(user: User): Promise<Result<Picked & { skipped: boolean }>> {
    const open = await this.#open(user);
    const picked = await this.#practice.pick(user, { exclude: open ? [open.q.id] : [] });
    if (!picked.ok) return picked;
    await this.#set(user, { kind: 'practice', questionId: picked.value.question.id, hints: 0 });
    return ok({ ...picked.value, skipped: Boolean(open) });
  }

  // —— mock interview ——

  /** Picks n questions and waits for the first answer; none found → []. */
  async startMock(user: User, n: number): Promise<PracticeQuestion[]> {
    const qs = await this.#practice.mockQuestions(user, n);
    if (qs.length) await this.#set(user, { kind: 'mock', ids: qs.map((q) => q.id), index: 0, phase: 'question', results: [] });
    return qs;
  }

  // —— the next plain message ——

  /** Whatever the bot waits for gets the message. */
  async answer(user: User, text: string, files: IncomingFile[] = []): Promise<AnswerOutcome> {
    const state = await this.state(user);
    switch (state.kind) {
      case 'practice':
        return this.#answerPractice(user, state, text);
      case 'mock':
        return this.#answerMock(user, state, text);
      case 'awaiting-document':
        return { kind: 'document', doc: state.doc, saved: await this.saveDocument(user, state.doc, { text, files, append: state.append }) };
      case 'idle':
        return { kind: 'idle' };
    }
  }

  async #answerPractice(user: User, state: PracticeState, answer: string): Promise<AnswerOutcome> {
    const q = await this.#practice.question(user, state.questionId);
    await this.#store.conversations.clear(user.id);
    if (!q) return { kind: 'gone', flow: 'practice' };
    return { kind: 'practice', graded: await this.#practice.grade(user, q, answer, 'practice'), hints: state.hints };
  }

  async #answerMock(user: User, state: MockState, answer: string): Promise<AnswerOutcome> {
    const q = await this.#practice.question(user, state.ids[state.index]);
    if (!q) {
      await this.#store.conversations.clear(user.id);
      return { kind: 'gone', flow: 'mock' };
    }
    if (state.phase === 'question') {
      const r = await this.#practice.grade(user, q, answer, 'mock');
      const results: MockResult[] = [
        ...state.results,
        { questionId: q.id, text: q.text, score: r.grade.score, attemptId: r.attemptId, improvements: r.grade.improvements },
      ];
      const graded = summarise(r.grade, 'question');
      const follow = this.#practice.followUpFor(q, r.grade);
      if (follow) {
        const followUp = { text: follow.text, points: follow.rubric.map((p) => p.point) };
        await this.#set(user, { ...state, phase: 'follow-up', followUp, results });
        return { kind: 'mock', step: { graded, followUp } };
      }
      return this.#advance(user, { ...state, results }, graded);
    }
    const points = new Set(state.followUp?.points ?? []);
    const followQ: PracticeQuestion = {
      ...q,
      text: state.followUp?.text ?? q.text,
      rubric: q.rubric.filter((p) => points.has(p.point)),
      answerStructure: undefined,
      followUps: [],
    };
    const r = await this.#practice.grade(user, followQ, answer, 'follow-up');
    const results = state.results.map((x, i) =>
      i === state.results.length - 1
        ? {
            ...x,
            followUp: followQ.text,
            followUpScore: r.grade.score,
            followUpAttemptId: r.attemptId,
            followUpCovered: r.grade.covered,
            followUpMissing: r.grade.missing,
          }
        : x,
    );
    return this.#advance(user, { ...state, results }, summarise(r.grade, 'follow-up'));
  }

  async #advance(user: User, state: MockState, graded: MockStep['graded']): Promise<AnswerOutcome> {
    const index = state.index + 1;
    const total = state.ids.length;
    if (index < total) {
      const q = await this.#practice.question(user, state.ids[index]);
      if (q) {
        await this.#set(user, { ...state, index, phase: 'question', followUp: undefined });
        return { kind: 'mock', step: { graded, next: { question: q, index, total } } };
      }
    }
    await this.#store.conversations.clear(user.id);
    // Answers live sealed in attempts; the transcript reads them back for this user only.
    const transcript = await Promise.all(
      state.results.map(async (r) => ({
        ...r,
        answer: r.attemptId ? await this.#practice.answerOf(user, r.attemptId) : undefined,
        followUpAnswer: r.followUpAttemptId ? await this.#practice.answerOf(user, r.followUpAttemptId) : undefined,
      })),
    );
    return { kind: 'mock', step: { graded, transcript } };
  }
}

function summarise(g: Grade, phase: 'question' | 'follow-up'): MockStep['graded'] {
  return { score: g.score, strengths: g.strengths, covered: g.covered, missing: g.missing, phase };
}
