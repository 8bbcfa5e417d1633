package dev.claimcheck.model;

/**
 * A block of text separated from its neighbours by a blank line (or its HTML/Markdown equivalent).
 * {@code role} says what the block is: see {@link Roles}. Non-article blocks yield no claims.
 */
public record Paragraph(int index, int start, int end, String role) {
    /** Known paragraph roles. */
    public static final class Roles {
        public static final String HEADLINE = "headline";
        public static final String BODY = "body";
        /** The headline repeated as a body paragraph. */
        public static final String REPEATED_HEADLINE = "repeated-headline";
        /** Teasers, "More news:", "Read more", sign-up and share lines: not part of the story. */
        public static final String NON_ARTICLE = "non-article";

        private Roles() {
        }
    }

    public boolean isArticleContent() {
        return Roles.BODY.equals(role) || Roles.HEADLINE.equals(role);
    }
}
