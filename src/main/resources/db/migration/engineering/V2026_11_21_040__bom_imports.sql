-- An uploaded BOM file, parsed and previewed; committed all at once or not at all.
CREATE TABLE engineering.bom_import
(
    id                    UUID        NOT NULL PRIMARY KEY,
    owner_organisation_id UUID        NOT NULL,
    created_by            UUID        NOT NULL,
    filename              TEXT        NOT NULL,
    sha256                TEXT        NOT NULL,
    status                TEXT        NOT NULL DEFAULT 'PREVIEW',
    preview               JSONB       NOT NULL,
    assembly_item_id      UUID,
    revision_id           UUID,
    created_at            TIMESTAMPTZ NOT NULL,
    committed_at          TIMESTAMPTZ
);
CREATE INDEX bom_import_by_owner ON engineering.bom_import (owner_organisation_id, created_at DESC);
