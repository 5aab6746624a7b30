-- Production and quality: work orders, units and their genealogy, operations, tests, nonconformances,
-- qualifications of configurations, acceptance and delivery. Other modules' things are referred to by ID;
-- numbers and names they had when production used them are kept, since a unit's record must not change
-- when the catalogue does.

CREATE TABLE production.counter (
    organisation_id uuid   NOT NULL,
    name            text   NOT NULL,
    value           bigint NOT NULL,
    PRIMARY KEY (organisation_id, name)
);

CREATE TABLE production.work_order (
    id                uuid PRIMARY KEY,
    organisation_id   uuid        NOT NULL,
    number            text        NOT NULL,
    item_id           uuid        NOT NULL,
    item_number       text        NOT NULL,
    item_name         text        NOT NULL,
    bom_revision_id   uuid        NOT NULL,
    revision_label    text        NOT NULL,
    quantity          integer     NOT NULL CHECK (quantity > 0),
    facility_id       uuid        NOT NULL,
    line_id           uuid,
    customer_id       uuid,
    planned_start     date,
    planned_end       date,
    serial_scheme     text        NOT NULL,
    serial_pattern    text,
    gtin              text,
    status            text        NOT NULL,
    created_by        uuid        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    released_at       timestamptz,
    completed_at      timestamptz,
    version           integer     NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, number)
);
CREATE INDEX work_order_org_status ON production.work_order (organisation_id, status, id DESC);

-- The BOM lines of the revision as they were at release: what each unit needs, and what may stand in.
CREATE TABLE production.work_order_material (
    work_order_id  uuid          NOT NULL REFERENCES production.work_order (id),
    item_id        uuid          NOT NULL,
    item_number    text          NOT NULL,
    item_name      text          NOT NULL,
    tracking       text          NOT NULL,
    quantity       numeric(18,6) NOT NULL,
    alternates     uuid[]        NOT NULL DEFAULT '{}',
    position       integer       NOT NULL,
    PRIMARY KEY (work_order_id, item_id)
);

-- Routing light: the steps of a work order, and who did them for which unit and when.
CREATE TABLE production.operation (
    id            uuid PRIMARY KEY,
    work_order_id uuid    NOT NULL REFERENCES production.work_order (id),
    position      integer NOT NULL,
    kind          text    NOT NULL,
    name          text    NOT NULL,
    UNIQUE (work_order_id, position)
);

CREATE TABLE production.unit (
    id               uuid PRIMARY KEY,
    organisation_id  uuid        NOT NULL,
    work_order_id    uuid        NOT NULL REFERENCES production.work_order (id),
    item_id          uuid        NOT NULL,
    serial           text        NOT NULL,
    bom_revision_id  uuid        NOT NULL,
    digital_link     text,
    status           text        NOT NULL,
    commissioned_at  timestamptz NOT NULL DEFAULT now(),
    commissioned_by  uuid        NOT NULL,
    completed_at     timestamptz,
    version          integer     NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, item_id, serial)
);
CREATE INDEX unit_work_order ON production.unit (work_order_id, serial);
CREATE INDEX unit_serial ON production.unit (serial);

CREATE TABLE production.operation_record (
    id           uuid PRIMARY KEY,
    unit_id      uuid        NOT NULL REFERENCES production.unit (id),
    operation_id uuid        NOT NULL REFERENCES production.operation (id),
    done_by      uuid        NOT NULL,
    done_by_name text        NOT NULL,
    done_at      timestamptz NOT NULL DEFAULT now(),
    note         text
);
CREATE INDEX operation_record_unit ON production.operation_record (unit_id, done_at);

-- Genealogy: one row per serialized component installed or lot quantity consumed. A removal closes the
-- row (removed_*) and a replacement is a new row pointing back to it; nothing is overwritten.
CREATE TABLE production.component (
    id                 uuid PRIMARY KEY,
    unit_id            uuid          NOT NULL REFERENCES production.unit (id),
    item_id            uuid          NOT NULL,
    item_number        text          NOT NULL,
    bom_item_id        uuid          NOT NULL,
    serial             text,
    lot                text,
    supplier_id        uuid,
    supplier_name      text,
    quantity           numeric(18,6) NOT NULL CHECK (quantity > 0),
    component_unit_id  uuid REFERENCES production.unit (id),
    replaces_id        uuid REFERENCES production.component (id),
    installed_at       timestamptz   NOT NULL DEFAULT now(),
    installed_by       uuid          NOT NULL,
    removed_at         timestamptz,
    removed_by         uuid,
    removal_reason     text,
    CHECK (serial IS NOT NULL OR lot IS NOT NULL)
);
CREATE INDEX component_unit ON production.component (unit_id) INCLUDE (component_unit_id);
CREATE UNIQUE INDEX component_serial_installed ON production.component (item_id, serial)
    WHERE serial IS NOT NULL AND removed_at IS NULL;
