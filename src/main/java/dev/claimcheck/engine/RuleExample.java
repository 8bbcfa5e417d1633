package dev.claimcheck.engine;

/**
 * A text a rule ships with: {@code fires} true means the rule must flag {@code flag} (a passage of the text that
 * one of the finding's evidence spans must overlap); false means a near miss the rule must leave alone.
 */
public record RuleExample(String rule, boolean fires, String text, String flag, String note) {
}
