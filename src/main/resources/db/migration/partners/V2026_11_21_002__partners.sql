CREATE TABLE partners.organisation
(
    id                  UUID        NOT NULL PRIMARY KEY,
    name                TEXT        NOT NULL,
    kind                TEXT        NOT NULL CHECK (kind IN ('MANUFACTURER', 'SUPPLIER', 'CUSTOMER', 'AUTHORITY', 'OPERATOR')),
    country             CHAR(2)     NOT NULL,
    city                TEXT,
    registration_number TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    version             INT         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX organisation_name_country_uk ON partners.organisation (lower(name), country);

CREATE TABLE partners.programme
(
    id          UUID        NOT NULL PRIMARY KEY,
    code        TEXT        NOT NULL UNIQUE,
    name        TEXT        NOT NULL,
    description TEXT,
    starts_on   DATE,
    ends_on     DATE,
    created_at  TIMESTAMPTZ NOT NULL,
    version     INT         NOT NULL DEFAULT 0,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE partners.membership
(
    programme_id    UUID        NOT NULL REFERENCES partners.programme (id),
    organisation_id UUID        NOT NULL REFERENCES partners.organisation (id),
    role            TEXT        NOT NULL,
    joined_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (programme_id, organisation_id)
);
CREATE INDEX membership_by_organisation ON partners.membership (organisation_id, programme_id);

CREATE TABLE partners.facility
(
    id              UUID        NOT NULL PRIMARY KEY,
    organisation_id UUID        NOT NULL REFERENCES partners.organisation (id),
    code            TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    country         CHAR(2)     NOT NULL,
    city            TEXT,
    address         TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    version         INT         NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, code)
);

CREATE TABLE partners.production_line
(
    id                     UUID        NOT NULL PRIMARY KEY,
    facility_id            UUID        NOT NULL REFERENCES partners.facility (id),
    code                   TEXT        NOT NULL,
    name                   TEXT        NOT NULL,
    capacity_units_per_day INT         NOT NULL CHECK (capacity_units_per_day >= 0),
    created_at             TIMESTAMPTZ NOT NULL,
    version                INT         NOT NULL DEFAULT 0,
    UNIQUE (facility_id, code)
);

CREATE TABLE partners.person
(
    id              UUID        NOT NULL PRIMARY KEY,
    organisation_id UUID        NOT NULL REFERENCES partners.organisation (id),
    username        TEXT        NOT NULL,
    display_name    TEXT        NOT NULL,
    email           TEXT,
    password_hash   TEXT,
    enabled         BOOLEAN     NOT NULL DEFAULT TRUE,
    failed_logins   INT         NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    version         INT         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX person_username_uk ON partners.person (lower(username));
CREATE INDEX person_by_organisation ON partners.person (organisation_id);

CREATE TABLE partners.person_role
(
    person_id UUID NOT NULL REFERENCES partners.person (id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    PRIMARY KEY (person_id, role)
);

CREATE TABLE partners.access_token
(
    id           UUID        NOT NULL PRIMARY KEY,
    person_id    UUID        NOT NULL REFERENCES partners.person (id),
    name         TEXT        NOT NULL,
    token_hash   TEXT        NOT NULL UNIQUE,
    hint         TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX access_token_by_person ON partners.access_token (person_id);
