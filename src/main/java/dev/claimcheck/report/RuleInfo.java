package dev.claimcheck.report;

/**
 * What a report says about a rule: its metadata as declared in its DRL.
 *
 * @param fix how to fix what the rule finds ({@code @fix}); the default suggestion of its findings, may be null
 */
public record RuleInfo(String id, String category, String severity, String description, String file, String fix) {
    public RuleInfo(String id, String category, String severity, String description, String file) {
        this(id, category, severity, description, file, null);
    }
}
