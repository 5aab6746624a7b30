-- Sanctions lists: one row per listed party, with everything a reader found in its detail (aliases, addresses,
-- countries, dates of birth, identifiers, programmes) as JSON; content_hash decides whether a re-import changed it.
CREATE TABLE screening.list_import (
    id              uuid PRIMARY KEY,
    list            text        NOT NULL,
    format          text        NOT NULL,
    files           text        NOT NULL,
    imported_by     text        NOT NULL,
    imported_at     timestamptz NOT NULL,
    entries         int         NOT NULL,
    added           int         NOT NULL,
    changed         int         NOT NULL,
    removed         int         NOT NULL,
    parties_rescreened int      NOT NULL
);
CREATE INDEX list_import_at ON screening.list_import (imported_at DESC);

CREATE TABLE screening.entry (
    id            uuid PRIMARY KEY,
    list          text        NOT NULL,
    reference     text        NOT NULL,
    kind          text        NOT NULL,
    name          text        NOT NULL,
    detail        jsonb       NOT NULL,
    content_hash  text        NOT NULL,
    version       int         NOT NULL,
    changed_at    timestamptz NOT NULL,
    removed_at    timestamptz,
    CONSTRAINT entry_reference UNIQUE (list, reference)
);
CREATE INDEX entry_live ON screening.entry (list) WHERE removed_at IS NULL;

-- Every screened organisation and person, with its current state.
CREATE TABLE screening.party (
    party_id        uuid PRIMARY KEY,
    kind            text        NOT NULL,
    organisation_id uuid        NOT NULL,
    name            text        NOT NULL,
    country         text,
    state           text        NOT NULL,
    screened_at     timestamptz NOT NULL
);
CREATE INDEX party_state ON screening.party (state, screened_at DESC);
CREATE INDEX party_organisation ON screening.party (organisation_id);

-- A possible match of a party with an entry. A dismissal remembers the entry's content hash: when the entry
-- changes, the hit opens again.
CREATE TABLE screening.hit (
    id            uuid PRIMARY KEY,
    party_id      uuid        NOT NULL REFERENCES screening.party (party_id),
    entry_id      uuid        NOT NULL REFERENCES screening.entry (id),
    matched_name  text        NOT NULL,
    score         numeric(4, 3) NOT NULL,
    explanation   text        NOT NULL,
    status        text        NOT NULL,
    entry_hash    text        NOT NULL,
    reason        text,
    decided_by    text,
    decided_at    timestamptz,
    found_at      timestamptz NOT NULL,
    CONSTRAINT hit_party_entry UNIQUE (party_id, entry_id)
);
CREATE INDEX hit_entry ON screening.hit (entry_id);
