package fr.imprimfip.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The processor time used so far by the PostgreSQL server on this machine, read from {@code /proc} (Linux): every
 * live {@code postgres} process, plus what its ended children (closed connections) left to the postmaster.
 * Benchmarks only; zero where {@code /proc} cannot be read.
 */
final class LocalPostgresCpu {

    private static final long MILLIS_PER_TICK = 10; // USER_HZ is 100 on Linux

    private LocalPostgresCpu() {
    }

    static Duration used() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                ticks += ticksOf(process);
            }
        } catch (IOException | RuntimeException unreadable) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * MILLIS_PER_TICK);
    }

    private static long ticksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!command.equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            boolean postmaster = !"postgres".equals(commandOf(Path.of("/proc", fields[1])));
            return postmaster ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own; // + cutime, cstime
        } catch (IOException | RuntimeException ended) {
            return 0;
        }
    }

    private static String commandOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        } catch (IOException | RuntimeException ended) {
            return "";
        }
    }
}
