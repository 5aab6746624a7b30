package org.jointline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far, read from the JVM and from {@code /proc} (Linux): this JVM in all, its JIT compiler threads,
 * the local PostgreSQL's client backends (the statements' work), and its other processes (autovacuum, checkpointer,
 * WAL writer, I/O workers). Subtract two readings for a run.
 */
record CpuUse(long jvmNanos, long jitTicks, long backendTicks, long backgroundTicks) {

    /** A client backend's process title: {@code postgres: user database host(port) state}. */
    private static final java.util.regex.Pattern BACKEND = java.util.regex.Pattern.compile("postgres: \\S+ \\S+ (\\S+\\(\\d+\\)|\\[local\\]).*");

    /** Linux's USER_HZ: {@code /proc} counts CPU time in hundredths of a second. */
    private static final int TICKS_PER_SECOND = 100;

    static CpuUse now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long all = ticks(Path.of("/proc"), "postgres", null);
        long backends = ticks(Path.of("/proc"), "postgres", BACKEND);
        return new CpuUse(jvm, ticks(Path.of("/proc/self/task"), "C[12] CompilerThre.*", null), backends,
                all < 0 ? -1 : all - backends);
    }

    double jvmMs(CpuUse before) {
        return (jvmNanos - before.jvmNanos) / 1e6;
    }

    double jitMs(CpuUse before) {
        return (jitTicks - before.jitTicks) * 1000.0 / TICKS_PER_SECOND;
    }

    /** The client backends'; negative where {@code /proc} could not be read. */
    double backendsMs(CpuUse before) {
        return backendTicks < 0 ? -1 : (backendTicks - before.backendTicks) * 1000.0 / TICKS_PER_SECOND;
    }

    /** PostgreSQL's other processes'; negative where {@code /proc} could not be read. */
    double backgroundMs(CpuUse before) {
        return backgroundTicks < 0 ? -1 : (backgroundTicks - before.backgroundTicks) * 1000.0 / TICKS_PER_SECOND;
    }

    /**
     * User and system ticks of the numbered entries of a folder whose name (the {@code comm} field) matches, and whose
     * command line matches too where a pattern is given.
     */
    private static long ticks(Path folder, String name, java.util.regex.Pattern title) {
        long sum = 0;
        try (var entries = Files.newDirectoryStream(folder, "[0-9]*")) {
            for (Path entry : entries) {
                sum += ticksOf(entry, name, title);
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return sum;
    }

    private static long ticksOf(Path entry, String name, java.util.regex.Pattern title) {
        try {
            String stat = Files.readString(entry.resolve("stat"));
            if (!stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).matches(name)) {
                return 0;
            }
            if (title != null && !title.matcher(Files.readString(entry.resolve("cmdline")).replace('\0', ' ').strip()).matches()) {
                return 0;
            }
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // it ended meanwhile
        }
    }
}
