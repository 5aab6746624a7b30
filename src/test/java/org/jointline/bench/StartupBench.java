package org.jointline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up to ready of the real application in a child JVM with its embedded PostgreSQL: once into an empty
 * data directory (initdb, migrations, demo load), then {@code bench.restarts} warm restarts on the same directory.
 * Timed from launching the JVM until {@code /actuator/health/readiness} answers UP.
 */
@Tag("bench")
class StartupBench {

    private static final int RESTARTS = Integer.getInteger("bench.restarts", 2);
    private static final double WARM_TARGET_MS = 10_000;

    @Test
    void firstStartThenWarmRestarts() throws Exception {
        Path run = Files.createDirectories(BenchResults.DIRECTORY.resolve("startup-" + System.currentTimeMillis()));
        Path data = run.resolve("postgres");
        measure("start-up, first (empty database)", data, run.resolve("first.log"), false);
        for (int i = 1; i <= RESTARTS; i++) {
            measure("start-up, warm restart " + i, data, run.resolve("restart-" + i + ".log"), true);
        }
    }

    private static void measure(String scenario, Path data, Path log, boolean warm) throws Exception {
        try (AppProcess app = AppProcess.launch(data, log)) {
            Duration ready = app.awaitReady(Duration.ofMinutes(3));
            assertDemoProgrammeServed(app);
            String description = warm ? "demo programme already in the database" : "empty data directory; demo programme loaded";
            String notes = app.reportedStartSeconds().map(s -> "Spring Boot reports started in " + s + " s").orElse("");
            if (warm) {
                BenchResults.recordBelow(scenario, "launch to ready", ready.toMillis(), "ms", WARM_TARGET_MS, description, notes);
            } else {
                BenchResults.record(scenario, "launch to ready", ready.toMillis(), "ms", description, notes);
            }
        }
    }

    private static void assertDemoProgrammeServed(AppProcess app) throws Exception {
        String basic = Base64.getEncoder().encodeToString("office.ro:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/v1/programmes"))
                .header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(30)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("RO-UA-JDP");
        }
    }
}
