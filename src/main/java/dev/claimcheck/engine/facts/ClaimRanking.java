package dev.claimcheck.engine.facts;

import dev.claimcheck.model.Ranking;

/** A ranking lifted out of its claim, keyed by entity, category and scope (lower-cased) for indexed joins. */
public record ClaimRanking(String claimId, String sentenceId, String entity, String category, String scope,
                           int rank, Ranking ranking) {
}
