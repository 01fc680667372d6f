-- Communities inside a workspace. On Discord a user's workspace is the bot's application (one
-- person everywhere), so every server the bot is in would share one drop list and one instructor
-- list. A drop and an instructor now name the community (the Discord server id) they belong to;
-- NULL is the whole workspace, as on Slack (a Slack workspace is one team) and for rows older than
-- this migration.
ALTER TABLE drop_schedules ADD COLUMN community text;
CREATE INDEX drop_schedules_community ON drop_schedules (workspace_id, community) WHERE kind = 'channel';

-- One instructor row per workspace, user and community (a person may teach in two servers).
ALTER TABLE instructors ADD COLUMN community text;
ALTER TABLE instructors DROP CONSTRAINT instructors_pkey;
CREATE UNIQUE INDEX instructors_member ON instructors (workspace_id, user_id, (coalesce(community, '')));
