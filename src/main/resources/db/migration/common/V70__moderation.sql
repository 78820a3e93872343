-- Moderation: a second officer checks a finalised review revision before its certificate goes out.
-- One row per review revision, keyed by the review's id and revision number (never a surrogate key),
-- so the rows can travel to a council database and be matched there. content_sha256 names the
-- canonical review file the decision is about; a decision never carries over to another revision.
-- decided_fingerprint: the SHA-256 fingerprint of the moderator's signing certificate.
-- decision_source: 'here' when the moderator decided in this install, 'file' when it came in a
-- signed decision file from the moderator's install.
CREATE TABLE moderation (
    review_id             UUID          NOT NULL,
    revision              INT           NOT NULL,
    state                 VARCHAR(20)   NOT NULL,
    content_sha256        CHAR(64)      NOT NULL,
    submitted_by          VARCHAR(300),
    submitted_fingerprint VARCHAR(100),
    submitted_at          TIMESTAMP WITH TIME ZONE,
    decided_by            VARCHAR(300),
    decided_role          VARCHAR(300),
    decided_fingerprint   VARCHAR(100),
    decided_at            TIMESTAMP WITH TIME ZONE,
    decision_source       VARCHAR(20),
    CONSTRAINT pk_moderation PRIMARY KEY (review_id, revision),
    CONSTRAINT fk_moderation_review FOREIGN KEY (review_id, revision)
        REFERENCES review (review_id, revision) ON DELETE CASCADE,
    CONSTRAINT ck_moderation_state CHECK (state IN ('submitted', 'approved', 'returned')),
    CONSTRAINT ck_moderation_source CHECK (decision_source IS NULL OR decision_source IN ('here', 'file'))
);

-- The moderator's comments on a decision: item_id names the charter item, or is NULL for the review
-- as a whole. Numbered from 1 in the order written.
CREATE TABLE moderation_comment (
    review_id   UUID           NOT NULL,
    revision    INT            NOT NULL,
    comment_no  INT            NOT NULL,
    item_id     VARCHAR(100),
    body        VARCHAR(10000) NOT NULL,
    written_by  VARCHAR(300)   NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_moderation_comment PRIMARY KEY (review_id, revision, comment_no),
    CONSTRAINT fk_moderation_comment FOREIGN KEY (review_id, revision)
        REFERENCES moderation (review_id, revision) ON DELETE CASCADE
);
