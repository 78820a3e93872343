-- PostgreSQL's copy of h2/V21__school_bulk_import.sql. The identity cache there works around how
-- H2 stores its sequences; PostgreSQL caches per session, so a large cache would only waste ids.
-- The index goes on both, so search and import behave alike.
DROP INDEX ix_school_name;
