package dev.claimcheck.batch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a batch runs.
 *
 * @param threads   worker threads (articles checked at once)
 * @param timeout   per-article limit; an article over it becomes an error entry and the batch goes on
 * @param outDir    where reports are written (null: the caller prints them)
 * @param extension report file extension, e.g. ".report.json"
 * @param resume    skip units whose report in outDir is newer than their input file
 */
public record BatchOptions(int threads, Duration timeout, Path outDir, String extension, boolean resume) {
    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /**
     * Where a unit's report goes. Names are encoded so they cannot climb out (see {@link ReportNames}); this check
     * is the last line of defence for units built elsewhere (a library caller's own stems).
     *
     * @throws IllegalArgumentException if the path would leave {@code outDir}
     */
    public Path reportPath(WorkUnit unit) {
        Path root = outDir.toAbsolutePath().normalize();
        Path p = root.resolve(unit.outputStem() + extension).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("report name " + unit.outputStem() + extension + " leaves " + outDir);
        }
        return p;
    }
}
