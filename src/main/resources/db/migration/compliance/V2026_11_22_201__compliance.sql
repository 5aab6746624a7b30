-- Compliance: control lists, classifications, authorisations with drawdown, end-user certificates,
-- embargoes and rules as data (with history), and the recorded transfer assessments.

CREATE TABLE compliance.control_list_import (
    id              uuid PRIMARY KEY,
    regime          text        NOT NULL,
    version         text        NOT NULL,
    source_name     text        NOT NULL,
    sha256          text        NOT NULL,
    entries_total   int         NOT NULL,
    entries_added   int         NOT NULL,
    entries_changed int         NOT NULL,
    entries_removed int         NOT NULL,
    imported_by     uuid        NOT NULL,
    imported_by_name text       NOT NULL,
    imported_at     timestamptz NOT NULL
);

-- One entry of a control list; the tree is by code (parent_code). Withdrawn entries stay for old classifications.
CREATE TABLE compliance.control_entry (
    regime       text        NOT NULL,
    code         text        NOT NULL,
    parent_code  text,
    label        text        NOT NULL,
    content      text        NOT NULL DEFAULT '',
    depth        int         NOT NULL DEFAULT 0,
    withdrawn    boolean     NOT NULL DEFAULT false,
    list_version text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (regime, code)
);
CREATE INDEX control_entry_parent ON compliance.control_entry (regime, parent_code);

-- Entries of an item or a document; withdrawn rows are the history.
CREATE TABLE compliance.classification (
    id               uuid PRIMARY KEY,
    subject_kind     text        NOT NULL CHECK (subject_kind IN ('ITEM', 'DOCUMENT')),
    subject_id       uuid        NOT NULL,
    owner_id         uuid        NOT NULL,
    regime           text        NOT NULL,
    code             text        NOT NULL,
    rationale        text        NOT NULL,
    classified_by    uuid        NOT NULL,
    classified_by_name text      NOT NULL,
    classified_at    timestamptz NOT NULL,
    withdrawn_by_name text,
    withdrawn_at     timestamptz,
    withdrawn_reason text
);
CREATE INDEX classification_subject ON compliance.classification (subject_id) WHERE withdrawn_at IS NULL;
CREATE INDEX classification_code ON compliance.classification (regime, code text_pattern_ops) WHERE withdrawn_at IS NULL;
CREATE UNIQUE INDEX classification_current ON compliance.classification (subject_id, regime, code) WHERE withdrawn_at IS NULL;

-- US-controlled content, for the EAR de minimis calculation (values per unit, EUR).
CREATE TABLE compliance.us_content (
    item_id        uuid PRIMARY KEY,
    owner_id       uuid          NOT NULL,
    us_value       numeric(18,2) NOT NULL CHECK (us_value >= 0),
    unit_value     numeric(18,2) NOT NULL CHECK (unit_value > 0),
    changed_by_name text         NOT NULL,
    changed_at     timestamptz   NOT NULL
);

