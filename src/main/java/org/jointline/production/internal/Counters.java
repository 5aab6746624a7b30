package org.jointline.production.internal;

import java.time.Year;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Business keys per organisation (WO-2026-00001, NC-2026-0001) and serial counters per item; gaps are harmless. */
@Repository
public class Counters {

    private final JdbcClient jdbc;

    Counters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reserves {@code count} consecutive values and returns the first. */
    public long reserve(UUID organisation, String name, long count) {
        return jdbc.sql("""
                INSERT INTO production.counter (organisation_id, name, value) VALUES (:org, :name, :count)
                ON CONFLICT (organisation_id, name) DO UPDATE SET value = production.counter.value + :count
                RETURNING value""")
                .param("org", organisation).param("name", name).param("count", count)
                .query(Long.class).single() - count + 1;
    }

    public String number(UUID organisation, String prefix, int digits) {
        int year = Year.now().getValue();
        long next = reserve(organisation, prefix + "-" + year, 1);
        return String.format("%s-%d-%0" + digits + "d", prefix, year, next);
    }
}
