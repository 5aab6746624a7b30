package org.jointline.traceability.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Keeps {@code positions} (where each unit is now: latest step and place, latest shipment's destination,
 * latest acceptance) up to date as events are written: one upsert per batch, the batch's events folded
 * per identifier first. An event older than what is recorded (captured late) changes nothing it precedes.
 */
@Component
class Positions {

    private static final String UNIT_ROLES = "epo";

    private final JdbcClient jdbc;

    Positions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Position {
        OffsetDateTime time;
        String step;
        String disposition;
        String location;
        OffsetDateTime shippedTime;
        String shippedTo;
        OffsetDateTime acceptingTime;
        boolean accepted;
    }

    void record(List<StoredEvent> events, Set<UUID> fresh) {
        Map<String, Position> positions = new LinkedHashMap<>();
        for (StoredEvent event : events) {
            if (!fresh.contains(event.id())) {
                continue;
            }
            boolean shipping = is(event.bizStep(), "shipping");
            boolean accepting = is(event.bizStep(), "accepting");
            String destination = shipping ? destination(event.content()) : null;
            for (StoredEvent.Key key : event.keys()) {
                if (UNIT_ROLES.indexOf(key.role()) < 0) {
                    continue;
                }
                Position p = positions.computeIfAbsent(key.key(), k -> new Position());
                OffsetDateTime time = event.eventTime();
                if (p.time == null || !time.isBefore(p.time)) {
                    p.time = time;
                    p.step = event.bizStep();
                    p.disposition = event.disposition();
                    p.location = event.bizLocation();
                }
                if (destination != null && (p.shippedTime == null || !time.isBefore(p.shippedTime))) {
                    p.shippedTime = time;
                    p.shippedTo = destination;
                }
                if (accepting && (p.acceptingTime == null || !time.isBefore(p.acceptingTime))) {
                    p.acceptingTime = time;
                    p.accepted = !is(event.disposition(), "non_conformant");
                }
            }
        }
        if (!positions.isEmpty()) {
            upsert(positions);
        }
    }

    private void upsert(Map<String, Position> positions) {
        int n = positions.size();
        String[] keys = new String[n];
        String[] times = new String[n];
        String[] steps = new String[n];
        String[] dispositions = new String[n];
        String[] locations = new String[n];
        String[] shippedTimes = new String[n];
        String[] shippedTo = new String[n];
        String[] acceptingTimes = new String[n];
        String[] accepted = new String[n];
        int i = 0;
        for (var entry : positions.entrySet()) {
            Position p = entry.getValue();
            keys[i] = entry.getKey();
            times[i] = p.time.toString();
            steps[i] = p.step;
            dispositions[i] = p.disposition;
            locations[i] = p.location;
            shippedTimes[i] = p.shippedTime == null ? null : p.shippedTime.toString();
            shippedTo[i] = p.shippedTo;
            acceptingTimes[i] = p.acceptingTime == null ? null : p.acceptingTime.toString();
            accepted[i] = String.valueOf(p.accepted);
            i++;
        }
        jdbc.sql("""
                insert into traceability.positions as p (key, event_time, biz_step, disposition, biz_location,
                                                         shipped_time, shipped_to, accepting_time, accepted)
                select * from unnest(CAST(:keys AS TEXT[]), CAST(CAST(:times AS TEXT[]) AS TIMESTAMPTZ[]),
                                     CAST(:steps AS TEXT[]), CAST(:dispositions AS TEXT[]), CAST(:locations AS TEXT[]),
                                     CAST(CAST(:shippedTimes AS TEXT[]) AS TIMESTAMPTZ[]), CAST(:shippedTo AS TEXT[]),
                                     CAST(CAST(:acceptingTimes AS TEXT[]) AS TIMESTAMPTZ[]),
                                     CAST(CAST(:accepted AS TEXT[]) AS BOOLEAN[]))
                on conflict (key) do update set
                  event_time = greatest(p.event_time, excluded.event_time),
                  biz_step = case when excluded.event_time >= p.event_time then excluded.biz_step else p.biz_step end,
                  disposition = case when excluded.event_time >= p.event_time then excluded.disposition else p.disposition end,
                  biz_location = case when excluded.event_time >= p.event_time then excluded.biz_location else p.biz_location end,
                  shipped_time = case when excluded.shipped_time >= p.shipped_time or p.shipped_time is null
                                      then coalesce(excluded.shipped_time, p.shipped_time) else p.shipped_time end,
                  shipped_to = case when excluded.shipped_time >= p.shipped_time
                                         or (p.shipped_time is null and excluded.shipped_time is not null)
                                    then excluded.shipped_to else p.shipped_to end,
                  accepting_time = case when excluded.accepting_time >= p.accepting_time or p.accepting_time is null
                                        then coalesce(excluded.accepting_time, p.accepting_time) else p.accepting_time end,
                  accepted = case when excluded.accepting_time >= p.accepting_time
                                       or (p.accepting_time is null and excluded.accepting_time is not null)
                                  then excluded.accepted else p.accepted end""")
                .param("keys", keys).param("times", times).param("steps", steps).param("dispositions", dispositions)
                .param("locations", locations).param("shippedTimes", shippedTimes).param("shippedTo", shippedTo)
                .param("acceptingTimes", acceptingTimes).param("accepted", accepted).update();
    }

    /** The organisation the goods go to (owning_party) if named, else the first destination. */
    private static String destination(JsonNode event) {
        String first = null;
        for (JsonNode destination : event.path("destinationList").values()) {
            String id = destination.path("destination").asString(null);
            if (id == null) {
                continue;
            }
            if (is(destination.path("type").asString(""), "owning_party")) {
                return id;
            }
            if (first == null) {
                first = id;
            }
        }
        return first;
    }

    /** A CBV term, bare or as its URI (…/BizStep-shipping, …/Disp-non_conformant, …/SDT-owning_party). */
    private static boolean is(String value, String term) {
        return value != null && (value.equals(term) || value.endsWith("-" + term));
    }
}
