import type { Store } from '../store/index.ts';
import type { OutboxMessage } from '../store/outbox.ts';
import type { OutboxOptions } from './outbox.ts';

/**
 * What happens after a post: a delivered drop records its message id (thread answers find
 * their drop by it); a post that can never be delivered marks its drop failed and tells the
 * instructor who set it up, by DM, why and what to do.
 */
export function deliveryHooks(
  store: Store,
  failureNotice: (o: { kind: string; channel: string; error: string; platform?: string }) => unknown,
): Pick<OutboxOptions, 'onSent' | 'onFailed'> {
  return {
    async onSent(m: OutboxMessage, ref: string) {
      if (m.kind === 'drop' && m.runId) await store.drops.markPosted(m.runId, ref);
    },
    async onFailed(m: OutboxMessage, error: string) {
      if (m.kind === 'drop' && m.runId) await store.drops.markFailed(m.runId);
      if (!m.notifyUserId || m.kind === 'notice') return;
      const who = await store.users.byId(m.notifyUserId);
      if (!who) return;
      await store.outbox.enqueue(store.db, {
        dedupeKey: `notice:${m.id}`,
        platform: m.platform,
        workspace: m.workspace,
        channel: `dm:${who.externalId}`,
        kind: 'notice',
        payload: failureNotice({ kind: m.kind, channel: m.channel, error, platform: m.platform }),
        userId: who.id,
      });
    },
  };
}
