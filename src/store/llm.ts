import type { Db } from './db.ts';

export interface LlmCallRow {
  task: string;
  model: string;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  latencyMs: number;
  outcome: 'ok' | 'fallback';
  reason?: string;
}

/** Metered LLM calls: cost, tokens and outcome, never text. */
export class LlmCallRepo {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  /** Stores calls; returns their ids. */
  async add(workspaceId: number, userId: number | null, reportId: number | null, calls: LlmCallRow[], at: Date): Promise<number[]> {
    const ids: number[] = [];
    for (const c of calls) {
      const [row] = await this.#db.query<{ id: number }>(
        `INSERT INTO llm_calls (workspace_id, user_id, report_id, task, model, tokens_in, tokens_out, cost_usd, latency_ms, outcome, reason, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          workspaceId,
          userId,
          reportId,
          c.task,
          c.model,
          c.tokensIn,
          c.tokensOut,
          c.costUsd,
          Math.round(c.latencyMs),
          c.outcome,
          c.reason ?? null,
          at,
        ],
      );
      ids.push(Number(row.id));
    }
    return ids;
  }

  /** Links calls metered while a report was written to the report once it is stored. */
  async linkToReport(ids: number[], reportId: number): Promise<void> {
    if (ids.length) await this.#db.query('UPDATE llm_calls SET report_id = $1 WHERE id = ANY($2::bigint[])', [reportId, ids]);
  }

  async spentSince(workspaceId: number, since: Date): Promise<number> {
    const [r] = await this.#db.query<{ usd: number | null }>(
      'SELECT sum(cost_usd) AS usd FROM llm_calls WHERE workspace_id = $1 AND created_at >= $2',
      [workspaceId, since],
    );
    return Number(r?.usd ?? 0);
  }

  /** Per day and per user: calls, tokens, cost and fallbacks since a date. */
  async usage(
    workspaceId: number,
    since: Date,
  ): Promise<
    { day: string; userId: number | null; calls: number; tokensIn: number; tokensOut: number; costUsd: number; fallbacks: number }[]
  > {
    const rows = await this.#db.query<{
      day: string;
      user_id: number | null;
      calls: number;
      tin: number;
      tout: number;
      usd: number;
      fallbacks: number;
    }>(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, user_id, count(*)::int AS calls, sum(tokens_in)::int AS tin, sum(tokens_out)::int AS tout,
              sum(cost_usd) AS usd, count(*) FILTER (WHERE outcome = 'fallback')::int AS fallbacks
       FROM llm_calls WHERE workspace_id = $1 AND created_at >= $2 GROUP BY 1, 2 ORDER BY 1 DESC, 2`,
      [workspaceId, since],
    );
    return rows.map((r) => ({
      day: r.day,
      userId: r.user_id === null ? null : Number(r.user_id),
      calls: Number(r.calls),
      tokensIn: Number(r.tin),
      tokensOut: Number(r.tout),
      costUsd: Number(r.usd),
      fallbacks: Number(r.fallbacks),
    }));
  }
}
