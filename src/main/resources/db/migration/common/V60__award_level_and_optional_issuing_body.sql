-- Charter format 2: a charter may give award levels (Bronze, Silver, Gold). The level reached is
-- kept with the finalised outcome, by id (what a recomputation compares) and by the name printed
-- on the certificate and shown in the registers (a pinned charter version never changes it).
ALTER TABLE review ADD COLUMN award_level_id VARCHAR(100);
ALTER TABLE review ADD COLUMN award_level_name VARCHAR(500);

-- Format 2 lets a charter leave out its issuing body (the signing identity's council is named then).
ALTER TABLE charter ALTER COLUMN issuing_body DROP NOT NULL;
