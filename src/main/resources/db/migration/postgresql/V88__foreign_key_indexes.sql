-- PostgreSQL does not index a foreign key's columns by itself; H2 does (so the H2 script of this
-- version has nothing to add). Without these, on a council server holding thousands of reviews,
-- reading a review's participants and deleting a review (its cascades, an erasure) scan whole tables,
-- and so does asking whether evidence content is still used. Found by the council-scale benchmark
-- (TeamScaleBenchmark, docs/PERFORMANCE.md). The other foreign keys lead a primary key or unique
-- constraint already.
CREATE INDEX ix_participant_review ON participant (review_key);
CREATE INDEX ix_evidence_sha ON evidence (sha256);
CREATE INDEX ix_certificate_issue_review ON certificate_issue (review_key);
