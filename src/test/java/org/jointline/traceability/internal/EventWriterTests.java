package org.jointline.traceability.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.platform.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few events are INSERTed, many are streamed with COPY: both ways store the same rows (times rounded alike,
 * identifiers, links, nulls) and both skip an eventID stored before.
 */
@JointlineTest
class EventWriterTests {

    @Autowired EventWriter writer;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired TransactionTemplate transactions;

    @Test
    void fewAndManyEventsAreStoredAlike() {
        String tag = UUID.randomUUID().toString();
        UUID owner = UUID.randomUUID();
        List<StoredEvent> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(event(tag, "many-" + i));
        }
        EventWriter.Written copied = transactions.execute(s -> writer.write(many, owner, null, null));
        EventWriter.Written inserted = transactions.execute(s -> writer.write(List.of(event(tag, "few-0")), owner, null, null));
        assertThat(copied.stored()).hasSize(20);
        assertThat(inserted.stored()).hasSize(1);

        assertThat(row(tag + "few-0")).isEqualTo(row(tag + "many-0")).contains("2026-03-01 10:00:00.123457+00");
        assertThat(keys(tag + "few-0")).isEqualTo(keys(tag + "many-0")).hasSize(2);
        assertThat(links(tag + "few-0")).isEqualTo(links(tag + "many-0")).hasSize(1);

        EventWriter.Written again = transactions.execute(s -> writer.write(List.of(event(tag, "few-0"), event(tag, "few-1")),
                owner, null, null));
        assertThat(again.duplicates()).hasSize(1);
        assertThat(again.stored()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM traceability.events WHERE event_id LIKE :tag").param("tag", tag + "%")
                .query(Long.class).single()).isEqualTo(22);
        assertThat(count("event_keys", "key", tag)).as("no identifier row for the duplicate").isEqualTo(44);
        assertThat(count("links", "child", tag)).as("no link for the duplicate").isEqualTo(22);
    }

    private long count(String table, String column, String tag) {
        return jdbc.sql("SELECT count(*) FROM traceability." + table + " WHERE " + column + " LIKE :tag")
                .param("tag", "%" + tag + "%").query(Long.class).single();
    }

    /** An aggregation: the same content apart from the eventID; a time finer than a microsecond. */
    private StoredEvent event(String tag, String name) {
        ObjectNode event = (ObjectNode) json.readTree("""
                {"type": "AggregationEvent", "eventID": "%s", "action": "ADD",
                 "eventTime": "2026-03-01T12:00:00.1234567+02:00", "eventTimeZoneOffset": "+02:00",
                 "parentID": "urn:jointline:unit:%s", "childEPCs": ["urn:jointline:part:%s"],
                 "bizStep": "installing", "disposition": "in_progress"}""".formatted(tag + name, tag, tag));
        return StoredEvent.of(Ids.next(), event);
    }

    private String row(String eventId) {
        return jdbc.sql("""
                SELECT concat_ws('|', event_type, action, event_time, biz_step, disposition, coalesce(read_point, 'null'),
                       coalesce(biz_location, 'null'), owner, coalesce(capture::text, 'null'), content - 'eventID',
                       coalesce(context::text, 'null'))
                FROM traceability.events WHERE event_id = :id""").param("id", eventId).query(String.class).single();
    }

    private List<String> keys(String eventId) {
        return jdbc.sql("""
                SELECT k.key || ' ' || k.role || ' ' || (k.record_time = e.record_time) FROM traceability.event_keys k
                JOIN traceability.events e ON e.id = k.event WHERE e.event_id = :id ORDER BY k.role""")
                .param("id", eventId).query(String.class).list();
    }

    private List<String> links(String eventId) {
        return jdbc.sql("""
                SELECT l.child || ' ' || l.parent || ' ' || l.event_time || ' ' || l.owner || ' ' || (l.event_time = e.event_time)
                FROM traceability.links l JOIN traceability.events e ON e.id = l.event WHERE e.event_id = :id""")
                .param("id", eventId).query(String.class).list();
    }
}
