package org.jointline.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.jointline.platform.Actor;
import org.jointline.platform.security.Accounts;
import org.jointline.traceability.CaptureJob;
import org.jointline.traceability.EpcisCapture;
import org.jointline.traceability.EpcisQueries;
import org.jointline.traceability.Identifiers;
import org.jointline.traceability.Recall;
import org.jointline.traceability.RecallQuestion;
import org.jointline.traceability.RecallResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EPCIS capture throughput beside raw PostgreSQL COPY of the same rows, MATCH_anyEPC query latency and
 * full recall of a lot, on {@link ProgrammeData} of the size in {@code -Dbench.size} (small, medium,
 * year or a number of units; default medium), with the application's memory during capture.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class TraceabilityBench {

    private static final int DOCUMENT = 10_000;
    private static final int BASELINE_EVENTS = 200_000;

    @Autowired EpcisCapture capture;
    @Autowired EpcisQueries queries;
    @Autowired Recall recall;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired DataSource dataSource;

    @Test
    void captureQueryAndRecallAtProgrammeScale() throws Exception {
        String size = System.getProperty("bench.size", "medium");
        Actor operator = accounts.byUsername("operator.ro").orElseThrow().actor();
        Actor office = accounts.byUsername("office.ro").orElseThrow().actor();
        ProgrammeData data = new ProgrammeData(ProgrammeData.units(size),
                Identifiers.organisation(operator.organisationId()), "urn:jointline:organisation:bench-customer");

        List<UUID> captures = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        long[] memory = new long[2];
        data.events(DOCUMENT, batch -> {
            byte[] body = ProgrammeData.document(batch).getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            JsonNode document = json.readTree(body);
            CaptureJob job = capture.capture(operator, document, EpcisCapture.ROLLBACK);
            CaptureJob done = await(operator, job.captureID());
            nanos.add(System.nanoTime() - start);
            assertThat(done.success()).as("%s", done.errors()).isTrue();
            captures.add(job.captureID());
            counts.add(batch.size());
            memory[0] = Math.max(memory[0], heapUsed());
            memory[1] = Math.max(memory[1], residentKb());
        });
        long events = counts.stream().mapToLong(Integer::longValue).sum();
        double seconds = nanos.stream().mapToLong(Long::longValue).sum() / 1e9;
        String description = "%s: %,d units, %,d events in documents of %,d (ProgrammeData), %s".formatted(size,
                data.units(), events, DOCUMENT, load());
        BenchResults.record("epcis-capture", "throughput", events / seconds, "events/s", description,
                "parse + validate + CBV hash + COPY of events, keys, links; job polled to completion");

        int baselineDocuments = Math.max(1, Math.min(captures.size(), BASELINE_EVENTS / DOCUMENT));
        double appSeconds = nanos.subList(0, baselineDocuments).stream().mapToLong(Long::longValue).sum() / 1e9;
        long appEvents = counts.subList(0, baselineDocuments).stream().mapToLong(Integer::longValue).sum();
        double copySeconds = rawCopy(captures.subList(0, baselineDocuments));
        BenchResults.record("epcis-capture-vs-copy", "application", appEvents / appSeconds, "events/s", description,
                "first " + appEvents + " events");
        BenchResults.record("epcis-capture-vs-copy", "raw COPY", appEvents / copySeconds, "events/s", description,
                "the same rows (events, keys, ids, links, positions) COPYed into plain tables with the same indexes");
        BenchResults.record("epcis-capture-vs-copy", "ratio", copySeconds / appSeconds, "of COPY", description, "goal >= 0.5");
        BenchResults.record("epcis-capture-memory", "max heap used", memory[0] / 1_048_576.0, "MiB", description,
                "sampled after each document; -Xmx default of the test JVM");
        BenchResults.record("epcis-capture-memory", "max resident", memory[1] / 1024.0, "MiB", description,
                "VmRSS of the JVM (the embedded PostgreSQL runs in its own processes)");
        long bytes = jdbc.sql("""
                SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'traceability' AND c.relkind = 'r'""").query(Long.class).single();
        BenchResults.record("epcis-storage", "traceability tables", bytes / 1_048_576.0, "MiB", description,
                "every table and partition of the schema, with indexes and TOAST, after capture");
        BenchResults.record("epcis-storage", "per event", (double) bytes / events, "bytes", description,
                "the year size's ~57 million events need about this × 57 M");

        Random random = new Random(7);
        double[] match = time(60, 200, () -> {
            String unit = data.unit(random.nextInt(data.units()));
            int found = queries.events(office, Map.of("MATCH_anyEPC", List.of(unit))).size();
            assertThat(found).isGreaterThan(10);
        });
        BenchResults.record("epcis-match-any-epc", "p50", match[0], "ms", description, "one unit's history, ~18 events, as office.ro");
        BenchResults.recordBelow("epcis-match-any-epc", "p99", match[1], "ms", 50, description, "200 random units");

        ProgrammeData.Part frame = data.bom().stream().filter(p -> p.number().equals("FRAME-7")).findFirst().orElseThrow();
        int[] contained = new int[1];
        double[] recalls = time(5, 30, () -> {
            String lot = data.lot(frame, random.nextInt(data.units()));
            RecallResult result = recall.recall(office, new RecallQuestion(RecallQuestion.Kind.IDENTIFIER, null, lot));
            contained[0] = result.units().size();
            assertThat(result.units()).isNotEmpty();
        });
        BenchResults.record("recall-lot", "p50", recalls[0], "ms", description,
                "a frame lot: " + contained[0] + " units with where-now, shipped-to and accepted");
        BenchResults.recordBelow("recall-lot", "p99", recalls[1], "ms", 200, description, "30 random frame lots");
    }

    private CaptureJob await(Actor actor, UUID id) {
        while (true) {
            CaptureJob job = capture.job(actor, id);
            if (!job.running()) {
                return job;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Seconds to COPY the rows those captures wrote into plain tables with the same indexes. */
    private double rawCopy(List<UUID> captureIds) throws Exception {
        UUID[] ids = captureIds.toArray(UUID[]::new);
        jdbc.sql("create schema if not exists bench").update();
        for (String table : List.of("events", "event_keys", "event_ids", "links", "positions")) {
            jdbc.sql("drop table if exists bench." + table).update();
        }
        jdbc.sql("create table bench.events (like traceability.events including defaults)").update();
        jdbc.sql("alter table bench.events add primary key (record_time, id)").update();
        jdbc.sql("create index on bench.events (event_time, id)").update();
        jdbc.sql("create index on bench.events (biz_step, event_time)").update();
        jdbc.sql("create index on bench.events (biz_location, event_time) where biz_location is not null").update();
        jdbc.sql("create index on bench.events (read_point, event_time) where read_point is not null").update();
        jdbc.sql("create index on bench.events (owner, record_time)").update();
        jdbc.sql("create table bench.event_keys (like traceability.event_keys)").update();
        jdbc.sql("create index on bench.event_keys (key, role, record_time)").update();
        jdbc.sql("create index on bench.event_keys (event)").update();
        jdbc.sql("create table bench.event_ids (like traceability.event_ids including all)").update();
        jdbc.sql("create table bench.links (like traceability.links including all)").update();
        jdbc.sql("create index on bench.links (child, parent)").update();
        jdbc.sql("create index on bench.links (parent, child)").update();
        jdbc.sql("create table bench.positions (like traceability.positions including all)").update();
        String ofCaptures = "(select id from traceability.events where capture = any(CAST('" + array(ids) + "' AS UUID[])))";
        Map<String, String> dumps = new java.util.LinkedHashMap<>();
        dumps.put("events", "select * from traceability.events where id in " + ofCaptures);
        dumps.put("event_keys", "select * from traceability.event_keys where event in " + ofCaptures);
        dumps.put("event_ids", "select * from traceability.event_ids where event in " + ofCaptures);
        dumps.put("links", "select * from traceability.links where event in " + ofCaptures);
        dumps.put("positions", "select * from traceability.positions where key in (select key from traceability.event_keys"
                + " where role in ('e', 'p', 'o') and event in " + ofCaptures + ")");
        Map<String, byte[]> rows = new java.util.LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (var dump : dumps.entrySet()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pg.getCopyAPI().copyOut("copy (" + dump.getValue() + ") to stdout with (format csv)", out);
                rows.put(dump.getKey(), out.toByteArray());
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            for (var table : rows.entrySet()) {
                pg.getCopyAPI().copyIn("copy bench." + table.getKey() + " from stdin with (format csv)",
                        new ByteArrayInputStream(table.getValue()));
            }
            connection.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static String array(UUID[] ids) {
        return "{" + String.join(",", Arrays.stream(ids).map(UUID::toString).toList()) + "}";
    }

    /** p50 and p99 in milliseconds of {@code runs} runs after {@code warmUp} runs. */
    private static double[] time(int warmUp, int runs, Runnable task) {
        for (int i = 0; i < warmUp; i++) {
            task.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)]};
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    private static String load() {
        try {
            return "load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (Exception e) {
            return "";
        }
    }
}
