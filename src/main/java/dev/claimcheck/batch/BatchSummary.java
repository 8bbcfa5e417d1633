package dev.claimcheck.batch;

import dev.claimcheck.report.Categories;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Running totals of a batch, fed one outcome at a time (so it costs the same for ten articles or a million): what
 * was checked, what was found, what failed and why, the slowest articles and the throughput.
 */
public final class BatchSummary {
    private static final int SLOWEST = 5;
    private final long startNanos = System.nanoTime();
    private int articles;
    private int skipped;
    private int warnings;
    private long claims;
    private long findings;
    private final Map<String, Long> bySeverity = new LinkedHashMap<>();
    private final Map<String, Long> byCategory = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final PriorityQueue<Outcome> slowest = new PriorityQueue<>(Comparator.comparingDouble(Outcome::millis));

    public BatchSummary() {
        Severity.NAMES.forEach(s -> bySeverity.put(s, 0L));
        Categories.ALL.forEach(c -> byCategory.put(c, 0L));
    }

    public void add(Outcome o) {
        warnings += o.warnings().size();
        if (o.skipped()) {
            skipped++;
            return;
        }
        if (o.failed()) {
            failures.add(o.error());
            return;
        }
        articles++;
        claims += o.report().summary().claims();
        findings += o.report().findings().size();
        for (Finding f : o.report().findings()) {
            bySeverity.merge(f.severity(), 1L, Long::sum);
            byCategory.merge(f.category(), 1L, Long::sum);
        }
        slowest.add(o);
        if (slowest.size() > SLOWEST) {
            slowest.poll();
        }
    }

    /** Records a failure that happened before any unit could be formed (a missing path). */
    public void addFailure(String message) {
        failures.add(message);
    }

    public int articles() {
        return articles;
    }

    /** Inputs repaired while loading (e.g. lone surrogates replaced): checked, and warned about. */
    public int warnings() {
        return warnings;
    }

    public int skipped() {
        return skipped;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public long findings() {
        return findings;
    }

    /** The summary for a terminal: several lines, no trailing newline. */
    public String render() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d article(s) checked, %d skipped as up to date, %d failed; %d claims, %d findings",
                articles, skipped, failures.size(), claims, findings));
        if (warnings > 0) {
            sb.append(String.format(Locale.ROOT, "; %d input warning(s)", warnings));
        }
        sb.append(String.format(Locale.ROOT, "%n  by severity: %s%n  by category: %s", counts(bySeverity), counts(byCategory)));
        if (!slowest.isEmpty()) {
            List<Outcome> top = new ArrayList<>(slowest);
            top.sort(Comparator.comparingDouble(Outcome::millis).reversed());
            sb.append(String.format("%n  slowest:"));
            top.forEach(o -> sb.append(String.format(Locale.ROOT, "%n    %8.1f ms  %s", o.millis(), o.unit().path())));
        }
        sb.append(String.format(Locale.ROOT, "%n  %.1f s, %.1f articles/s", seconds, seconds > 0 ? articles / seconds : 0));
        if (!failures.isEmpty()) {
            sb.append(String.format("%n  failed:"));
            failures.forEach(f -> sb.append(String.format("%n    %s", f)));
        }
        return sb.toString();
    }

    private static String counts(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
