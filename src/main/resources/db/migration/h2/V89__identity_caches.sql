-- The review tables' identities get the cache V21 gave school_id, for the same reason: H2 persists a
-- sequence each time its cache of 32 runs out, and persisting it commits the whole store - every
-- page changed so far, encrypted, including the open transaction's. A team sync's first pull writes
-- thousands of reviews (each a review row, its participants, notes, voices, actions, evidence and an
-- audit entry) a page at a time, and these stores were a tenth of its time (docs/PERFORMANCE.md,
-- "Council at scale"). The only cost: after a crash new ids may jump ahead; they are never shown and
-- only need to be unique.
-- H2 syntax jOOQ's code generator cannot parse (and need not: the tables' shapes are unchanged).
/* [jooq ignore start] */
ALTER TABLE review ALTER COLUMN review_key SET CACHE 100000;
ALTER TABLE participant ALTER COLUMN participant_id SET CACHE 100000;
ALTER TABLE note ALTER COLUMN note_id SET CACHE 100000;
ALTER TABLE voice ALTER COLUMN voice_id SET CACHE 100000;
ALTER TABLE evidence ALTER COLUMN evidence_id SET CACHE 100000;
ALTER TABLE follow_up_action ALTER COLUMN action_id SET CACHE 100000;
ALTER TABLE audit_log ALTER COLUMN audit_id SET CACHE 100000;
/* [jooq ignore stop] */
