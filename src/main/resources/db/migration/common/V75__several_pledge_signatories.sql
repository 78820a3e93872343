-- A pledge may be signed by several people (head teacher, chair of governors, a parent or pupil
-- representative), each with their own consent to publication. The old table allowed one per
-- revision; its rows become each revision's first signatory.
CREATE TABLE pledge_signatory_list (
    review_key         BIGINT        NOT NULL,
    signatory_order    INT           NOT NULL,
    signatory_name     VARCHAR(300)  NOT NULL,
    signatory_role     VARCHAR(300)  NOT NULL,
    organisation       VARCHAR(500)  NOT NULL,
    signed_on          DATE          NOT NULL,
    consent_to_publish BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_pledge_signatory_list PRIMARY KEY (review_key, signatory_order),
    CONSTRAINT fk_pledge_signatory_list_review FOREIGN KEY (review_key) REFERENCES review (review_key) ON DELETE CASCADE
);

INSERT INTO pledge_signatory_list (review_key, signatory_order, signatory_name, signatory_role, organisation,
        signed_on, consent_to_publish)
    SELECT review_key, 0, signatory_name, signatory_role, organisation, signed_on, consent_to_publish
    FROM pledge_signatory;

DROP TABLE pledge_signatory;

ALTER TABLE pledge_signatory_list RENAME TO pledge_signatory;
