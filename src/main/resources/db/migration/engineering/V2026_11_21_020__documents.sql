-- Technical documents (the technical data package) of items, and their versions.
-- The owner is the item's owner (kept here so visibility needs no join); numbers are unique per owner.
CREATE TABLE engineering.document
(
    id                    UUID        NOT NULL PRIMARY KEY,
    owner_organisation_id UUID        NOT NULL,
    item_id               UUID        NOT NULL REFERENCES engineering.item (id),
    number                TEXT        NOT NULL,
    title                 TEXT        NOT NULL,
    kind                  TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    version               INT         NOT NULL DEFAULT 0,
    UNIQUE (owner_organisation_id, number)
);
CREATE INDEX document_of_item ON engineering.document (item_id, number);

-- Versions never change. The content is either in this row (content, the default) or a file of the directory
-- store (storage_path, relative to jointline.documents.directory, named by the SHA-256), never both.
-- content_type is the type detected from the content; sha256 is lowercase hex.
CREATE TABLE engineering.document_version
(
    id               UUID        NOT NULL PRIMARY KEY,
    document_id      UUID        NOT NULL REFERENCES engineering.document (id),
    number           INT         NOT NULL CHECK (number >= 1),
    filename         TEXT        NOT NULL,
    content_type     TEXT        NOT NULL,
    size_bytes       BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256           TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content          BYTEA,
    storage_path     TEXT,
    uploaded_by      UUID        NOT NULL,
    uploaded_by_name TEXT        NOT NULL,
    uploaded_at      TIMESTAMPTZ NOT NULL,
    note             TEXT,
    UNIQUE (document_id, number),
    CHECK ((content IS NULL) <> (storage_path IS NULL))
);
-- Uncompressed out-of-line storage, so that downloads read the content in slices (substring) without
-- PostgreSQL decompressing the whole value each time; most technical files are compressed already.
ALTER TABLE engineering.document_version ALTER COLUMN content SET STORAGE EXTERNAL;
-- Sharing and the ledger find versions by digest.
CREATE INDEX document_version_sha256 ON engineering.document_version (sha256);
