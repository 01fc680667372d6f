import type { Store } from '../../store/index.ts';
import { loadBank } from '../bank/load.ts';
import type { User } from '../identity.ts';
import { loadTaxonomy } from '../skills/taxonomy.ts';

/** The instructors' view of a workspace: counts and averages, never anyone's answers. */
export class Cohort {
  readonly #store: Store;
  readonly #now: () => Date;
  constructor(store: Store, now: () => Date) {
    this.#store = store;
    this.#now = now;
  }

  /** Attempts, participation and weakest topics of the workspace over a period. */
  async summary(user: User, days: number) {
    const since = new Date(this.#now().getTime() - days * 86_400_000);
    const attempts = await this.#store.drops.cohortAttempts(user.workspaceId, since);
    const people = new Set(attempts.map((a) => a.userId));
    const members = await this.#store.drops.workspaceUserCount(user.workspaceId);
    const byCategory = new Map<string, number[]>();
    for (const a of attempts) byCategory.set(a.category, [...(byCategory.get(a.category) ?? []), a.score]);
    const missed = new Map<string, number>();
    for (const a of attempts) for (const m of a.missing) missed.set(m, (missed.get(m) ?? 0) + 1);
    const bank = loadBank(loadTaxonomy());
    const topics = new Map<string, number[]>();
    for (const a of attempts)
      for (const t of bank.byId.get(a.questionId)?.topics ?? [a.category]) topics.set(t, [...(topics.get(t) ?? []), a.score]);
    const avg = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length));
    return {
      days,
      attempts: attempts.length,
      participants: people.size,
      members,
      average: attempts.length ? avg(attempts.map((a) => a.score)) : undefined,
      byCategory: [...byCategory.entries()]
        .map(([category, xs]) => ({ category, attempts: xs.length, average: avg(xs) }))
        .sort((a, b) => a.average - b.average),
      weakestTopics: [...topics.entries()]
        .filter(([, xs]) => xs.length >= 2)
        .map(([topic, xs]) => ({ topic, attempts: xs.length, average: avg(xs) }))
        .sort((a, b) => a.average - b.average)
        .slice(0, 5),
      mostMissed: [...missed.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([point, n]) => ({ point, missed: n })),
    };
  }
}
