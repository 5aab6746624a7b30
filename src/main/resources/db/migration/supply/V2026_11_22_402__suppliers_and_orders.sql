-- Supplier parts (what a supplier sells us, at which prices) and purchase orders with their receipts.
CREATE TABLE supply.supplier_part (
    id             UUID PRIMARY KEY,
    supplier_id    UUID         NOT NULL,
    item_id        UUID         NOT NULL,
    mpn            VARCHAR(80),
    sku            VARCHAR(80),
    currency       CHAR(3)      NOT NULL,
    lead_time_days INT          NOT NULL CHECK (lead_time_days >= 0),
    origin_country CHAR(2),
    approved       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version        INT          NOT NULL DEFAULT 0,
    UNIQUE (supplier_id, item_id)
);
CREATE INDEX supplier_part_item ON supply.supplier_part (item_id);

CREATE TABLE supply.price_break (
    supplier_part_id UUID           NOT NULL REFERENCES supply.supplier_part (id) ON DELETE CASCADE,
    min_quantity     NUMERIC(18, 6) NOT NULL CHECK (min_quantity > 0),
    unit_price       NUMERIC(18, 6) NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (supplier_part_id, min_quantity)
);

CREATE SEQUENCE supply.order_number;

CREATE TABLE supply.purchase_order (
    id                 UUID PRIMARY KEY,
    number             VARCHAR(40)  NOT NULL,
    buyer_id           UUID         NOT NULL,
    supplier_id        UUID         NOT NULL,
    facility_id        UUID         NOT NULL,
    currency           CHAR(3)      NOT NULL,
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'CONFIRMED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED')),
    supplier_reference VARCHAR(80),
    created_by         VARCHAR(200) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    confirmed_at       TIMESTAMPTZ,
    UNIQUE (buyer_id, number)
);
CREATE INDEX purchase_order_supplier ON supply.purchase_order (supplier_id);

-- received never exceeds quantity unless the receipt gives an over-receipt reason (checked in the same UPDATE).
CREATE TABLE supply.purchase_order_line (
    id          UUID PRIMARY KEY,
    order_id    UUID           NOT NULL REFERENCES supply.purchase_order (id),
    line_number INT            NOT NULL,
    item_id     UUID           NOT NULL,
    quantity    NUMERIC(18, 6) NOT NULL CHECK (quantity > 0),
    unit_price  NUMERIC(18, 6) CHECK (unit_price >= 0),
    due_date    DATE,
    received    NUMERIC(18, 6) NOT NULL DEFAULT 0 CHECK (received >= 0),
    UNIQUE (order_id, line_number)
);
CREATE INDEX purchase_order_line_item ON supply.purchase_order_line (item_id);

CREATE TABLE supply.order_receipt (
    id           UUID PRIMARY KEY,
    line_id      UUID           NOT NULL REFERENCES supply.purchase_order_line (id),
    quantity     NUMERIC(18, 6) NOT NULL CHECK (quantity > 0),
    location_id  UUID           NOT NULL REFERENCES supply.location (id),
    lot_id       UUID REFERENCES supply.lot (id),
    supplier_lot VARCHAR(80),
    certificate  VARCHAR(200),
    over_reason  VARCHAR(500),
    person_name  VARCHAR(200)   NOT NULL,
    at           TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX order_receipt_line ON supply.order_receipt (line_id);
