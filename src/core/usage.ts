import type { Store } from '../store/index.ts';
import type { LanguageModel, LlmCall } from './ports.ts';

/** Metering and the daily budget of the model, per workspace. Knows no model library. */
export class LlmUsage {
  readonly model: LanguageModel;
  readonly #store: Store;
  readonly #now: () => Date;
  readonly #onCall: ((c: LlmCall) => void) | undefined;

  constructor(model: LanguageModel, store: Store, now: () => Date, onCall?: (c: LlmCall) => void) {
    this.model = model;
    this.#store = store;
    this.#now = now;
    this.#onCall = onCall;
  }

  /** Whether this workspace may spend on the model today (UTC day), and why not. */
  async available(workspaceId: number): Promise<{ ok: true } | { ok: false; reason: string }> {
    const budget = this.model.dailyBudgetUsd;
    if (budget === undefined) return { ok: true };
    const day = new Date(`${this.#now().toISOString().slice(0, 10)}T00:00:00Z`);
    const spent = await this.#store.llmCalls.spentSince(workspaceId, day);
    return spent >= budget ? { ok: false, reason: `today's LLM budget for this workspace ($${budget.toFixed(2)}) is spent` } : { ok: true };
  }

  /**
   * A meter for one piece of work: each call is stored as it returns, whatever happens to the
   * work afterwards (a failed report's spend still counts against the budget); `link` ties the
   * calls to the report once it is stored.
   */
  meter(workspaceId: number, userId: number | null): { onCall: (c: LlmCall) => Promise<void>; link: (reportId: number) => Promise<void> } {
    const ids: number[] = [];
    return {
      onCall: async (c) => {
        ids.push(...(await this.#store.llmCalls.add(workspaceId, userId, null, [c], this.#now())));
        this.#onCall?.(c);
      },
      link: (reportId) => this.#store.llmCalls.linkToReport(ids, reportId),
    };
  }
}
