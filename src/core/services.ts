import type { Store } from '../store/index.ts';
import { PracticeService } from './practice/service.ts';
import { ProfileService } from './profile/service.ts';
import { ReportService } from './report/service.ts';

/** The core's services, built once in main and handed to every adapter. */
export interface Services {
  store: Store;
  profile: ProfileService;
  reports: ReportService;
  practice: PracticeService;
  /** The clock; tests inject a fixed one. */
  now: () => Date;
}

export function createServices(store: Store, now: () => Date = () => new Date()): Services {
  return {
    store,
    profile: new ProfileService(store),
    reports: new ReportService(store, now),
    practice: new PracticeService(store, now),
    now,
  };
}
