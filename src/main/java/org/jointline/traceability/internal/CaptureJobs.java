package org.jointline.traceability.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.traceability.CaptureJob;
import org.jointline.traceability.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Capture jobs, so a client can follow an asynchronous capture (GET /epcis/capture/{id}). */
@Repository
public class CaptureJobs {

    private static final String COLUMNS = "id, created_at, finished_at, running, success, error_behaviour, event_count, captured, duplicates, errors";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /** Jobs this instance is running, answered from memory while clients poll them (no query per poll). */
    private final java.util.Map<UUID, Running> running = new java.util.concurrent.ConcurrentHashMap<>();

    private record Running(CaptureJob job, UUID organisation) {
    }

    CaptureJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public CaptureJob start(UUID id, UUID organisation, String behaviour, int eventCount, List<Violation> errors) {
        jdbc.sql("""
                insert into traceability.capture_jobs (id, organisation, created_at, running, success, error_behaviour, event_count, errors)
                values (:id, :organisation, :now, true, :success, :behaviour, :count, CAST(:errors AS JSONB))""")
                .param("id", id).param("organisation", organisation).param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("success", errors.isEmpty()).param("behaviour", behaviour).param("count", eventCount)
                .param("errors", json.writeValueAsString(errors)).update();
        CaptureJob job = find(id).orElseThrow();
        running.put(id, new Running(job, organisation));
        return job;
    }

    public void finish(UUID id, int captured, int duplicates, Violation failure) {
        try {
            update(id, captured, duplicates, failure);
        } finally {
            running.remove(id);
        }
    }

    private void update(UUID id, int captured, int duplicates, Violation failure) {
        List<Violation> errors = new ArrayList<>(find(id).orElseThrow().errors());
        if (failure != null) {
            errors.add(failure);
        }
        jdbc.sql("""
                update traceability.capture_jobs set running = false, finished_at = :now, captured = :captured,
                  duplicates = :duplicates, success = :success, errors = CAST(:errors AS JSONB) where id = :id""")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("captured", captured)
                .param("duplicates", duplicates).param("success", errors.isEmpty())
                .param("errors", json.writeValueAsString(errors)).param("id", id).update();
    }

    public Optional<CaptureJob> find(UUID id) {
        Running job = running.get(id);
        if (job != null) {
            return Optional.of(job.job());
        }
        return jdbc.sql("select " + COLUMNS + " from traceability.capture_jobs where id = :id").param("id", id)
                .query(this::job).optional();
    }

    public UUID organisationOf(UUID id) {
        Running job = running.get(id);
        if (job != null) {
            return job.organisation();
        }
        return jdbc.sql("select organisation from traceability.capture_jobs where id = :id").param("id", id)
                .query(UUID.class).single();
    }

    public List<CaptureJob> of(UUID organisation, int limit) {
        return jdbc.sql("select " + COLUMNS + " from traceability.capture_jobs where organisation = :organisation order by created_at desc limit :limit")
                .param("organisation", organisation).param("limit", limit).query(this::job).list();
    }

    private CaptureJob job(ResultSet rs, int row) throws SQLException {
        return new CaptureJob(rs.getObject("id", UUID.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getBoolean("running"), rs.getBoolean("success"),
                rs.getString("error_behaviour"), rs.getInt("event_count"), rs.getInt("captured"),
                rs.getInt("duplicates"), json.readValue(rs.getString("errors"), new TypeReference<List<Violation>>() { }));
    }
}