CREATE INDEX component_serial ON production.component (serial) WHERE serial IS NOT NULL;
CREATE INDEX component_lot ON production.component (lot, item_id) INCLUDE (unit_id) WHERE lot IS NOT NULL;
CREATE INDEX component_child ON production.component (component_unit_id) WHERE component_unit_id IS NOT NULL;

CREATE TABLE production.test_template (
    id                  uuid PRIMARY KEY,
    organisation_id     uuid          NOT NULL,
    item_id             uuid          NOT NULL,
    name                text          NOT NULL,
    kind                text          NOT NULL,
    required            boolean       NOT NULL,
    minimum             numeric(18,6),
    maximum             numeric(18,6),
    unit_of_measure     text,
    choices             text[]        NOT NULL DEFAULT '{}',
    passing_choices     text[]        NOT NULL DEFAULT '{}',
    attachment_required boolean       NOT NULL DEFAULT false,
    active              boolean       NOT NULL DEFAULT true,
    position            integer       NOT NULL DEFAULT 0,
    UNIQUE (item_id, name)
);

CREATE TABLE production.test_result (
    id              uuid PRIMARY KEY,
    unit_id         uuid          NOT NULL REFERENCES production.unit (id),
    template_id     uuid          NOT NULL REFERENCES production.test_template (id),
    value           text          NOT NULL,
    numeric_value   numeric(18,6),
    passed          boolean       NOT NULL,
    station         text,
    recorded_by     uuid          NOT NULL,
    recorded_by_name text         NOT NULL,
    recorded_at     timestamptz   NOT NULL DEFAULT now(),
    attachment_name text,
    attachment_type text,
    attachment      bytea,
    waived_by       uuid
);
CREATE INDEX test_result_unit ON production.test_result (unit_id, template_id, recorded_at DESC);

CREATE TABLE production.nonconformance (
    id                 uuid PRIMARY KEY,
    organisation_id    uuid        NOT NULL,
    number             text        NOT NULL,
    subject            text        NOT NULL,
    unit_id            uuid REFERENCES production.unit (id),
    item_id            uuid,
    lot                text,
    receipt_reference  text,
    test_result_id     uuid REFERENCES production.test_result (id),
    description        text        NOT NULL,
    status             text        NOT NULL,
    disposition        text,
    disposition_note   text,
    dispositioned_by   uuid,
    dispositioned_at   timestamptz,
    approved_by        uuid,
    approved_at        timestamptz,
    root_cause         text,
    corrective_action  text,
    opened_by          uuid        NOT NULL,
    opened_at          timestamptz NOT NULL DEFAULT now(),
    closed_at          timestamptz,
    version            integer     NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, number)
);
CREATE INDEX nonconformance_unit ON production.nonconformance (unit_id) WHERE unit_id IS NOT NULL;
CREATE INDEX nonconformance_org ON production.nonconformance (organisation_id, status, id DESC);

-- What a customer requires of an end item before accepting it, and the qualifications that answer it.
CREATE TABLE production.requirement (
    id           uuid PRIMARY KEY,
    customer_id  uuid NOT NULL,
    item_id      uuid NOT NULL,
    basis        text NOT NULL,
    UNIQUE (customer_id, item_id, basis)
);

CREATE TABLE production.qualification (
    id               uuid PRIMARY KEY,
    organisation_id  uuid NOT NULL,
    item_id          uuid NOT NULL,
    item_number      text NOT NULL,
    bom_revision_id  uuid NOT NULL,
    revision_label   text NOT NULL,
    basis            text NOT NULL,
    authority        text NOT NULL,
    reference        text,
    status           text NOT NULL,
    valid_from       date,
    valid_until      date,
    evidence         uuid[] NOT NULL DEFAULT '{}',
    version          integer NOT NULL DEFAULT 0,
    UNIQUE (bom_revision_id, basis)
);

CREATE TABLE production.delivery (
    id                 uuid PRIMARY KEY,
    organisation_id    uuid        NOT NULL,
    number             text        NOT NULL,
    customer_id        uuid        NOT NULL,
    from_facility_id   uuid        NOT NULL,
    to_facility_id     uuid,
    shipment_id        uuid,
    shipment_number    text,
    compliance_outcome text,
    created_by         uuid        NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, number)
);

CREATE TABLE production.acceptance (
    id            uuid PRIMARY KEY,
    unit_id       uuid        NOT NULL REFERENCES production.unit (id),
    customer_id   uuid        NOT NULL,
    accepted      boolean     NOT NULL,
    reason        text,
    decided_by    uuid        NOT NULL,
    decided_by_name text      NOT NULL,
    decided_at    timestamptz NOT NULL DEFAULT now(),
    delivery_id   uuid REFERENCES production.delivery (id)
);
CREATE INDEX acceptance_unit ON production.acceptance (unit_id, decided_at DESC);
CREATE INDEX acceptance_delivery ON production.acceptance (delivery_id) WHERE delivery_id IS NOT NULL;
