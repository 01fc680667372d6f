import type { LlmService } from '../llm/service.ts';
import type { Store } from '../store/index.ts';
import type { DropService } from './drops/service.ts';
import { PracticeService } from './practice/service.ts';
import { ProfileService } from './profile/service.ts';
import { ReportService } from './report/service.ts';

/** The core's services, built once in main and handed to every adapter. */
export interface Services {
  store: Store;
  profile: ProfileService;
  reports: ReportService;
  practice: PracticeService;
  /** The LLM, when one is configured. */
  llm?: LlmService;
  /** Daily drops; present when the composition root wired the post builders. */
  drops?: DropService;
  /** Called when posts were queued in the outbox, so a drainer can start soon. */
  queued: () => void;
  /** The clock; tests inject a fixed one. */
  now: () => Date;
}

export function createServices(store: Store, now: () => Date = () => new Date(), llm?: LlmService): Services {
  return {
    store,
    profile: new ProfileService(store),
    reports: new ReportService(store, now, llm),
    practice: new PracticeService(store, now, llm),
    llm,
    queued: () => undefined,
    now,
  };
}
