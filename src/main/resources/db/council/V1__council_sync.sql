-- The council database (PostgreSQL) that officers' laptops sync with. Applied by
-- `charter-reviewer team prepare-server` as the database owner, or by council IT from this file
-- (docs/council-database.md). Laptops keep their own full database; this one holds what they share.
--
-- Every row a laptop must pull carries a change number from one sequence. Writers take the
-- transaction-level advisory lock 1919 first, so change numbers commit in order and a laptop that
-- read up to number N never misses a row numbered below N that committed later.
CREATE SEQUENCE council_change;

-- Finalised review revisions, as the review file (canonical JSON). The key includes the SHA-256 of
-- what the revision says: the same revision finalised differently on two laptops is two rows, a
-- conflict for a person to resolve, never one silently replacing the other.
CREATE TABLE council_review (
    review_id        UUID          NOT NULL,
    revision         INT           NOT NULL,
    content_sha256   CHAR(64)      NOT NULL,
    school_urn       VARCHAR(20),
    officer          VARCHAR(200)  NOT NULL DEFAULT current_user,
    document         BYTEA         NOT NULL,
    pushed_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    change_no        BIGINT        NOT NULL,
    CONSTRAINT pk_council_review PRIMARY KEY (review_id, revision, content_sha256)
);
CREATE INDEX ix_council_review_change ON council_review (change_no);
CREATE INDEX ix_council_review_urn ON council_review (school_urn);

-- Evidence content, once per SHA-256 however many reviews use it.
CREATE TABLE council_evidence (
    sha256           CHAR(64)      NOT NULL PRIMARY KEY,
    media_type       VARCHAR(200)  NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    content          BYTEA         NOT NULL,
    officer          VARCHAR(200)  NOT NULL DEFAULT current_user
);

-- Certificate numbers issued anywhere in the council: the primary key keeps each one unique.
CREATE TABLE council_certificate (
    certificate_number VARCHAR(40) NOT NULL PRIMARY KEY,
    review_id        UUID          NOT NULL,
    revision         INT           NOT NULL,
    review_sha256    CHAR(64)      NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    officer          VARCHAR(200)  NOT NULL DEFAULT current_user
);

-- The audit entries of pushed reviews, as written on the laptop (append-only here too).
CREATE TABLE council_audit (
    entry_sha256     CHAR(64)      NOT NULL PRIMARY KEY,
    review_id        UUID          NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(300)  NOT NULL,
    event            VARCHAR(100)  NOT NULL,
    detail           TEXT,
    officer          VARCHAR(200)  NOT NULL DEFAULT current_user
);
CREATE INDEX ix_council_audit_review ON council_audit (review_id);

-- The council's school register, by URN. A school erased by an administrator keeps a row with
-- erased = true (and nothing else), so every laptop erases it at its next sync.
CREATE TABLE council_school (
    urn                  VARCHAR(20)   NOT NULL PRIMARY KEY,
    name                 VARCHAR(500)  NOT NULL,
    local_authority      VARCHAR(200),
    establishment_type   VARCHAR(200),
    phase                VARCHAR(100),
    establishment_status VARCHAR(100),
    street               VARCHAR(300),
    locality             VARCHAR(300),
    address3             VARCHAR(300),
    town                 VARCHAR(200),
    county               VARCHAR(200),
    postcode             VARCHAR(20),
    website              VARCHAR(500),
    telephone            VARCHAR(50),
    head_teacher         VARCHAR(300),
    erased               BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_by           VARCHAR(200)  NOT NULL DEFAULT current_user,
    change_no            BIGINT        NOT NULL
);
CREATE INDEX ix_council_school_change ON council_school (change_no);

-- The council's charter library: each version's exact file.
CREATE TABLE council_charter (
    charter_id       VARCHAR(100)  NOT NULL,
    version          VARCHAR(40)   NOT NULL,
    content_sha256   CHAR(64)      NOT NULL,
    json_text        TEXT          NOT NULL,
    officer          VARCHAR(200)  NOT NULL DEFAULT current_user,
    change_no        BIGINT        NOT NULL,
    CONSTRAINT pk_council_charter PRIMARY KEY (charter_id, version)
);
CREATE INDEX ix_council_charter_change ON council_charter (change_no);

-- Least privilege (docs/council-database.md grants the tables to the officers' group role): an
-- officer adds only rows in their own name, and sees everyone's. Nobody but an administrator (who
-- owns the tables, or has BYPASSRLS) changes or deletes a finalised review.
ALTER TABLE council_review ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_review_read ON council_review FOR SELECT USING (true);
CREATE POLICY council_review_add ON council_review FOR INSERT WITH CHECK (officer = current_user);
ALTER TABLE council_certificate ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_certificate_read ON council_certificate FOR SELECT USING (true);
CREATE POLICY council_certificate_add ON council_certificate FOR INSERT WITH CHECK (officer = current_user);
ALTER TABLE council_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_audit_read ON council_audit FOR SELECT USING (true);
CREATE POLICY council_audit_add ON council_audit FOR INSERT WITH CHECK (officer = current_user);

-- Erasure is an administrator's action: the school's reviews go (their evidence content too, where
-- no other review uses it) and the school is marked erased with a new change number. Run as the
-- owner, or by an administrator granted EXECUTE: SELECT council_erase_school('123456'). It runs with its
-- owner's rights (SECURITY DEFINER), so administrators need no DELETE on the tables themselves.
CREATE FUNCTION council_erase_school(erased_urn VARCHAR) RETURNS INTEGER AS $$
DECLARE
    gone INTEGER;
BEGIN
    PERFORM pg_advisory_xact_lock(1919);
    DELETE FROM council_audit WHERE review_id IN (SELECT review_id FROM council_review WHERE school_urn = erased_urn);
    DELETE FROM council_certificate WHERE review_id IN (SELECT review_id FROM council_review WHERE school_urn = erased_urn);
    DELETE FROM council_review WHERE school_urn = erased_urn;
    GET DIAGNOSTICS gone = ROW_COUNT;
    DELETE FROM council_evidence e WHERE NOT EXISTS (
        SELECT 1 FROM council_review r WHERE position(e.sha256 IN convert_from(r.document, 'UTF8')) > 0);
    UPDATE council_school SET name = '', local_authority = NULL, establishment_type = NULL, phase = NULL,
        establishment_status = NULL, street = NULL, locality = NULL, address3 = NULL, town = NULL, county = NULL,
        postcode = NULL, website = NULL, telephone = NULL, head_teacher = NULL, erased = TRUE,
        updated_by = current_user, change_no = nextval('council_change')
        WHERE urn = erased_urn;
    IF NOT FOUND THEN
        INSERT INTO council_school (urn, name, erased, change_no)
        VALUES (erased_urn, '', TRUE, nextval('council_change'));
    END IF;
    RETURN gone;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT;
REVOKE ALL ON FUNCTION council_erase_school(VARCHAR) FROM PUBLIC;
