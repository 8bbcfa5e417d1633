package dev.claimcheck.report;

import java.util.List;
import java.util.Locale;

/** Finding severities, most severe first. NEVER is only a --fail-on threshold. */
public enum Severity {
    ERROR, WARNING, INFO, NEVER;

    public static final List<String> NAMES = List.of("error", "warning", "info");

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown severity '" + s + "' (expected error, warning or info)");
        }
    }

    /** True when a finding of severity {@code s} is at or above this threshold. */
    public boolean isReachedBy(String s) {
        return this != NEVER && parse(s).ordinal() <= ordinal();
    }
}
