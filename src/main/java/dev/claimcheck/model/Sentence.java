package dev.claimcheck.model;

/** A sentence with its offsets into the article text and the paragraph it belongs to. */
public record Sentence(String id, int index, int paragraph, int start, int end, String text, String role) {
    public boolean isArticleContent() {
        return Paragraph.Roles.BODY.equals(role) || Paragraph.Roles.HEADLINE.equals(role);
    }

    public boolean isBody() {
        return Paragraph.Roles.BODY.equals(role);
    }
}
