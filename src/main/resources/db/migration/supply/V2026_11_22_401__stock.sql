-- Stock: locations per facility (a tree), lots, serial numbers, quantities on hand and the moves that change them.
CREATE TABLE supply.location (
    id          UUID PRIMARY KEY,
    facility_id UUID        NOT NULL,
    parent_id   UUID REFERENCES supply.location (id),
    code        VARCHAR(40) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20) NOT NULL CHECK (kind IN ('WAREHOUSE', 'SHELF', 'RECEIVING', 'LINE_SIDE', 'QUARANTINE', 'IN_TRANSIT')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (facility_id, code)
);
CREATE INDEX location_facility_kind ON supply.location (facility_id, kind);

CREATE TABLE supply.lot (
    id            UUID PRIMARY KEY,
    item_id       UUID        NOT NULL,
    lot_number    VARCHAR(80) NOT NULL,
    supplier_id   UUID,
    supplier_lot  VARCHAR(80),
    certificate   VARCHAR(200),
    reference     VARCHAR(120),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (item_id, lot_number)
);
CREATE INDEX lot_number ON supply.lot (lower(lot_number));

-- A serial is in exactly one place: one row per (item, serial), one location while in stock, none otherwise.
CREATE TABLE supply.serial (
    id          UUID PRIMARY KEY,
    item_id     UUID         NOT NULL,
    serial      VARCHAR(200) NOT NULL,
    lot_id      UUID REFERENCES supply.lot (id),
    supplier_id UUID,
    state       VARCHAR(20)  NOT NULL CHECK (state IN ('PLANNED', 'IN_STOCK', 'INSTALLED', 'SCRAPPED', 'LOST')),
    location_id UUID REFERENCES supply.location (id),
    facility_id UUID,
    reference   VARCHAR(120),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (item_id, serial),
    CHECK ((state = 'IN_STOCK') = (location_id IS NOT NULL))
);
CREATE INDEX serial_text ON supply.serial (serial);
CREATE INDEX serial_location ON supply.serial (location_id, item_id) WHERE location_id IS NOT NULL;

-- Never negative, in the database too: every decrement is a conditional UPDATE ... WHERE quantity >= :q.
CREATE TABLE supply.on_hand (
    item_id     UUID           NOT NULL,
    lot_id      UUID REFERENCES supply.lot (id),
    location_id UUID           NOT NULL REFERENCES supply.location (id),
    facility_id UUID           NOT NULL,
    quantity    NUMERIC(18, 6) NOT NULL CHECK (quantity >= 0),
    changed_at  TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT on_hand_key UNIQUE NULLS NOT DISTINCT (item_id, lot_id, location_id)
);
CREATE INDEX on_hand_item_facility ON supply.on_hand (item_id, facility_id) INCLUDE (quantity);
CREATE INDEX on_hand_location ON supply.on_hand (location_id);

-- Append-only: every change of stock, with who, when, why and the document behind it.
CREATE TABLE supply.stock_move (
    id               UUID PRIMARY KEY,
    at               TIMESTAMPTZ    NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    item_id          UUID           NOT NULL,
    lot_id           UUID,
    serial_id        UUID,
    quantity         NUMERIC(18, 6) NOT NULL CHECK (quantity > 0),
    from_location_id UUID,
    to_location_id   UUID,
    facility_id      UUID           NOT NULL,
    reason           VARCHAR(500),
    document         VARCHAR(120),
    person_id        UUID           NOT NULL,
    person_name      VARCHAR(200)   NOT NULL,
    organisation_id  UUID           NOT NULL
);
CREATE INDEX stock_move_item_at ON supply.stock_move (item_id, at);
CREATE INDEX stock_move_facility_at ON supply.stock_move (facility_id, at);
CREATE INDEX stock_move_serial ON supply.stock_move (serial_id) WHERE serial_id IS NOT NULL;
