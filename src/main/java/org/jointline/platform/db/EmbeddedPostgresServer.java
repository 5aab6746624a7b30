package org.jointline.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM, so that several
 * application contexts (tests) share it; stopped when the last context using it closes,
 * after its connection pool, so that nothing is cut off while Spring shuts down.
 */
final class EmbeddedPostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();
    private static final Map<Path, Integer> USERS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopAtExit, "embedded-postgres-stop"));
    }

    private EmbeddedPostgresServer() {
    }

    /**
     * At JVM exit the application contexts close in their own shutdown hooks, concurrently with this
     * one: give them time to release their servers (pools first), then stop whatever is left.
     */
    private static void stopAtExit() {
        long deadline = System.currentTimeMillis() + 15_000;
        synchronized (EmbeddedPostgresServer.class) {
            while (!SERVERS.isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    EmbeddedPostgresServer.class.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            SERVERS.values().forEach(EmbeddedPostgresServer::close);
            SERVERS.clear();
        }
    }

    /** The server for the directory, started if need be; each caller must {@link #release} it. */
    static synchronized EmbeddedPostgres acquire(Path directory, boolean clean, int port) {
        Path key = directory.toAbsolutePath().normalize();
        EmbeddedPostgres server = SERVERS.computeIfAbsent(key, dir -> start(dir, clean, port));
        USERS.merge(key, 1, Integer::sum);
        return server;
    }

    /** Stops the server once its last user (application context) has closed its connections. */
    static synchronized void release(Path directory) {
        Path key = directory.toAbsolutePath().normalize();
        if (USERS.merge(key, -1, Integer::sum) <= 0) {
            USERS.remove(key);
            EmbeddedPostgres server = SERVERS.remove(key);
            if (server != null) {
                close(server);
            }
            EmbeddedPostgresServer.class.notifyAll();
        }
    }

    private static EmbeddedPostgres start(Path directory, boolean clean, int port) {
        try {
            Files.createDirectories(directory);
            stopOrphan(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", clean ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            LOG.info("Embedded PostgreSQL on port {} with data in {}", server.getPort(), directory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    /** A previous run killed hard may have left its postmaster running on our directory. */
    private static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!first.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive).ifPresent(process -> {
            LOG.warn("Stopping PostgreSQL process {} left over from an earlier run", process.pid());
            process.destroy();
            process.onExit().join();
        });
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
