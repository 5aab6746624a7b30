-- Technology-transfer assessments the decision point asked for, per document version and recipient organisation,
-- with when compliance cleared them (at once, or later when an officer released a held one). A cleared one is
-- reused for later downloads of the same version by the same organisation within jointline.sharing.transfer-assessment-validity.
CREATE TABLE sharing.transfer_clearance (
    assessment_id             UUID PRIMARY KEY,
    document_id               UUID NOT NULL,
    version_number            INT,
    recipient_organisation_id UUID NOT NULL,
    assessed_at               TIMESTAMPTZ NOT NULL,
    cleared_at                TIMESTAMPTZ
);
CREATE INDEX transfer_clearance_lookup ON sharing.transfer_clearance (document_id, recipient_organisation_id, cleared_at);
