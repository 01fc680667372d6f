-- What belongs to the workspace outlives the person who created it: a channel drop and a custom
-- question keep running after their creator's /prep forget, without the creator link. A personal
-- (DM) drop is the user's own and is deleted by forget before the user row goes (the check below
-- refuses to leave a creator-less DM schedule behind).
ALTER TABLE drop_schedules ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE drop_schedules DROP CONSTRAINT drop_schedules_user_id_fkey;
ALTER TABLE drop_schedules ADD CONSTRAINT drop_schedules_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE drop_schedules ADD CONSTRAINT drop_schedules_dm_has_user CHECK (kind = 'channel' OR user_id IS NOT NULL);

ALTER TABLE custom_questions DROP CONSTRAINT custom_questions_created_by_fkey;
ALTER TABLE custom_questions ADD CONSTRAINT custom_questions_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL;

-- Model spend is the workspace's (its daily budget): a forget must not erase it, or forgetting
-- would reset the budget. The rows hold no personal text; they only lose whose they were.
ALTER TABLE llm_calls DROP CONSTRAINT llm_calls_user_id_fkey;
ALTER TABLE llm_calls ADD CONSTRAINT llm_calls_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE llm_calls DROP CONSTRAINT llm_calls_report_id_fkey;
ALTER TABLE llm_calls ADD CONSTRAINT llm_calls_report_id_fkey FOREIGN KEY (report_id) REFERENCES reports (id) ON DELETE SET NULL;

-- Files the bot uploaded to a platform for a user (report downloads): forget deletes them there too.
CREATE TABLE uploads (
  id         bigserial PRIMARY KEY,
  user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  platform   text NOT NULL,
  workspace  text NOT NULL,
  file_ref   text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (platform, file_ref)
);
CREATE INDEX uploads_user ON uploads (user_id);

-- Outbox payloads can quote answers: new rows are sealed like documents (key id beside the
-- ciphertext). A delivered post needs no payload any more.
ALTER TABLE outbox ALTER COLUMN payload DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN key_id text;
ALTER TABLE outbox ADD COLUMN body bytea;
UPDATE outbox SET payload = NULL WHERE status = 'sent';
