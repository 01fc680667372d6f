-- Generated reports. The sections hold CV quotes, so the JSON is sealed like documents are;
-- the columns beside it are what lists and metrics need without decrypting.
CREATE TABLE reports (
  id             bigserial PRIMARY KEY,
  user_id        bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  engine         text NOT NULL,
  fit_score      integer NOT NULL,
  question_count integer NOT NULL,
  duration_ms    integer NOT NULL,
  cv_version     integer NOT NULL,
  jd_version     integer NOT NULL,
  panel_version  integer,
  interview_date date,
  key_id         text NOT NULL,
  body           bytea NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_user_created ON reports (user_id, created_at DESC);
