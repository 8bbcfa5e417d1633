package dev.claimcheck.model;

/**
 * One article as the newsroom wrote it. {@code text} is the original text, title line included: every offset in
 * a claims document or a report points into it. {@code published} is an ISO-8601 date (yyyy-MM-dd) or null.
 */
public record Article(String id, String title, String url, String outlet, String published, String text) {
    public Article {
        if (text == null) {
            throw new IllegalArgumentException("article text is required");
        }
    }
}
