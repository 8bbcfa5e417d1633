package dev.claimcheck.report;

/**
 * What a report says about a rule: its metadata as declared in its DRL.
 *
 * @param fix          how to fix what the rule finds ({@code @fix}); the default suggestion of its findings, may be null
 * @param precision    the rule's precision measured on editor-judged real articles ({@code @precision}), the base
 *                     confidence of its findings; {@link #UNMEASURED} when not measured yet
 * @param experimental {@code @experimental(true)}: below the precision bar, off unless a config enables it
 */
public record RuleInfo(String id, String category, String severity, String description, String file, String fix,
                       double precision, boolean experimental) {
    /** The confidence of a rule's findings before its precision has been measured. */
    public static final double UNMEASURED = 0.5;

    public RuleInfo(String id, String category, String severity, String description, String file, String fix) {
        this(id, category, severity, description, file, fix, UNMEASURED, false);
    }

    public RuleInfo(String id, String category, String severity, String description, String file) {
        this(id, category, severity, description, file, null);
    }
}
