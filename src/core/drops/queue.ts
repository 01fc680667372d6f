import type { Queryable } from '../../store/db.ts';
import type { Run } from '../../store/drops.ts';
import type { Store } from '../../store/index.ts';
import type { NewOutboxMessage } from '../../store/outbox.ts';

export interface RunClaim {
  scheduleId: number;
  runKey: string;
  questionId: string | null;
  scheduledAt: Date;
  status: Run['status'];
}

/**
 * Claims one run and queues its post in the same transaction. Any number of replicas may try:
 * the (schedule, run key) row is unique, so exactly one gets the run and queues the post; the
 * others get undefined and queue nothing. `also` runs inside the transaction (e.g. a state change).
 */
export function claimAndQueue(
  store: Store,
  claim: RunClaim,
  post: ((run: Run) => NewOutboxMessage) | undefined,
  also?: (tx: Queryable, run: Run) => Promise<void>,
): Promise<Run | undefined> {
  return store.db.transaction(async (tx) => {
    const run = await store.drops.claimRun(tx, claim);
    if (!run) return undefined;
    if (post) await store.outbox.enqueue(tx, post(run));
    await also?.(tx, run);
    return run;
  });
}
