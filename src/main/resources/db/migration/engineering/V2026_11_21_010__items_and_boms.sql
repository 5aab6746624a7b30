CREATE TABLE engineering.item
(
    id                    UUID        NOT NULL PRIMARY KEY,
    owner_organisation_id UUID        NOT NULL,
    number                TEXT        NOT NULL,
    name                  TEXT        NOT NULL,
    description           TEXT,
    kind                  TEXT        NOT NULL,
    unit                  TEXT        NOT NULL,
    tracking              TEXT        NOT NULL,
    gtin                  TEXT,
    country_of_origin     CHAR(2),
    status                TEXT        NOT NULL DEFAULT 'DRAFT',
    created_at            TIMESTAMPTZ NOT NULL,
    version               INT         NOT NULL DEFAULT 0,
    UNIQUE (owner_organisation_id, number)
);
CREATE INDEX item_search ON engineering.item (owner_organisation_id, lower(name));

-- Manufacturer part numbers; an MPN is how an import recognises a part it already knows.
CREATE TABLE engineering.item_mpn
(
    item_id               UUID NOT NULL REFERENCES engineering.item (id) ON DELETE CASCADE,
    owner_organisation_id UUID NOT NULL,
    position              INT  NOT NULL,
    manufacturer          TEXT,
    mpn                   TEXT NOT NULL,
    PRIMARY KEY (item_id, position)
);
CREATE INDEX item_mpn_lookup ON engineering.item_mpn (owner_organisation_id, upper(mpn));

CREATE TABLE engineering.bom_revision
(
    id             UUID        NOT NULL PRIMARY KEY,
    item_id        UUID        NOT NULL REFERENCES engineering.item (id),
    label          TEXT        NOT NULL,
    status         TEXT        NOT NULL DEFAULT 'DRAFT',
    effective_from DATE,
    serial_from    TEXT,
    serial_to      TEXT,
    copied_from    UUID REFERENCES engineering.bom_revision (id),
    note           TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    released_at    TIMESTAMPTZ,
    released_by    UUID,
    version        INT         NOT NULL DEFAULT 0,
    UNIQUE (item_id, label)
);
CREATE INDEX bom_revision_in_effect ON engineering.bom_revision (item_id, status, effective_from DESC);

CREATE TABLE engineering.bom_line
(
    id                UUID          NOT NULL PRIMARY KEY,
    revision_id       UUID          NOT NULL REFERENCES engineering.bom_revision (id) ON DELETE CASCADE,
    position          INT           NOT NULL,
    component_item_id UUID          NOT NULL REFERENCES engineering.item (id),
    quantity          NUMERIC(18, 6) NOT NULL CHECK (quantity >= 0),
    designators       TEXT[]        NOT NULL DEFAULT '{}',
    notes             TEXT,
    do_not_place      BOOLEAN       NOT NULL DEFAULT FALSE,
    alternates        UUID[]        NOT NULL DEFAULT '{}'
);
-- Explosion walks revision -> lines -> component; where-used walks component -> lines -> revision.
CREATE INDEX bom_line_explosion ON engineering.bom_line (revision_id) INCLUDE (component_item_id, quantity, position, do_not_place);
CREATE INDEX bom_line_where_used ON engineering.bom_line (component_item_id) INCLUDE (revision_id, quantity);
