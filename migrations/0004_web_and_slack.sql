-- Links to report pages: only the SHA-256 of the token is stored, and each link expires.
CREATE TABLE report_links (
  token_hash bytea PRIMARY KEY,
  report_id  bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Slack workspaces installed through OAuth. The installation (bot token included) is sealed.
CREATE TABLE slack_installations (
  install_key text PRIMARY KEY,
  team_id     text,
  enterprise_id text,
  key_id      text NOT NULL,
  body        bytea NOT NULL,
  installed_by text,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Every Slack event id handled, so a retried delivery (X-Slack-Retry-Num) is processed once,
-- across restarts and replicas.
CREATE TABLE processed_events (
  event_id    text PRIMARY KEY,
  received_at timestamptz NOT NULL DEFAULT now()
);

-- Long text pasted in a DM that looks like a CV or JD, held (sealed) until the user says which.
CREATE TABLE pending_documents (
  user_id    bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  key_id     text NOT NULL,
  body       bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
