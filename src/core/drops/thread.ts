import type { Store } from '../../store/index.ts';
import type { Identity } from '../identity.ts';
import type { PracticeService } from '../practice/service.ts';
import type { DropReplies } from './service.ts';

export interface ThreadAnswer {
  who: Identity;
  channel: string;
  /** The thread root (the drop's message) and the answer's own message id. */
  threadRef: string;
  messageRef: string;
  text: string;
}

/** Answers typed in a drop's thread: graded, stored with the run, feedback queued. */
export class DropThreads {
  readonly #store: Store;
  readonly #practice: PracticeService;
  readonly #replies: DropReplies;

  constructor(store: Store, practice: PracticeService, replies: DropReplies) {
    this.#store = store;
    this.#practice = practice;
    this.#replies = replies;
  }

  /** Grades a reply in a drop's thread and queues the feedback (in the thread, or by DM). */
  async answer(a: ThreadAnswer): Promise<boolean> {
    const found = await this.#store.drops.runByMessage(a.who.platform, a.channel, a.threadRef);
    if (!found?.run.questionId) return false;
    const { run, schedule } = found;
    const user = await this.#store.users.ensure(a.who);
    const q = await this.#practice.question(user, run.questionId as string);
    if (!q) return false;
    const graded = await this.#practice.grade(user, q, a.text, 'drop', run.id);
    const inThread = schedule.feedback === 'thread';
    await this.#store.outbox.enqueue(this.#store.db, {
      dedupeKey: `feedback:${a.who.platform}:${a.channel}:${a.messageRef}`,
      platform: a.who.platform,
      workspace: a.who.workspace,
      channel: inThread ? a.channel : `dm:${a.who.user}`,
      thread: inThread ? a.threadRef : null,
      kind: 'feedback',
      payload: inThread
        ? this.#replies.threadFeedback(graded.grade, {
            attemptId: graded.attemptId,
            previousBest: graded.previousBest,
            mention: a.who.user,
          })
        : this.#replies.fullFeedback(graded.grade, { previousBest: graded.previousBest }),
      userId: user.id,
    });
    return true;
  }
}
