-- Shipments between facilities (a customer's depot is a facility too): picked lines, the compliance decision,
-- dispatch into the origin's in-transit location, receipt at the destination with the differences found.
CREATE SEQUENCE supply.shipment_number;

CREATE TABLE supply.shipment (
    id                      UUID PRIMARY KEY,
    number                  VARCHAR(40)  NOT NULL UNIQUE,
    origin_facility_id      UUID         NOT NULL,
    destination_facility_id UUID         NOT NULL,
    consignee_id            UUID         NOT NULL,
    destination_country     CHAR(2)      NOT NULL,
    status                  VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'DISPATCHED', 'RECEIVED', 'CANCELLED')),
    assessment_id           UUID,
    assessment_outcome      VARCHAR(10),
    note                    VARCHAR(1000),
    created_by              VARCHAR(200) NOT NULL,
    created_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    dispatched_by           VARCHAR(200),
    dispatched_at           TIMESTAMPTZ,
    received_by             VARCHAR(200),
    received_at             TIMESTAMPTZ
);
CREATE INDEX shipment_origin ON supply.shipment (origin_facility_id, created_at);
CREATE INDEX shipment_destination ON supply.shipment (destination_facility_id, created_at);

CREATE TABLE supply.shipment_line (
    id               UUID PRIMARY KEY,
    shipment_id      UUID           NOT NULL REFERENCES supply.shipment (id),
    line_number      INT            NOT NULL,
    item_id          UUID           NOT NULL,
    lot_id           UUID REFERENCES supply.lot (id),
    from_location_id UUID           NOT NULL REFERENCES supply.location (id),
    quantity         NUMERIC(18, 6) NOT NULL CHECK (quantity > 0),
    value_eur        NUMERIC(18, 2),
    received         NUMERIC(18, 6) CHECK (received >= 0),
    UNIQUE (shipment_id, line_number)
);

CREATE TABLE supply.shipment_serial (
    line_id  UUID         NOT NULL REFERENCES supply.shipment_line (id),
    serial   VARCHAR(200) NOT NULL,
    received BOOLEAN,
    PRIMARY KEY (line_id, serial)
);

CREATE TABLE supply.shipment_discrepancy (
    id          UUID PRIMARY KEY,
    shipment_id UUID           NOT NULL REFERENCES supply.shipment (id),
    line_id     UUID REFERENCES supply.shipment_line (id),
    item_id     UUID           NOT NULL,
    serial      VARCHAR(200),
    expected    NUMERIC(18, 6) NOT NULL,
    received    NUMERIC(18, 6) NOT NULL,
    note        VARCHAR(500)
);
CREATE INDEX shipment_discrepancy_shipment ON supply.shipment_discrepancy (shipment_id);
