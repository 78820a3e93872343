-- A lower-cased, accent-free copy of what the school list searches (name, URN, postcode without
-- spaces, town), kept by SchoolStore on every write, so search-as-you-type is one cheap
-- LIKE over one column even at 50,000 schools. The parts are separated so a word cannot match
-- across two of them.
ALTER TABLE school ADD COLUMN search_key VARCHAR(1200) DEFAULT '' NOT NULL;
UPDATE school SET search_key = LOWER(CONCAT_WS(' | ', name, COALESCE(urn, ''),
    REPLACE(COALESCE(postcode, ''), ' ', ''), COALESCE(town, '')));
CREATE INDEX ix_school_archived_name ON school (archived, name);
