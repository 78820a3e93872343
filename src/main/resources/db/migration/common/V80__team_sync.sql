-- The council database this laptop syncs with (issue 19). One row at most. The password is kept
-- only inside this encrypted data folder, so it is encrypted under the officer's passphrase like
-- everything else here, and never written to a log.
CREATE TABLE team_connection (
    connection_id    INT           NOT NULL PRIMARY KEY,
    jdbc_url         VARCHAR(1000) NOT NULL,
    user_name        VARCHAR(200)  NOT NULL,
    db_password      VARCHAR(1000) NOT NULL,
    connected_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sync_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_team_connection_one CHECK (connection_id = 1)
);

-- How far this laptop has read each of the council's change lists (reviews, schools, charters):
-- the council's change number of the last row applied here. A pull starts after it.
CREATE TABLE team_sync_mark (
    mark_key         VARCHAR(50)   NOT NULL PRIMARY KEY,
    change_no        BIGINT        NOT NULL
);

-- Every finalised revision the council database and this laptop agree on, with the SHA-256 of what
-- it says: pushed from here (origin 'local') or pulled from there ('council'). A push sends only
-- revisions missing here, so it resumes where a dropped connection stopped it.
CREATE TABLE team_revision (
    review_id        UUID          NOT NULL,
    revision         INT           NOT NULL,
    content_sha256   CHAR(64)      NOT NULL,
    origin           VARCHAR(10)   NOT NULL,
    synced_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_team_revision PRIMARY KEY (review_id, revision),
    CONSTRAINT ck_team_revision_origin CHECK (origin IN ('local', 'council'))
);

-- The same revision of a review finalised differently on two laptops: neither is dropped. This
-- laptop's version stays in the review tables; the other is kept here, whole, for a person to
-- compare and resolve. (VARCHAR, not CLOB or TEXT: the one long text type H2 and PostgreSQL spell
-- alike; 10 million characters is PostgreSQL's largest VARCHAR and far above any review file.)
CREATE TABLE team_conflict (
    review_id        UUID          NOT NULL,
    revision         INT           NOT NULL,
    other_sha256     CHAR(64)      NOT NULL,
    local_sha256     CHAR(64),
    other_officer    VARCHAR(200)  NOT NULL,
    other_document   VARCHAR(10000000) NOT NULL,
    found_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_team_conflict PRIMARY KEY (review_id, revision, other_sha256)
);
