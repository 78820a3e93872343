-- The certificate and report PDFs that arrived inside an evidence bundle, kept with the revision they
-- belong to so that exporting its bundle again carries them. Deleting the revision deletes them.
-- from_redacted: the PDF came in a redacted bundle (a report from a full bundle may hold internal notes,
-- so it is never put into a redacted bundle).
CREATE TABLE bundle_attachment (
    review_id      UUID          NOT NULL,
    revision       INT           NOT NULL,
    role           VARCHAR(20)   NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    content        BLOB          NOT NULL,
    from_redacted  BOOLEAN       NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_bundle_attachment PRIMARY KEY (review_id, revision, role),
    CONSTRAINT fk_bundle_attachment_review FOREIGN KEY (review_id, revision)
        REFERENCES review (review_id, revision) ON DELETE CASCADE,
    CONSTRAINT ck_bundle_attachment_role CHECK (role IN ('certificate', 'report'))
);
