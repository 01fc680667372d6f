-- Practice: every graded answer (the answer text sealed like documents), the spaced-repetition
-- schedule per user and question, and questions instructors add with a reference answer.

CREATE TABLE custom_questions (
  id           bigserial PRIMARY KEY,
  workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  created_by   bigint REFERENCES users (id) ON DELETE CASCADE,
  text         text NOT NULL,
  category     text NOT NULL CHECK (category IN ('behavioural', 'coding', 'system-design', 'technical')),
  difficulty   text NOT NULL DEFAULT 'medium',
  track        text NOT NULL DEFAULT 'general',
  reference    text NOT NULL,
  rubric       jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE attempts (
  id          bigserial PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- a bank id, or "custom-<id>" for an instructor's question
  question_id text NOT NULL,
  category    text NOT NULL,
  mode        text NOT NULL CHECK (mode IN ('practice', 'mock', 'follow-up', 'drop', 'dm-drop')),
  score       integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  criteria    jsonb NOT NULL,
  missing     jsonb NOT NULL,
  key_id      text NOT NULL,
  answer      bytea NOT NULL,
  feedback    bytea NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attempts_user_created ON attempts (user_id, created_at DESC);

CREATE TABLE reviews (
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  question_id  text NOT NULL,
  ease         real NOT NULL DEFAULT 2.5,
  interval_days real NOT NULL DEFAULT 0,
  repetitions  integer NOT NULL DEFAULT 0,
  last_score   integer NOT NULL,
  due_at       timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, question_id)
);
CREATE INDEX reviews_due ON reviews (user_id, due_at);
