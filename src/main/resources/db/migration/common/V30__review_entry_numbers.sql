-- Notes, voices and actions get a number within their review revision (1, 2, 3 ...), chosen when
-- the officer adds one, so the review held in memory and the stored one name an entry alike
-- without asking the database, the number survives amending (the copy keeps it), and it means the
-- same on every computer the review travels to: (review id, revision, entry number). The global
-- identity columns stay as the tables' own keys. Existing entries keep their old id as number:
-- unique within a revision because it was unique everywhere.
ALTER TABLE note ADD COLUMN entry_no BIGINT;
UPDATE note SET entry_no = note_id;
ALTER TABLE note ALTER COLUMN entry_no SET NOT NULL;
ALTER TABLE note ADD CONSTRAINT uq_note_entry UNIQUE (review_key, entry_no);

ALTER TABLE voice ADD COLUMN entry_no BIGINT;
UPDATE voice SET entry_no = voice_id;
ALTER TABLE voice ALTER COLUMN entry_no SET NOT NULL;
ALTER TABLE voice ADD CONSTRAINT uq_voice_entry UNIQUE (review_key, entry_no);

ALTER TABLE follow_up_action ADD COLUMN entry_no BIGINT;
UPDATE follow_up_action SET entry_no = action_id;
ALTER TABLE follow_up_action ALTER COLUMN entry_no SET NOT NULL;
ALTER TABLE follow_up_action ADD CONSTRAINT uq_action_entry UNIQUE (review_key, entry_no);
