package dev.claimcheck.model;

/**
 * A proper name as written ({@code span.text()}) with the canonical entity it refers to, so rules can see when one
 * entity is spelled several ways. {@code type}: person, organisation, place, outlet, or other.
 */
public record EntityMention(Span span, String canonical, String type, String sentenceId) {
    public String spelling() {
        return span.text();
    }
}
