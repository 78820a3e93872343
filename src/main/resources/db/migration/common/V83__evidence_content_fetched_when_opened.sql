-- Evidence content pulled from the council database arrives later than its review (issue 19): a
-- pulled review brings each file's SHA-256, size and media type, and the bytes are fetched from the
-- council database the first time the file is opened, then checked against the SHA-256 and kept.
-- Until then the row is here with no content (NULL); nothing else may leave content NULL.
ALTER TABLE evidence_blob ALTER COLUMN content DROP NOT NULL;
