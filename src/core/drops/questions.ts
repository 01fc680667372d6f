import type { Schedule } from '../../store/drops.ts';
import type { Store } from '../../store/index.ts';
import { askedOfAnyone, loadBank } from '../bank/load.ts';
import type { Track } from '../bank/schema.ts';
import type { PracticeQuestion, PracticeService } from '../practice/service.ts';
import { loadTaxonomy } from '../skills/taxonomy.ts';
import { stableOrder } from '../text/order.ts';

/** Which question a schedule posts next. */
export class DropQuestions {
  readonly #store: Store;
  readonly #practice: PracticeService;
  constructor(store: Store, practice: PracticeService) {
    this.#store = store;
    this.#practice = practice;
  }

  /** Questions of a schedule's pool, least used first, never repeating until the pool is used up. */
  async next(s: Schedule): Promise<PracticeQuestion | undefined> {
    const pool = await this.pool(s);
    if (pool.length === 0) return undefined;
    const used = await this.#store.drops.usedQuestions(s.id);
    const count = new Map<string, number>();
    for (const id of used) count.set(id, (count.get(id) ?? 0) + 1);
    const last = used[used.length - 1];
    return [...pool].sort(
      (a, b) =>
        (count.get(a.id) ?? 0) - (count.get(b.id) ?? 0) ||
        Number(a.id === last) - Number(b.id === last) ||
        stableOrder(s.id, a.id) - stableOrder(s.id, b.id),
    )[0];
  }

  async pool(s: Schedule): Promise<PracticeQuestion[]> {
    if (s.pool === 'custom') {
      return this.#practice.customQuestions({ workspaceId: s.workspaceId });
    }
    return loadBank(loadTaxonomy())
      .questions.filter(
        (q) =>
          q.tracks.includes(s.track as Track) &&
          (!s.difficulty || q.difficulty === s.difficulty) &&
          q.category !== 'coding' &&
          askedOfAnyone(q),
      )
      .map((q) => ({ ...q, source: 'bank' as const }));
  }
}
