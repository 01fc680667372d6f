import { schedule } from 'node-cron';
import type { DropTicker } from '../core/drops/tick.ts';
import type { Logger } from '../log.ts';
import type { Outbox } from './outbox.ts';

export interface Jobs {
  /** Drains the outbox soon (after something was queued). */
  kick(): void;
  stop(): Promise<void>;
}

/**
 * Every replica runs this: a node-cron tick each minute claims due drops (exactly once across
 * replicas, by the database), then the outbox is drained; between ticks the outbox is drained
 * every few seconds and whenever something is queued.
 */
export function startJobs(drops: DropTicker, outbox: Outbox, log: Logger, opts: { drainEveryMs?: number } = {}): Jobs {
  const drain = () =>
    outbox.drain().then(
      (s) => {
        if (s.sent || s.failed || s.recovered) log.info(s, 'outbox drained');
      },
      (e: unknown) => log.error({ err: { type: (e as Error).name, message: (e as Error).message } }, 'outbox drain failed'),
    );
  const task = schedule(
    '* * * * *',
    async () => {
      try {
        const r = await drops.tick();
        for (const s of r.skipped)
          log.warn(
            { scheduleId: s.scheduleId, runKey: s.runKey, lateMinutes: Math.round(s.lateMs / 60_000) },
            'drop skipped: too late to post',
          );
        if (r.drops || r.summaries || r.dmDrops) log.info({ drops: r.drops, summaries: r.summaries, dmDrops: r.dmDrops }, 'drops claimed');
      } catch (e) {
        log.error({ err: { type: (e as Error).name, message: (e as Error).message } }, 'drop tick failed');
      }
      await drain();
    },
    { name: 'drops', noOverlap: true },
  );
  const timer = setInterval(() => void drain(), opts.drainEveryMs ?? 5000);
  timer.unref();
  let kicked: NodeJS.Timeout | undefined;
  return {
    kick() {
      kicked ??= setTimeout(() => {
        kicked = undefined;
        void drain();
      }, 50);
    },
    async stop() {
      clearInterval(timer);
      if (kicked) clearTimeout(kicked);
      await task.stop();
      await outbox.drain().catch(() => undefined);
    },
  };
}
