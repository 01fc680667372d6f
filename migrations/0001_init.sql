-- Workspaces (a Slack team, a Discord guild, the local terminal), their users, and the
-- documents each user keeps on file. Personal text is stored only as AES-256-GCM ciphertext
-- (body) with the id of the key that sealed it (key_id).

CREATE TABLE workspaces (
  id          bigserial PRIMARY KEY,
  platform    text NOT NULL CHECK (platform IN ('shell', 'slack', 'discord', 'cli')),
  external_id text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (platform, external_id)
);

CREATE TABLE users (
  id           bigserial PRIMARY KEY,
  workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  platform     text NOT NULL,
  external_id  text NOT NULL,
  timezone     text NOT NULL DEFAULT 'UTC',
  track        text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, external_id)
);

-- One row per uploaded version; the highest version of a kind is the current one.
CREATE TABLE documents (
  id         bigserial PRIMARY KEY,
  user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind       text NOT NULL CHECK (kind IN ('cv', 'jd', 'panel')),
  version    integer NOT NULL CHECK (version > 0),
  source     text NOT NULL,
  chars      integer NOT NULL,
  key_id     text NOT NULL,
  body       bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, kind, version)
);

-- What the bot is waiting for from this user (a pasted document, an answer); no personal text.
CREATE TABLE conversations (
  user_id    bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  state      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
