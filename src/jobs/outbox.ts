import type { Logger } from '../log.ts';
import type { Store } from '../store/index.ts';
import type { OutboxMessage } from '../store/outbox.ts';

/** One queued post, as a transport receives it. */
export type { OutboxMessage };

/** What a platform says about one send. */
export type SendResult =
  | { ok: true; ref: string }
  | { ok: false; kind: 'rate_limited'; retryAfterMs: number; error: string }
  | { ok: false; kind: 'transient'; error: string }
  | { ok: false; kind: 'permanent'; error: string };

/** A chat platform as the outbox sees it: send one post, and look for a post after a crash. */
export interface Transport {
  send(m: OutboxMessage): Promise<SendResult>;
  /** The platform's id of this post if it was delivered (found by its dedupe key), else undefined. */
  findDelivered(m: OutboxMessage): Promise<string | undefined>;
}

export interface OutboxOptions {
  /** Posts per second per workspace the drainer paces itself to (Slack: see docs on rate limits). */
  ratePerSecond?: number;
  batch?: number;
  leaseMs?: number;
  maxAttempts?: number;
  /** Hooks run after a delivery or a permanent failure (mark a drop posted, tell an instructor). */
  onSent?: (m: OutboxMessage, ref: string) => Promise<void>;
  onFailed?: (m: OutboxMessage, error: string) => Promise<void>;
  sleep?: (ms: number) => Promise<void>;
}

export interface DrainStats {
  sent: number;
  retried: number;
  failed: number;
  recovered: number;
}

const BACKOFF_BASE_MS = 1000;
/** Stored as the last error of a 429: the post certainly did not arrive, so no lookup is needed before retrying. */
const RATE_LIMITED = 'ratelimited';
const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * Drains the outbox. Safe to run in every replica at once: rows are claimed with FOR UPDATE
 * SKIP LOCKED and leased while they are sent. A drainer killed mid-send leaves a leased row;
 * after the lease expires, the next drainer asks the platform whether that post arrived (by its
 * dedupe key) and either records it or sends it — never both, never neither.
 */
export class Outbox {
  readonly #store: Store;
  readonly #transports: ReadonlyMap<string, Transport>;
  readonly #log: Logger;
  readonly #now: () => Date;
  readonly #o: Required<Omit<OutboxOptions, 'onSent' | 'onFailed'>> & Pick<OutboxOptions, 'onSent' | 'onFailed'>;
  /** Per workspace: when the next send may go (pacing and Retry-After). */
  readonly #nextSlot = new Map<string, number>();
  #draining: Promise<DrainStats> | undefined;

  constructor(store: Store, transports: ReadonlyMap<string, Transport>, log: Logger, now: () => Date, opts: OutboxOptions = {}) {
    this.#store = store;
    this.#transports = transports;
    this.#log = log;
    this.#now = now;
    this.#o = {
      ratePerSecond: opts.ratePerSecond ?? 1,
      batch: opts.batch ?? 50,
      leaseMs: opts.leaseMs ?? 60_000,
      maxAttempts: opts.maxAttempts ?? 8,
      sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      onSent: opts.onSent,
      onFailed: opts.onFailed,
    };
  }

  /** Drains until nothing is due; concurrent calls share one run. */
  drain(): Promise<DrainStats> {
    this.#draining ??= this.#drainAll().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  async #drainAll(): Promise<DrainStats> {
    const stats: DrainStats = { sent: 0, retried: 0, failed: 0, recovered: 0 };
    stats.recovered += await this.recover();
    for (;;) {
      const now = this.#now();
      const batch = await this.#store.outbox.claim(now, this.#o.batch, new Date(now.getTime() + this.#o.leaseMs));
      if (batch.length === 0) return stats;
      for (const m of batch) await this.#deliver(m, stats);
    }
  }

  /** Finishes rows left leased by a drainer that died: records them if they arrived, else sends them again. */
  async recover(): Promise<number> {
    let n = 0;
    for (const m of await this.#store.outbox.expiredLeases(this.#now())) {
      const t = this.#transports.get(m.platform);
      const ref = t ? await t.findDelivered(m).catch(() => undefined) : undefined;
      if (ref) {
        await this.#store.outbox.markSent(m.id, ref, this.#now());
        await this.#o.onSent?.(m, ref);
      } else await this.#store.outbox.retryAt(m.id, this.#now(), 'lease expired before delivery');
      n++;
    }
    return n;
  }

  async #deliver(m: OutboxMessage, stats: DrainStats): Promise<void> {
    const transport = this.#transports.get(m.platform);
    if (!transport) {
      await this.#store.outbox.markFailed(m.id, `no transport for ${m.platform}`);
      stats.failed++;
      return;
    }
    // A retry after an uncertain failure (5xx, timeout): the post may have arrived; look first.
    if (m.attempts > 1 && m.lastError !== RATE_LIMITED) {
      const ref = await transport.findDelivered(m).catch(() => undefined);
      if (ref) {
        await this.#store.outbox.markSent(m.id, ref, this.#now());
        stats.sent++;
        await this.#o.onSent?.(m, ref);
        return;
      }
    }
    await this.#pace(m.workspace);
    let r: SendResult;
    try {
      r = await transport.send(m);
    } catch (e) {
      r = { ok: false, kind: 'transient', error: (e as Error).message };
    }
    const now = this.#now();
    if (r.ok) {
      await this.#store.outbox.markSent(m.id, r.ref, now);
      stats.sent++;
      await this.#o.onSent?.(m, r.ref);
      return;
    }
    if (r.kind === 'permanent' || m.attempts >= this.#o.maxAttempts) {
      await this.#store.outbox.markFailed(m.id, r.error);
      stats.failed++;
      this.#log.warn({ outboxId: m.id, kind: m.kind, error: r.error, attempts: m.attempts }, 'post failed for good');
      await this.#o.onFailed?.(m, r.error);
      return;
    }
    const wait =
      r.kind === 'rate_limited'
        ? r.retryAfterMs
        : Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (m.attempts - 1)) * (0.5 + Math.random());
    if (r.kind === 'rate_limited')
      this.#nextSlot.set(m.workspace, Math.max(this.#nextSlot.get(m.workspace) ?? 0, Date.now() + r.retryAfterMs));
    await this.#store.outbox.retryAt(m.id, new Date(now.getTime() + wait), r.kind === 'rate_limited' ? RATE_LIMITED : r.error);
    stats.retried++;
  }

  /** Spaces sends to one workspace at the configured rate, and waits out a Retry-After. */
  async #pace(workspace: string): Promise<void> {
    const gap = 1000 / this.#o.ratePerSecond;
    const at = this.#nextSlot.get(workspace) ?? 0;
    const wait = at - Date.now();
    if (wait > 0) await this.#o.sleep(wait);
    this.#nextSlot.set(workspace, Math.max(Date.now(), at) + gap);
  }
}
