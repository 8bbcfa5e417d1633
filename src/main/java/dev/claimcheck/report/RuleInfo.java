package dev.claimcheck.report;

/**
 * What a report says about a rule: its metadata as declared in its DRL.
 *
 * @param fix          how to fix what the rule finds ({@code @fix}); the default suggestion of its findings, may be null
 * @param precision    the rule's precision measured on editor-judged real articles ({@code @precision}), the base
 *                     confidence of its findings; NaN when not measured yet (see {@link #measured()})
 * @param experimental {@code @experimental(true)}: below the precision bar, off unless a config enables it
 */
public record RuleInfo(String id, String category, String severity, String description, String file, String fix,
                       double precision, boolean experimental) {
    /** The confidence of a rule's findings before its precision has been measured. */
    public static final double UNMEASURED_CONFIDENCE = 0.5;

    public RuleInfo(String id, String category, String severity, String description, String file, String fix) {
        this(id, category, severity, description, file, fix, Double.NaN, false);
    }

    public RuleInfo(String id, String category, String severity, String description, String file) {
        this(id, category, severity, description, file, null);
    }

    /** Whether the rule's precision has been measured on judged articles. */
    public boolean measured() {
        return !Double.isNaN(precision);
    }

    /** The base confidence of the rule's findings: its measured precision, or an even chance before it is measured. */
    public double confidence() {
        return measured() ? precision : UNMEASURED_CONFIDENCE;
    }
}
