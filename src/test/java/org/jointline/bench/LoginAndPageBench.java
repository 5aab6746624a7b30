package org.jointline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Concurrent users against the real application (child JVM, demo programme). For each user count: a login phase
 * (every user, with its own cookie jar, {@code bench.logins} times: GET /login, POST /login with office.ro/demo and
 * follow the redirect; "logins/s" counts these whole cycles) and then a page phase (every user {@code bench.iterations} times GET /programmes). Latency of
 * the login POST and of the page GET are measured separately; each phase is bounded by {@code bench.maxSeconds}.
 * A warm-up (8 users, 2 logins and {@code bench.warmup} page views each) is not recorded. Load generator and
 * application share the machine.
 */
@Tag("bench")
class LoginAndPageBench {

    private static final int[] USERS = Arrays.stream(System.getProperty("bench.users", "16,64").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    private static final int ITERATIONS = Integer.getInteger("bench.iterations", 100);
    private static final int LOGINS = Integer.getInteger("bench.logins", 5);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
    private static final Duration PHASE_LIMIT = Duration.ofSeconds(Integer.getInteger("bench.maxSeconds", 180));
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final double PAGE_P99_TARGET_MS = 200;
    private static final int PAGE_TARGET_USERS = 16;
    private static final String DATA = "demo programme (1 programme, 7 organisations, 16 people); user office.ro";

    private static AppProcess app;

    @BeforeAll
    static void startApplication() throws Exception {
        Path run = Files.createDirectories(BenchResults.DIRECTORY.resolve("login-" + System.currentTimeMillis()));
        app = AppProcess.launch(run.resolve("postgres"), run.resolve("app.log"));
        app.awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stopApplication() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void loginThenProgrammesPage() {
        List<User> warmUp = users(8);
        assertThat(run(warmUp, 2, User::login).failures()).as("warm-up login failures").isEmpty();
        assertThat(run(warmUp, WARM_UP, User::programmes).failures()).as("warm-up page failures").isEmpty();
        warmUp.forEach(User::close);
        for (int count : USERS) {
            List<User> users = users(count);
            Phase logins = run(users, LOGINS, User::login);
            Phase pages = run(users, ITERATIONS, User::programmes);
            users.forEach(User::close);
            assertThat(logins.failures()).as("login failures").isEmpty();
            assertThat(pages.failures()).as("page failures").isEmpty();
            assertThat(logins.latencies()).hasSize(count * LOGINS);
            assertThat(pages.latencies()).hasSize(count * ITERATIONS);
            report("login POST, " + count + " users", logins, "logins/s", null);
            report("GET /programmes, " + count + " users", pages, "req/s",
                    count == PAGE_TARGET_USERS ? PAGE_P99_TARGET_MS : null);
        }
    }

    private static void report(String scenario, Phase phase, String rateUnit, Double p99Target) {
        String notes = phase.latencies().size() + " timed requests, phase took " + phase.seconds() + " s";
        BenchResults.record(scenario, "p50", phase.percentile(0.50), "ms", DATA, notes);
        if (p99Target == null) {
            BenchResults.record(scenario, "p99", phase.percentile(0.99), "ms", DATA, notes);
        } else {
            BenchResults.recordBelow(scenario, "p99", phase.percentile(0.99), "ms", p99Target, DATA, notes);
        }
        BenchResults.record(scenario, "throughput", phase.latencies().size() / (phase.nanos() / 1e9), rateUnit, DATA, notes);
    }

    private static List<User> users(int count) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(new User());
        }
        return users;
    }

    /** Every user on its own virtual thread, {@code times} steps each, no new step after the phase limit. */
    private static Phase run(List<User> users, int times, Step step) {
        Queue<Long> latencies = new ConcurrentLinkedQueue<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger skipped = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + PHASE_LIMIT.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (User user : users) {
                pool.submit(() -> {
                    for (int i = 0; i < times; i++) {
                        if (System.nanoTime() > deadline) {
                            skipped.incrementAndGet();
                            continue;
                        }
                        try {
                            latencies.add(step.timed(user));
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }
        }
        List<String> problems = new ArrayList<>(failures);
        if (skipped.get() > 0) {
            problems.add(skipped.get() + " steps not run: phase limit " + PHASE_LIMIT + " reached");
        }
        return new Phase(new ArrayList<>(latencies), problems, System.nanoTime() - start);
    }

    @FunctionalInterface
    private interface Step {
        /** Runs one step and returns the measured request's latency in nanoseconds. */
        long timed(User user) throws Exception;
    }

    private record Phase(List<Long> latencies, List<String> failures, long nanos) {

        double seconds() {
            return Math.round(nanos / 1e7) / 100.0;
        }

        /** Nearest-rank percentile in milliseconds. */
        double percentile(double q) {
            List<Long> sorted = latencies.stream().sorted().toList();
            int rank = (int) Math.ceil(q * sorted.size());
            return sorted.get(Math.max(rank - 1, 0)) / 1e6;
        }
    }

    /** One browser: its own HTTP client and cookie jar. */
    private static final class User implements AutoCloseable {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        /** A fresh session: GET /login, POST /login (timed), then follows the redirect to the home page. */
        long login() throws Exception {
            cookies.getCookieStore().removeAll();
            HttpResponse<String> page = send(get(app.uri("/login")), 200);
            Element csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
            if (csrf == null) {
                throw new IllegalStateException("No _csrf input on the login page");
            }
            String form = "username=office.ro&password=demo&_csrf=" + URLEncoder.encode(csrf.attr("value"), StandardCharsets.UTF_8);
            HttpRequest post = HttpRequest.newBuilder(app.uri("/login")).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            long start = System.nanoTime();
            HttpResponse<String> loggedIn = send(post, 302);
            long latency = System.nanoTime() - start;
            String location = loggedIn.headers().firstValue("Location").orElse("");
            if (location.contains("error") || location.contains("/login")) {
                throw new IllegalStateException("Login refused, redirected to " + location);
            }
            send(get(app.uri("/login").resolve(location)), 200);
            return latency;
        }

        long programmes() throws Exception {
            long start = System.nanoTime();
            send(get(app.uri("/programmes")), 200);
            return System.nanoTime() - start;
        }

        @Override
        public void close() {
            client.close();
        }

        private static HttpRequest get(URI uri) {
            return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).build();
        }

        private HttpResponse<String> send(HttpRequest request, int expected) throws Exception {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                        + response.statusCode() + ", expected " + expected);
            }
            return response;
        }
    }
}