CREATE TABLE compliance.authorisation (
    id                 uuid PRIMARY KEY,
    reference          text          NOT NULL,
    type               text          NOT NULL,
    issuing_authority  text          NOT NULL,
    issuing_country    text          NOT NULL,
    holder_id          uuid,
    valid_from         date          NOT NULL,
    valid_to           date,
    quantity_ceiling   numeric(18,3) CHECK (quantity_ceiling >= 0),
    value_ceiling      numeric(18,2) CHECK (value_ceiling >= 0),
    quantity_used      numeric(18,3) NOT NULL DEFAULT 0,
    value_used         numeric(18,2) NOT NULL DEFAULT 0,
    end_use            text,
    conditions         text,
    document_id        uuid,
    revoked            boolean       NOT NULL DEFAULT false,
    created_by_name    text          NOT NULL,
    created_at         timestamptz   NOT NULL,
    version            int           NOT NULL DEFAULT 0,
    CHECK (quantity_ceiling IS NULL OR quantity_used <= quantity_ceiling),
    CHECK (value_ceiling IS NULL OR value_used <= value_ceiling),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX authorisation_reference ON compliance.authorisation (issuing_country, reference);

CREATE TABLE compliance.authorisation_code (
    authorisation_id uuid NOT NULL REFERENCES compliance.authorisation (id) ON DELETE CASCADE,
    regime           text NOT NULL,
    code             text NOT NULL,
    PRIMARY KEY (authorisation_id, regime, code)
);
CREATE TABLE compliance.authorisation_item (
    authorisation_id uuid NOT NULL REFERENCES compliance.authorisation (id) ON DELETE CASCADE,
    item_id          uuid NOT NULL,
    PRIMARY KEY (authorisation_id, item_id)
);
CREATE TABLE compliance.authorisation_country (
    authorisation_id uuid NOT NULL REFERENCES compliance.authorisation (id) ON DELETE CASCADE,
    country          text NOT NULL,
    PRIMARY KEY (authorisation_id, country)
);
CREATE TABLE compliance.authorisation_party (
    authorisation_id uuid NOT NULL REFERENCES compliance.authorisation (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL,
    role             text NOT NULL CHECK (role IN ('CONSIGNEE', 'END_USER')),
    PRIMARY KEY (authorisation_id, organisation_id, role)
);

CREATE TABLE compliance.end_user_certificate (
    id              uuid PRIMARY KEY,
    reference       text        NOT NULL,
    end_user_id     uuid        NOT NULL,
    country         text        NOT NULL,
    end_use         text        NOT NULL,
    no_reexport     boolean     NOT NULL DEFAULT true,
    valid_from      date        NOT NULL,
    valid_to        date,
    authorisation_id uuid REFERENCES compliance.authorisation (id),
    document_id     uuid,
    holder_id       uuid        NOT NULL,
    created_by_name text        NOT NULL,
    created_at      timestamptz NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX end_user_certificate_end_user ON compliance.end_user_certificate (end_user_id, country);

CREATE TABLE compliance.embargo (
    country     text PRIMARY KEY,
    source      text        NOT NULL,
    active      boolean     NOT NULL DEFAULT true,
    changed_by_name text    NOT NULL,
    changed_at  timestamptz NOT NULL
);

-- Rules are data: a code, whether it applies, the outcome it gives and its parameter (a list or a number).
CREATE TABLE compliance.rule (
    code        text PRIMARY KEY,
    enabled     boolean     NOT NULL DEFAULT true,
    outcome     text        NOT NULL CHECK (outcome IN ('HELD', 'BLOCKED')),
    parameter   text        NOT NULL DEFAULT '',
    changed_by_name text    NOT NULL,
    changed_at  timestamptz NOT NULL,
    version     int         NOT NULL DEFAULT 0
);

-- Every change of an embargo or a rule, with who and why.
CREATE TABLE compliance.reference_change (
    id          uuid PRIMARY KEY,
    subject     text        NOT NULL,
    before      text,
    after       text,
    reason      text        NOT NULL,
    changed_by_name text    NOT NULL,
    changed_at  timestamptz NOT NULL
);
CREATE INDEX reference_change_subject ON compliance.reference_change (subject, changed_at DESC);

CREATE TABLE compliance.assessment (
    id                  uuid PRIMARY KEY,
    owner_id            uuid        NOT NULL,
    kind                text        NOT NULL,
    reference           text,
    origin_facility_id  uuid        NOT NULL,
    origin_country      text        NOT NULL,
    consignee_id        uuid        NOT NULL,
    destination_country text        NOT NULL,
    outcome             text        NOT NULL,
    first_outcome       text        NOT NULL,
    requested_by_name   text        NOT NULL,
    decided_at          timestamptz NOT NULL,
    reviewed_by_name    text,
    reviewed_at         timestamptz,
    review_reason       text
);
CREATE INDEX assessment_queue ON compliance.assessment (owner_id, outcome, decided_at DESC);

CREATE TABLE compliance.assessment_line (
    assessment_id     uuid NOT NULL REFERENCES compliance.assessment (id),
    line              int  NOT NULL,
    item_id           uuid,
    document_id       uuid,
    subject_number    text NOT NULL,
    quantity          numeric(18,3) NOT NULL,
    value             numeric(18,2) NOT NULL,
    outcome           text NOT NULL,
    authorisation_id  uuid,
    authorisation_ref text,
    covering          uuid[] NOT NULL DEFAULT '{}',
    reasons           jsonb NOT NULL,
    PRIMARY KEY (assessment_id, line)
);

CREATE TABLE compliance.drawdown (
    id               uuid PRIMARY KEY,
    authorisation_id uuid          NOT NULL REFERENCES compliance.authorisation (id),
    assessment_id    uuid          NOT NULL REFERENCES compliance.assessment (id),
    line             int           NOT NULL,
    quantity         numeric(18,3) NOT NULL,
    value            numeric(18,2) NOT NULL,
    drawn_at         timestamptz   NOT NULL
);
CREATE INDEX drawdown_authorisation ON compliance.drawdown (authorisation_id, drawn_at DESC);

-- Reference data that ships with the product.
INSERT INTO compliance.control_entry (regime, code, parent_code, label, list_version, updated_at)
SELECT 'EU_MILITARY', 'ML' || n, NULL, l, '2025', now() FROM (VALUES
 (1, 'Smooth-bore weapons with a calibre of less than 20 mm, other arms and automatic weapons with a calibre of 12.7 mm or less'),
 (2, 'Smooth-bore weapons with a calibre of 20 mm or more, other weapons or armament with a calibre greater than 12.7 mm'),
 (3, 'Ammunition and fuze setting devices'),
 (4, 'Bombs, torpedoes, rockets, missiles, other explosive devices and charges'),
 (5, 'Fire control and related alerting and warning equipment'),
 (6, 'Ground vehicles and components'),
 (7, 'Chemical agents, biological agents, riot control agents, radioactive materials'),
 (8, 'Energetic materials'),
 (9, 'Vessels of war, special naval equipment, accessories and components'),
 (10, 'Aircraft, lighter-than-air vehicles, unmanned aerial vehicles, aero-engines and aircraft equipment'),
 (11, 'Electronic equipment, spacecraft and components'),
 (12, 'High velocity kinetic energy weapon systems'),
 (13, 'Armoured or protective equipment, constructions and components'),
 (14, 'Specialised equipment for military training or for simulating military scenarios'),
 (15, 'Imaging or countermeasure equipment'),
 (16, 'Forgings, castings and other unfinished products specially designed for ML1 to ML4, ML6, ML9, ML10, ML12 or ML19'),
 (17, 'Miscellaneous equipment, materials and libraries'),
 (18, 'Production equipment and components'),
 (19, 'Directed energy weapon systems'),
 (20, 'Cryogenic and superconductive equipment'),
 (21, 'Software'),
 (22, 'Technology')) AS m(n, l);

INSERT INTO compliance.control_entry (regime, code, parent_code, label, list_version, updated_at)
SELECT 'USML', 'Cat ' || c, NULL, l, 'ITAR 22 CFR 121', now() FROM (VALUES
 ('I', 'Firearms and related articles'), ('II', 'Guns and armament'), ('III', 'Ammunition and ordnance'),
 ('IV', 'Launch vehicles, guided missiles, ballistic missiles, rockets, torpedoes, bombs, and mines'),
 ('V', 'Explosives and energetic materials, propellants, incendiary agents, and their constituents'),
 ('VI', 'Surface vessels of war and special naval equipment'), ('VII', 'Ground vehicles'),
 ('VIII', 'Aircraft and related articles'), ('IX', 'Military training equipment and training'),
 ('X', 'Personal protective equipment'), ('XI', 'Military electronics'),
 ('XII', 'Fire control, laser, imaging, and guidance equipment'), ('XIII', 'Materials and miscellaneous articles'),
 ('XIV', 'Toxicological agents and equipment'), ('XV', 'Spacecraft and related articles'),
 ('XVI', 'Nuclear weapons related articles'), ('XVII', 'Classified articles, technical data, and defense services'),
 ('XVIII', 'Directed energy weapons'), ('XIX', 'Gas turbine engines and associated equipment'),
 ('XX', 'Submersible vessels and related articles'), ('XXI', 'Articles, technical data, and defense services not otherwise enumerated')) AS u(c, l);

INSERT INTO compliance.control_entry (regime, code, parent_code, label, list_version, updated_at) VALUES
 ('EAR99', 'EAR99', NULL, 'Subject to the EAR but not on the Commerce Control List', 'EAR', now()),
 ('NOT_CONTROLLED', 'NLR', NULL, 'Not controlled: on no control list', '-', now());

INSERT INTO compliance.embargo (country, source, changed_by_name, changed_at) VALUES
 ('RU', 'Council Decision 2014/512/CFSP (arms embargo, dual-use export ban)', 'system', now()),
 ('BY', 'Council Decision 2012/642/CFSP', 'system', now()),
 ('IR', 'Council Decision 2010/413/CFSP', 'system', now()),
 ('KP', 'Council Decision (CFSP) 2016/849; UNSCR 1718', 'system', now()),
 ('SY', 'Council Decision 2013/255/CFSP', 'system', now()),
 ('MM', 'Council Decision 2013/184/CFSP', 'system', now()),
 ('VE', 'Council Decision (CFSP) 2017/2074', 'system', now());

INSERT INTO compliance.rule (code, enabled, outcome, parameter, changed_by_name, changed_at) VALUES
 ('embargo', true, 'BLOCKED', '', 'system', now()),
 ('eu-members', true, 'BLOCKED', 'AT,BE,BG,CY,CZ,DE,DK,EE,ES,FI,FR,GR,HR,HU,IE,IT,LT,LU,LV,MT,NL,PL,PT,RO,SE,SI,SK', 'system', now()),
 ('annex-iv', true, 'BLOCKED', '0A,0B,0C,0D,0E,1A007,1C239,1C351,1C353,1C354,5A001.a.2,5A003,5D001.a,5E001.a,6A001.a.1,6A008.l.3,7E104,9A009.a,9A117', 'system', now()),
 ('licence-required', true, 'BLOCKED', '', 'system', now()),
 ('unclassified', true, 'HELD', '', 'system', now()),
 ('end-user-certificate', true, 'HELD', '', 'system', now()),
 ('ear-de-minimis', true, 'BLOCKED', '25', 'system', now()),
 ('ear-de-minimis-strict', true, 'BLOCKED', 'CU,IR,KP,SY,RU,BY:10', 'system', now()),
 ('party-screening', true, 'HELD', '', 'system', now());
