package org.jointline.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real application in a child JVM: same java binary, the main classes and dependencies of the test
 * classpath, its own embedded PostgreSQL in {@code dataDirectory}, the demo programme, loopback only.
 */
final class AppProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started Jointline in ([0-9.]+) seconds");

    private final Process process;
    private final long launchedAt;
    private final Path dataDirectory;
    private final Path log;
    private final int port;

    private AppProcess(Process process, long launchedAt, Path dataDirectory, Path log, int port) {
        this.process = process;
        this.launchedAt = launchedAt;
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.port = port;
    }

    static AppProcess launch(Path dataDirectory, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", mainClasspath(), "org.jointline.Jointline",
                "--server.address=127.0.0.1", "--server.port=" + port, "--jointline.demo=true",
                "--jointline.db.embedded-directory=" + dataDirectory.toAbsolutePath(),
                "--jointline.db.embedded-port=" + freePort()));
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("JOINTLINE_"));
        long launchedAt = System.nanoTime();
        return new AppProcess(builder.start(), launchedAt, dataDirectory, log, port);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Polls the readiness probe every 50 ms; the time from launching the JVM until it answers UP. */
    Duration awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpRequest readiness = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = launchedAt + timeout.toNanos();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application exited with " + process.exitValue() + ", see " + log);
                }
                try {
                    HttpResponse<String> response = client.send(readiness, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                        return Duration.ofNanos(System.nanoTime() - launchedAt);
                    }
                } catch (IOException notListeningYet) {
                    // keep polling
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("Not ready within " + timeout + ", see " + log);
    }

    /** Spring Boot's own "Started Jointline in N seconds" (JVM start-up excluded), from the log. */
    Optional<Double> reportedStartSeconds() throws IOException {
        Matcher matcher = STARTED.matcher(Files.readString(log));
        return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
    }

    /** SIGTERM, so the application's shutdown hook stops its PostgreSQL; then waits until it has. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("The application did not stop within 60 s, see " + log);
        }
        Path postmasterPid = dataDirectory.resolve("postmaster.pid");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(postmasterPid)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL still running on " + dataDirectory);
            }
            Thread.sleep(50);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The test classpath without the test classes, so no test configuration leaks into the application. */
    private static String mainClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
