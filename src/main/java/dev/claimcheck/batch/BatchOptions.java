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

    public Path reportPath(WorkUnit unit) {
        return outDir.resolve(unit.outputStem() + extension);
    }
}
