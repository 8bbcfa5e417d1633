package dev.claimcheck.engine;

/**
 * A text a rule ships with: {@code fires} true means the rule must flag {@code flag} (a passage of the text that
 * one of the finding's evidence spans must overlap; any finding of the rule will do when null); false means a near
 * miss the rule must leave alone. {@code text} is the article body; {@code title}, when given, is its headline;
 * {@code published} (yyyy-MM-dd), when given, the publication date. {@code others}, for the cross-article rules,
 * are the other articles the text is compared with (as a batch's articles are).
 */
public record RuleExample(String rule, boolean fires, String title, String text, String flag, String note,
                          String published, java.util.List<Other> others) {
    public RuleExample {
        others = others == null ? java.util.List.of() : java.util.List.copyOf(others);
    }

    /** Another article of the example's batch. */
    public record Other(String id, String title, String url, String text) {
    }
}
