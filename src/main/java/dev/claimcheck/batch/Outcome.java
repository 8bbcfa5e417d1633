package dev.claimcheck.batch;

import dev.claimcheck.report.VerificationReport;

/**
 * What happened to one work unit: a report, a skip (--resume found an up-to-date report), or an error.
 *
 * @param millis wall-clock time spent on the unit (load + extract + check + write)
 */
public record Outcome(WorkUnit unit, VerificationReport report, String error, boolean skipped, double millis) {
    public boolean failed() {
        return error != null;
    }

    static Outcome ok(WorkUnit unit, VerificationReport report, double millis) {
        return new Outcome(unit, report, null, false, millis);
    }

    static Outcome error(WorkUnit unit, String error, double millis) {
        return new Outcome(unit, null, error, false, millis);
    }

    static Outcome skip(WorkUnit unit) {
        return new Outcome(unit, null, null, true, 0);
    }
}
