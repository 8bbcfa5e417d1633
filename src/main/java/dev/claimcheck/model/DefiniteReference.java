package dev.claimcheck.model;

/**
 * A definite noun phrase ("the list", "the awards") and whether anything earlier in the article introduced it.
 */
public record DefiniteReference(Span span, String head, boolean introduced, String sentenceId) {
}
