-- Daily drops: who may run them, the schedules, each run (claimed once per schedule and run
-- key across all replicas), and the outbox every outgoing post goes through.

CREATE TABLE instructors (
  workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, user_id)
);

CREATE TABLE drop_schedules (
  id             bigserial PRIMARY KEY,
  workspace_id   bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  -- the instructor who set a channel drop up, or the subscriber of a personal (DM) drop
  user_id        bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind           text NOT NULL CHECK (kind IN ('channel', 'dm')),
  platform       text NOT NULL,
  channel        text,
  local_time     text NOT NULL CHECK (local_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
  timezone       text NOT NULL,
  weekdays_only  boolean NOT NULL DEFAULT false,
  track          text NOT NULL DEFAULT 'general',
  difficulty     text,
  pool           text NOT NULL DEFAULT 'bank' CHECK (pool IN ('bank', 'custom')),
  feedback       text NOT NULL DEFAULT 'thread' CHECK (feedback IN ('thread', 'dm')),
  summary_time   text NOT NULL DEFAULT '17:00',
  paused         boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX drop_schedules_channel ON drop_schedules (workspace_id, channel) WHERE kind = 'channel';
CREATE UNIQUE INDEX drop_schedules_dm ON drop_schedules (user_id) WHERE kind = 'dm';

CREATE TABLE drop_runs (
  id           bigserial PRIMARY KEY,
  schedule_id  bigint NOT NULL REFERENCES drop_schedules (id) ON DELETE CASCADE,
  run_key      text NOT NULL,
  question_id  text,
  scheduled_at timestamptz NOT NULL,
  status       text NOT NULL CHECK (status IN ('queued', 'posted', 'skipped', 'failed')),
  message_ref  text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (schedule_id, run_key)
);
CREATE INDEX drop_runs_message ON drop_runs (message_ref);

ALTER TABLE attempts ADD COLUMN drop_run_id bigint REFERENCES drop_runs (id) ON DELETE SET NULL;

CREATE TABLE outbox (
  id              bigserial PRIMARY KEY,
  dedupe_key      text NOT NULL UNIQUE,
  platform        text NOT NULL,
  workspace       text NOT NULL,
  -- a channel id, or "dm:<platform user id>" for a direct message
  channel         text NOT NULL,
  thread          text,
  kind            text NOT NULL,
  payload         jsonb NOT NULL,
  run_id          bigint REFERENCES drop_runs (id) ON DELETE CASCADE,
  user_id         bigint REFERENCES users (id) ON DELETE CASCADE,
  notify_user_id  bigint REFERENCES users (id) ON DELETE SET NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until     timestamptz,
  result          text,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_leased ON outbox (lease_until) WHERE status = 'sending';
