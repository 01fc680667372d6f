import type { Store } from '../store/index.ts';
import { ConversationService } from './conversation/service.ts';
import { type DropReplies, DropService } from './drops/service.ts';
import type { Identity, User } from './identity.ts';
import { PracticeService } from './practice/service.ts';
import { ProfileService } from './profile/service.ts';
import { ReportService } from './report/service.ts';
import type { LlmUsage } from './usage.ts';

/** Lets the outbox drainer know posts were queued, whoever starts it later. */
export class QueuedSignal {
  readonly #listeners = new Set<() => void>();
  on(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  fire(): void {
    for (const l of this.#listeners) l();
  }
}

/** The core's services, built complete once in app.ts and handed to the router. Adapters never see the store. */
export interface Services {
  /** Finds or creates the user behind a platform identity. */
  user(who: Identity): Promise<User>;
  profile: ProfileService;
  reports: ReportService;
  practice: PracticeService;
  conversation: ConversationService;
  drops: DropService;
  /** Metering and budget of the model; undefined when no model is configured. */
  llm: LlmUsage | undefined;
  /** Model spend per day and per user since a date (the /prep usage view). */
  spend(user: User, since: Date): ReturnType<Store['llmCalls']['usage']>;
  /** Posts were queued in the outbox: wake the drainer. */
  queued: () => void;
  /** The clock; tests inject a fixed one. */
  now: () => Date;
}

export function createServices(
  store: Store,
  opts: { now: () => Date; llm?: LlmUsage; dropReplies: DropReplies; queued: QueuedSignal; lateWindowMs?: number },
): Services {
  const { now, llm } = opts;
  const profile = new ProfileService(store, () => opts.queued.fire());
  const practice = new PracticeService(store, now, llm);
  return {
    user: (who) => profile.user(who),
    profile,
    reports: new ReportService(store, now, llm),
    practice,
    conversation: new ConversationService(store, practice, profile),
    drops: new DropService(store, practice, opts.dropReplies, now, { lateWindowMs: opts.lateWindowMs }),
    llm,
    spend: (user, since) => store.llmCalls.usage(user.workspaceId, since),
    queued: () => opts.queued.fire(),
    now,
  };
}
