-- Certificates issued elsewhere for a review revision this install also holds (the same canonical
-- review, so the same SHA-256), learnt when such a certificate is verified here with an intact
-- signature. One revision keeps one certificate number across installs: exporting a certificate
-- for it here reuses this number instead of issuing a second one. No foreign key: the review is
-- named by its content, which is what the certificate names.
CREATE TABLE known_certificate (
    certificate_number VARCHAR(40)   NOT NULL PRIMARY KEY,
    review_sha256      CHAR(64)      NOT NULL,
    learnt_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_known_certificate_sha ON known_certificate (review_sha256);
