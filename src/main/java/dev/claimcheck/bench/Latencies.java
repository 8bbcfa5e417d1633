package dev.claimcheck.bench;

import java.util.Arrays;

/**
 * Per-article times of a bench run, in milliseconds, and the wall-clock time of the whole run.
 *
 * @param millis    one entry per article (any order)
 * @param wallNanos from the first article started to the last finished
 */
public record Latencies(double[] millis, long wallNanos) {
    public Latencies {
        millis = millis.clone();
        Arrays.sort(millis);
    }

    public int count() {
        return millis.length;
    }

    public double articlesPerSecond() {
        return wallNanos == 0 ? 0 : millis.length / (wallNanos / 1e9);
    }

    /** Nearest-rank percentile: the smallest time at or above which {@code p} percent of articles fall. */
    public double percentile(double p) {
        if (millis.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }

    public double max() {
        return millis.length == 0 ? 0 : millis[millis.length - 1];
    }

    public double mean() {
        return Arrays.stream(millis).average().orElse(0);
    }
}
