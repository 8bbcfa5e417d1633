package dev.claimcheck.engine.facts;

import dev.claimcheck.model.DateMention;

/** A date mention lifted out of its claim, with the claim's kind (an event dated in the future is suspect). */
public record ClaimDate(String claimId, String sentenceId, String claimKind, DateMention date) {
}
