-- Where each unit (any identifier named as epcList, parentID or outputEPCList) is now: its latest event's
-- step, disposition and place, its latest shipment's destination and its latest acceptance decision.
-- Maintained at capture (EventWriter), so recall reads one row per unit instead of replaying histories.
create table traceability.positions (
    key            text        primary key,
    event_time     timestamptz not null,
    biz_step       text,
    disposition    text,
    biz_location   text,
    shipped_time   timestamptz,
    shipped_to     text,
    accepting_time timestamptz,
    accepted       boolean     not null default false
) with (fillfactor = 80);

-- the events stored before this table existed
insert into traceability.positions (key, event_time, biz_step, disposition, biz_location)
select distinct on (k.key) k.key, e.event_time, e.biz_step, e.disposition, e.biz_location
from traceability.event_keys k
join traceability.events e on e.record_time = k.record_time and e.id = k.event
where k.role in ('e', 'p', 'o')
order by k.key, e.event_time desc;

update traceability.positions p set shipped_time = s.event_time, shipped_to = s.destination
from (select distinct on (k.key) k.key, e.event_time, d.key as destination
      from traceability.event_keys k
      join traceability.events e on e.record_time = k.record_time and e.id = k.event
      join traceability.event_keys d on d.event = e.id and d.record_time = e.record_time and d.role = 'd'
      where k.role in ('e', 'p', 'o') and (e.biz_step = 'shipping' or e.biz_step like '%BizStep-shipping')
      order by k.key, e.event_time desc, (d.key like 'urn:jointline:organisation:%') desc) s
where s.key = p.key;

update traceability.positions p set accepting_time = a.event_time,
       accepted = coalesce(a.disposition not in ('non_conformant', 'https://ref.gs1.org/cbv/Disp-non_conformant'), true)
from (select distinct on (k.key) k.key, e.event_time, e.disposition
      from traceability.event_keys k
      join traceability.events e on e.record_time = k.record_time and e.id = k.event
      where k.role in ('e', 'p', 'o') and (e.biz_step = 'accepting' or e.biz_step like '%BizStep-accepting')
      order by k.key, e.event_time desc) a
where a.key = p.key;
