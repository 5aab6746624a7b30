-- EPCIS 2.0 repository. Events are append-only and partitioned by month of record time (inserts always
-- land in the newest partition; old months can be detached or moved to cheaper storage whole).
-- Partitions are created by the application before it writes into a month (EventPartitions).

create table traceability.events (
    record_time  timestamptz not null,
    id           uuid        not null,
    event_id     text        not null,
    event_type   text        not null,
    action       text,
    event_time   timestamptz not null,
    biz_step     text,
    disposition  text,
    read_point   text,
    biz_location text,
    owner        uuid        not null,
    capture      uuid,
    content      jsonb       not null,
    context      jsonb,
    primary key (record_time, id)
) partition by range (record_time);

create index events_event_time on traceability.events (event_time, id);
create index events_biz_step on traceability.events (biz_step, event_time);
create index events_biz_location on traceability.events (biz_location, event_time) where biz_location is not null;
create index events_read_point on traceability.events (read_point, event_time) where read_point is not null;
create index events_owner on traceability.events (owner, record_time);

-- One row per identifier an event names, with its role: e = epcList, p = parentID, c = childEPCs,
-- i = inputEPCList, o = outputEPCList, q = a quantity element's class, s = source, d = destination,
-- t = business transaction. Serves every MATCH_ query, recall seeds and the "goods shipped to" grants.
create table traceability.event_keys (
    key          text        not null,
    role         char(1)     not null,
    record_time  timestamptz not null,
    event        uuid        not null
) partition by range (record_time);

create index event_keys_key on traceability.event_keys (key, role, record_time);
create index event_keys_event on traceability.event_keys (event);

-- Event identity across all months: eventID (given, or the CBV 2.0 hash) is unique here.
create table traceability.event_ids (
    event_id     text        primary key,
    record_time  timestamptz not null,
    event        uuid        not null
);

-- Containment for recall: child is (or was) inside parent, from aggregation, association and
-- transformation events. Recall walks it upwards from a lot or serial.
create table traceability.links (
    child        text        not null,
    parent       text        not null,
    event        uuid        not null,
    event_time   timestamptz not null,
    owner        uuid        not null,
    removed      boolean     not null default false
);

create index links_child on traceability.links (child, parent);
create index links_parent on traceability.links (parent, child);

-- Organisations that may see what happened to an identifier although they did not capture it
-- (goods shipped to them).
create table traceability.grants (
    key          text        not null,
    organisation uuid        not null,
    primary key (organisation, key)
);

create table traceability.capture_jobs (
    id             uuid        primary key,
    organisation   uuid        not null,
    created_at     timestamptz not null,
    finished_at    timestamptz,
    running        boolean     not null,
    success        boolean     not null,
    error_behaviour text       not null,
    event_count    integer     not null,
    captured       integer     not null default 0,
    duplicates     integer     not null default 0,
    errors         jsonb       not null default '[]'
);

create index capture_jobs_organisation on traceability.capture_jobs (organisation, created_at desc);

create table traceability.named_queries (
    organisation uuid        not null,
    name         text        not null,
    query        jsonb       not null,
    created_at   timestamptz not null,
    primary key (organisation, name)
);
