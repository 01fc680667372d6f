import type { Store } from '../store/index.ts';
import type { LlmCallRow } from '../store/llm.ts';
import type { LlmEngine } from './engine.ts';

/** The LLM as the core uses it: the engine, the workspace's daily budget, and metering. */
export class LlmService {
  readonly engine: LlmEngine;
  readonly #store: Store;
  readonly #now: () => Date;
  readonly #onCall: ((c: LlmCallRow) => void) | undefined;

  constructor(engine: LlmEngine, store: Store, now: () => Date, onCall?: (c: LlmCallRow) => void) {
    this.engine = engine;
    this.#store = store;
    this.#now = now;
    this.#onCall = onCall;
  }

  /** Whether this workspace may spend on the LLM today (UTC day), and why not. */
  async available(workspaceId: number): Promise<{ ok: true } | { ok: false; reason: string }> {
    const budget = this.engine.settings.dailyBudgetUsd;
    if (budget === undefined) return { ok: true };
    const day = new Date(`${this.#now().toISOString().slice(0, 10)}T00:00:00Z`);
    const spent = await this.#store.llmCalls.spentSince(workspaceId, day);
    return spent >= budget ? { ok: false, reason: `today's LLM budget for this workspace ($${budget.toFixed(2)}) is spent` } : { ok: true };
  }

  /** Meters calls (their cost counts against today's budget from now on); returns their ids. */
  async record(workspaceId: number, userId: number | null, reportId: number | null, calls: LlmCallRow[]): Promise<number[]> {
    const ids = await this.#store.llmCalls.add(workspaceId, userId, reportId, calls, this.#now());
    for (const c of calls) this.#onCall?.(c);
    return ids;
  }

  /** Ties calls metered while a report was written to the report, once it is stored. */
  linkToReport(ids: number[], reportId: number): Promise<void> {
    return this.#store.llmCalls.linkReport(ids, reportId);
  }
}
