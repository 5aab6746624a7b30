package org.jointline.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark figures of one JVM run, shared by all bench classes. Rewritten to
 * {@code target/bench/results.json} and {@code results.md} after every figure, so a crash keeps what was measured.
 */
final class BenchResults {

    /** One measured figure; {@code target} and {@code pass} are null when the figure has no target. */
    record Result(String scenario, String metric, double value, String unit, String target, Boolean pass,
                  String data, String notes) {
    }

    static final Path DIRECTORY = Path.of("target", "bench");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Instant STARTED = Instant.now();
    private static final List<Result> RESULTS = new ArrayList<>();

    private BenchResults() {
    }

    static synchronized void record(String scenario, String metric, double value, String unit, String data, String notes) {
        add(new Result(scenario, metric, round(value), unit, null, null, data, notes));
    }

    /** A figure whose target is "less than {@code limit}"; missing it is reported, not thrown. */
    static synchronized void recordBelow(String scenario, String metric, double value, String unit, double limit,
                                         String data, String notes) {
        add(new Result(scenario, metric, round(value), unit, "< " + limit + " " + unit, value < limit, data, notes));
    }

    static Map<String, Object> machine() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMiB", os.getTotalMemorySize() >> 20);
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vendor") + ")");
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        return machine;
    }

    private static void add(Result result) {
        RESULTS.add(result);
        System.out.printf("[bench] %s | %s = %s %s%s%n", result.scenario(), result.metric(), result.value(),
                result.unit(), result.target() == null ? "" : " (target " + result.target() + ": "
                        + (result.pass() ? "pass" : "FAIL") + ")");
        write();
    }

    private static void write() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("started", STARTED.toString());
        document.put("written", Instant.now().toString());
        document.put("machine", machine());
        document.put("results", RESULTS);
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve("results.json"), JSON.writeValueAsString(document));
            Files.writeString(DIRECTORY.resolve("results.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown() {
        StringBuilder md = new StringBuilder("# Benchmark results\n\nStarted " + STARTED + "; machine: " + machine()
                + "\n\n| Scenario | Metric | Value | Unit | Target | Result | Data | Notes |\n"
                + "|---|---|---:|---|---|---|---|---|\n");
        for (Result r : RESULTS) {
            String verdict = r.pass() == null ? "" : r.pass() ? "pass" : "**fail**";
            md.append("| %s | %s | %s | %s | %s | %s | %s | %s |%n".formatted(r.scenario(), r.metric(), r.value(),
                    r.unit(), r.target() == null ? "" : r.target(), verdict, text(r.data()), text(r.notes())));
        }
        return md.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value.replace("|", "\\|");
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
