package dev.claimcheck.batch;

import dev.claimcheck.report.VerificationReport;

import java.util.List;

/**
 * What happened to one work unit: a report, a skip (--resume found an up-to-date report), or an error; and any
 * warnings from loading it (repairs made to the input, which was still checked).
 *
 * @param millis wall-clock time spent on the unit (load + extract + check + write)
 */
public record Outcome(WorkUnit unit, VerificationReport report, String error, boolean skipped, double millis,
                      List<String> warnings) {
    public Outcome {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean failed() {
        return error != null;
    }

    static Outcome ok(WorkUnit unit, VerificationReport report, double millis, List<String> warnings) {
        return new Outcome(unit, report, null, false, millis, warnings);
    }

    static Outcome error(WorkUnit unit, String error, double millis, List<String> warnings) {
        return new Outcome(unit, null, error, false, millis, warnings);
    }

    static Outcome skip(WorkUnit unit) {
        return new Outcome(unit, null, null, true, 0, List.of());
    }
}
