-- Every LLM call: what it cost and how it ended, per workspace and user (for /prep usage,
-- the daily budget and the report's meta). No prompt or answer text is kept.
CREATE TABLE llm_calls (
  id           bigserial PRIMARY KEY,
  workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  user_id      bigint REFERENCES users (id) ON DELETE CASCADE,
  report_id    bigint REFERENCES reports (id) ON DELETE CASCADE,
  task         text NOT NULL,
  model        text NOT NULL,
  tokens_in    integer NOT NULL,
  tokens_out   integer NOT NULL,
  cost_usd     double precision NOT NULL,
  latency_ms   integer NOT NULL,
  outcome      text NOT NULL CHECK (outcome IN ('ok', 'fallback')),
  reason       text,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX llm_calls_workspace_day ON llm_calls (workspace_id, created_at);
