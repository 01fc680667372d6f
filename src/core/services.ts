import type { Store } from '../store/index.ts';
import { ProfileService } from './profile/service.ts';

/** The core's services, built once in main and handed to every adapter. */
export interface Services {
  store: Store;
  profile: ProfileService;
}

export function createServices(store: Store): Services {
  return { store, profile: new ProfileService(store) };
}
