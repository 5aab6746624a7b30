package org.jointline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far, read from the JVM and from {@code /proc} (Linux): this JVM in all, its JIT compiler threads,
 * and every local {@code postgres} process (the embedded server and its backends). Subtract two readings for a run.
 */
record CpuUse(long jvmNanos, long jitTicks, long postgresTicks) {

    /** Linux's USER_HZ: {@code /proc} counts CPU time in hundredths of a second. */
    private static final int TICKS_PER_SECOND = 100;

    static CpuUse now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new CpuUse(jvm, ticks(Path.of("/proc/self/task"), "C[12] CompilerThre.*"), ticks(Path.of("/proc"), "postgres"));
    }

    double jvmMs(CpuUse before) {
        return (jvmNanos - before.jvmNanos) / 1e6;
    }

    double jitMs(CpuUse before) {
        return (jitTicks - before.jitTicks) * 1000.0 / TICKS_PER_SECOND;
    }

    /** Negative where {@code /proc} could not be read. */
    double postgresMs(CpuUse before) {
        return postgresTicks < 0 ? -1 : (postgresTicks - before.postgresTicks) * 1000.0 / TICKS_PER_SECOND;
    }

    /** User and system ticks of the numbered entries of a folder whose name (the {@code comm} field) matches. */
    private static long ticks(Path folder, String name) {
        long sum = 0;
        try (var entries = Files.newDirectoryStream(folder, "[0-9]*")) {
            for (Path entry : entries) {
                sum += ticksOf(entry, name);
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return sum;
    }

    private static long ticksOf(Path entry, String name) {
        try {
            String stat = Files.readString(entry.resolve("stat"));
            if (!stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).matches(name)) {
                return 0;
            }
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // it ended meanwhile
        }
    }
}
