-- Sharing agreements, their resolved targets, download counts, and the access ledger.

CREATE TABLE sharing.agreement (
    id                       UUID PRIMARY KEY,
    owner_organisation_id    UUID NOT NULL,
    programme_id             UUID NOT NULL,
    reference                TEXT NOT NULL,
    title                    TEXT NOT NULL,
    assignee_organisation_id UUID,            -- NULL: every member of the programme other than the owner
    policy                   TEXT NOT NULL,   -- canonical JSON (RFC 8785)
    selection                TEXT NOT NULL,   -- canonical JSON: items, subtrees, documents as chosen
    status                   TEXT NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    created_at               TIMESTAMPTZ NOT NULL,
    created_by               UUID NOT NULL,
    created_by_name          TEXT NOT NULL,
    revoked_at               TIMESTAMPTZ,
    revoked_by_name          TEXT,
    revocation_reason        TEXT,
    version                  INT NOT NULL DEFAULT 0,
    UNIQUE (owner_organisation_id, reference)
);
CREATE INDEX agreement_assignee ON sharing.agreement (assignee_organisation_id) WHERE status = 'ACTIVE';
CREATE INDEX agreement_programme ON sharing.agreement (programme_id) WHERE status = 'ACTIVE';

-- What an agreement's selection resolves to: items (an item's documents come with it) and single documents.
CREATE TABLE sharing.agreement_target (
    agreement_id          UUID NOT NULL REFERENCES sharing.agreement (id),
    owner_organisation_id UUID NOT NULL,
    item_id               UUID,
    document_id           UUID,
    CHECK ((item_id IS NULL) <> (document_id IS NULL))
);
CREATE INDEX agreement_target_agreement ON sharing.agreement_target (agreement_id);

CREATE TABLE sharing.download_count (
    agreement_id    UUID NOT NULL REFERENCES sharing.agreement (id),
    organisation_id UUID NOT NULL,
    downloads       INT NOT NULL,
    PRIMARY KEY (agreement_id, organisation_id)
);

-- Bumped with every agreement change, so that each node reloads its decision index at once.
CREATE TABLE sharing.policy_version (
    id      INT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO sharing.policy_version VALUES (1, 0);

CREATE TABLE sharing.ledger_entry (
    owner_organisation_id UUID NOT NULL,
    sequence              BIGINT NOT NULL,
    recorded_at           TIMESTAMPTZ NOT NULL,
    kind                  TEXT NOT NULL,
    actor_person_id       UUID,
    actor_name            TEXT,
    actor_organisation_id UUID,
    action                TEXT NOT NULL,
    target_type           TEXT,
    target_id             UUID,
    target_label          TEXT,
    outcome               TEXT NOT NULL,
    reasons               TEXT[] NOT NULL,
    agreement_id          UUID,
    previous_hash         TEXT NOT NULL,
    hash                  TEXT NOT NULL,
    PRIMARY KEY (owner_organisation_id, sequence)
);
CREATE INDEX ledger_entry_recorded ON sharing.ledger_entry (owner_organisation_id, recorded_at);

-- The end of each owner's chain; the writers lock it, so entries of one owner are chained one after the other.
CREATE TABLE sharing.ledger_head (
    owner_organisation_id UUID PRIMARY KEY,
    sequence              BIGINT NOT NULL,
    hash                  TEXT NOT NULL
);

CREATE TABLE sharing.signing_key (
    programme_id UUID PRIMARY KEY,
    key_id       TEXT NOT NULL UNIQUE,
    public_key   BYTEA NOT NULL,  -- X.509 SubjectPublicKeyInfo (DER)
    private_key  BYTEA NOT NULL,  -- PKCS#8 (DER)
    created_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE sharing.checkpoint (
    id                    UUID PRIMARY KEY,
    owner_organisation_id UUID NOT NULL,
    programme_id          UUID NOT NULL,
    tree_size             BIGINT NOT NULL,
    root_hash             TEXT NOT NULL,
    statement             TEXT NOT NULL,  -- canonical JSON, the signed bytes (UTF-8)
    signature             BYTEA NOT NULL, -- Ed25519 over the statement
    key_id                TEXT NOT NULL,
    issued_at             TIMESTAMPTZ NOT NULL,
    UNIQUE (owner_organisation_id, tree_size)
);

-- The guard: ledger rows and checkpoints are never changed or removed, whoever asks. The trigger holds for
-- superusers too (they can only get around it by disabling it, which verification then catches); the REVOKE
-- holds the application role when it is not the tables' owner-superuser.
CREATE FUNCTION sharing.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sharing.%: rows are append-only, % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON sharing.ledger_entry
    FOR EACH ROW EXECUTE FUNCTION sharing.refuse_change();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON sharing.ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION sharing.refuse_change();
CREATE TRIGGER checkpoint_append_only BEFORE UPDATE OR DELETE ON sharing.checkpoint
    FOR EACH ROW EXECUTE FUNCTION sharing.refuse_change();
CREATE TRIGGER checkpoint_no_truncate BEFORE TRUNCATE ON sharing.checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION sharing.refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON sharing.ledger_entry, sharing.checkpoint FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON sharing.ledger_entry, sharing.checkpoint FROM %I', current_user);
END
$$;
