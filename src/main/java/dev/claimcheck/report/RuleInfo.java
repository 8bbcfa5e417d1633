package dev.claimcheck.report;

/** What a report says about a rule: its metadata as declared in its DRL. */
public record RuleInfo(String id, String category, String severity, String description, String file) {
}
