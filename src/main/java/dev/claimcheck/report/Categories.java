package dev.claimcheck.report;

import java.util.List;

/** The finding categories of the report contract. A rule must declare exactly one of these. */
public final class Categories {
    public static final String UNSUPPORTED_ASSERTION = "unsupported-assertion";
    public static final String WEAK_SOURCING = "weak-sourcing";
    public static final String DUPLICATED_SOURCING = "duplicated-sourcing";
    public static final String INCONSISTENCY = "inconsistency";
    public static final String MISSING_CONTEXT = "missing-context";
    public static final String STRUCTURE = "structure";
    public static final List<String> ALL = List.of(UNSUPPORTED_ASSERTION, WEAK_SOURCING, DUPLICATED_SOURCING,
            INCONSISTENCY, MISSING_CONTEXT, STRUCTURE);

    private Categories() {
    }
}
