-- Engineering change orders (ECR/ECO): a request to change items, carried by their draft BOM revisions,
-- reviewed by the design authority of every organisation that owns an affected item, then released at once.

-- The last business number given per organisation and year (CO-2026-0001, ...). Taken with
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING, which locks the row until the transaction ends: two
-- orders never get the same number, and a rolled-back creation gives its number back.
CREATE TABLE engineering.change_order_counter
(
    organisation_id UUID NOT NULL,
    year            INT  NOT NULL,
    last_number     INT  NOT NULL,
    PRIMARY KEY (organisation_id, year)
);

CREATE TABLE engineering.change_order
(
    id               UUID        NOT NULL PRIMARY KEY,
    organisation_id  UUID        NOT NULL,
    number           TEXT        NOT NULL,
    title            TEXT        NOT NULL,
    problem          TEXT        NOT NULL,
    proposed_change  TEXT        NOT NULL,
    status           TEXT        NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RELEASED', 'REJECTED')),
    rejection_reason TEXT,
    created_by       UUID        NOT NULL,
    created_by_name  TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    submitted_at     TIMESTAMPTZ,
    released_at      TIMESTAMPTZ,
    version          INT         NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, number),
    CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL)
);
CREATE INDEX change_order_by_organisation ON engineering.change_order (organisation_id, created_at DESC);

-- The affected items, each with the draft revision that carries the change. reviewed_content is a digest
-- of the revision's lines taken when the order goes to review: a draft edited after that is not released.
CREATE TABLE engineering.change_order_item
(
    change_order_id       UUID        NOT NULL REFERENCES engineering.change_order (id),
    item_id               UUID        NOT NULL REFERENCES engineering.item (id),
    owner_organisation_id UUID        NOT NULL,
    revision_id           UUID        NOT NULL REFERENCES engineering.bom_revision (id),
    reviewed_content      TEXT,
    linked_at             TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (change_order_id, item_id)
);
CREATE INDEX change_order_item_owner ON engineering.change_order_item (owner_organisation_id, change_order_id);
CREATE INDEX change_order_item_revision ON engineering.change_order_item (revision_id);

-- One row per owner organisation, made when the order is submitted.
CREATE TABLE engineering.change_order_approval
(
    change_order_id     UUID NOT NULL REFERENCES engineering.change_order (id),
    organisation_id     UUID NOT NULL,
    decision            TEXT NOT NULL DEFAULT 'PENDING' CHECK (decision IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by          UUID,
    decided_by_username TEXT,
    decided_by_name     TEXT,
    decided_at          TIMESTAMPTZ,
    reason              TEXT,
    version             INT  NOT NULL DEFAULT 0,
    PRIMARY KEY (change_order_id, organisation_id)
);

-- The history: every step, in order, never changed nor removed.
CREATE TABLE engineering.change_order_event
(
    change_order_id UUID        NOT NULL REFERENCES engineering.change_order (id),
    sequence        INT         NOT NULL,
    kind            TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    person_id       UUID        NOT NULL,
    person_name     TEXT        NOT NULL,
    organisation_id UUID        NOT NULL,
    item_id         UUID,
    revision_id     UUID,
    reason          TEXT,
    PRIMARY KEY (change_order_id, sequence)
);

CREATE FUNCTION engineering.change_order_event_append_only() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the history of a change order is append-only';
END
$$;

CREATE TRIGGER change_order_event_append_only
    BEFORE UPDATE OR DELETE ON engineering.change_order_event
    FOR EACH ROW EXECUTE FUNCTION engineering.change_order_event_append_only();
