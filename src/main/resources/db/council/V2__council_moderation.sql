-- Moderation through the council database (issue 20): an officer's submission of a finalised
-- revision, and a moderator's decision on it with comments. Laptops pull both by change number, as
-- they pull reviews; nothing here is ever changed or deleted by an officer.

-- A finalised revision submitted for moderation, named by review, revision and the SHA-256 of the
-- review file it was submitted as (the same content the laptop's moderation row names).
CREATE TABLE council_submission (
    review_id             UUID          NOT NULL,
    revision              INT           NOT NULL,
    content_sha256        CHAR(64)      NOT NULL,
    submitted_by          VARCHAR(300)  NOT NULL,
    submitted_fingerprint VARCHAR(100),
    submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    officer               VARCHAR(200)  NOT NULL DEFAULT current_user,
    change_no             BIGINT        NOT NULL,
    CONSTRAINT pk_council_submission PRIMARY KEY (review_id, revision)
);
CREATE INDEX ix_council_submission_change ON council_submission (change_no);

-- The one decision on a submitted revision: approved or returned, by whom (the name and the
-- fingerprint of the signing certificate the moderator's laptop holds; officer is the server role).
CREATE TABLE council_decision (
    review_id             UUID          NOT NULL,
    revision              INT           NOT NULL,
    content_sha256        CHAR(64)      NOT NULL,
    state                 VARCHAR(20)   NOT NULL,
    decided_by            VARCHAR(300)  NOT NULL,
    decided_role          VARCHAR(300),
    decided_fingerprint   VARCHAR(100),
    decided_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    officer               VARCHAR(200)  NOT NULL DEFAULT current_user,
    change_no             BIGINT        NOT NULL,
    CONSTRAINT pk_council_decision PRIMARY KEY (review_id, revision),
    CONSTRAINT fk_council_decision_submission FOREIGN KEY (review_id, revision)
        REFERENCES council_submission (review_id, revision) ON DELETE CASCADE,
    CONSTRAINT ck_council_decision_state CHECK (state IN ('approved', 'returned'))
);
CREATE INDEX ix_council_decision_change ON council_decision (change_no);

-- The moderator's comments on a decision: item_id names the charter item, NULL the whole review.
CREATE TABLE council_decision_comment (
    review_id             UUID           NOT NULL,
    revision              INT            NOT NULL,
    comment_no            INT            NOT NULL,
    item_id               VARCHAR(100),
    body                  VARCHAR(10000) NOT NULL,
    officer               VARCHAR(200)   NOT NULL DEFAULT current_user,
    CONSTRAINT pk_council_decision_comment PRIMARY KEY (review_id, revision, comment_no),
    CONSTRAINT fk_council_decision_comment FOREIGN KEY (review_id, revision)
        REFERENCES council_decision (review_id, revision) ON DELETE CASCADE
);

-- Least privilege, as for reviews: everyone reads, an officer adds only in their own name. An
-- officer submits only a revision they pushed. A moderator never decides on a review they pushed
-- or submitted any revision of: the server refuses it, whatever a laptop says.
ALTER TABLE council_submission ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_submission_read ON council_submission FOR SELECT USING (true);
CREATE POLICY council_submission_add ON council_submission FOR INSERT WITH CHECK (
    officer = current_user
    AND EXISTS (SELECT 1 FROM council_review r WHERE r.review_id = council_submission.review_id
        AND r.revision = council_submission.revision AND r.officer = current_user));
ALTER TABLE council_decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_decision_read ON council_decision FOR SELECT USING (true);
CREATE POLICY council_decision_add ON council_decision FOR INSERT WITH CHECK (
    officer = current_user
    AND NOT EXISTS (SELECT 1 FROM council_submission s WHERE s.review_id = council_decision.review_id
        AND s.officer = current_user)
    AND NOT EXISTS (SELECT 1 FROM council_review r WHERE r.review_id = council_decision.review_id
        AND r.officer = current_user));
ALTER TABLE council_decision_comment ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_decision_comment_read ON council_decision_comment FOR SELECT USING (true);
CREATE POLICY council_decision_comment_add ON council_decision_comment FOR INSERT WITH CHECK (
    officer = current_user
    AND EXISTS (SELECT 1 FROM council_decision d WHERE d.review_id = council_decision_comment.review_id
        AND d.revision = council_decision_comment.revision AND d.officer = current_user));

-- Erasure takes a school's submissions and decisions (comments may name pupils) with its reviews.
-- The same function as V1 with one more delete first; CREATE OR REPLACE keeps its owner and grants.
CREATE OR REPLACE FUNCTION council_erase_school(erased_urn VARCHAR) RETURNS INTEGER AS $$
DECLARE
    gone INTEGER;
BEGIN
    PERFORM pg_advisory_xact_lock(1919);
    DELETE FROM council_submission WHERE review_id IN (SELECT review_id FROM council_review WHERE school_urn = erased_urn);
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
