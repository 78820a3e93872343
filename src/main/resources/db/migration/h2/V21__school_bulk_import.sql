-- Measured on the 50,000-row national GIAS file (docs/PERFORMANCE.md, SchoolBenchmark):
--
-- 1. The school_id identity hands out ids from a cache of 32 by default, and H2 persists the
--    sequence (a full store of every page changed so far, encrypted) each time the cache runs
--    out: about 1,600 stores, 190 MB written for a 20 MB table during one import. With a cache
--    larger than the national file the import stores once. The only cost: after a crash (not a
--    normal close) new ids may jump ahead; ids are never shown and only need to be unique.
-- H2 syntax jOOQ's code generator cannot parse (and need not: the table's shape is unchanged).
/* [jooq ignore start] */
ALTER TABLE school ALTER COLUMN school_id SET CACHE 100000;
/* [jooq ignore stop] */

-- 2. H2 rewrites every index entry of every updated row, even when the indexed value is the
--    same, so the name index made a re-import of a newer file about a third slower. Search scans
--    the narrow search_key column anyway, and sorting its matches by name without the index is
--    as quick (a full scan of 50,000 schools, well under 0.1 s), and quicker for rare words.
DROP INDEX ix_school_name;
