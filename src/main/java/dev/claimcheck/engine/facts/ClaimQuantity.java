package dev.claimcheck.engine.facts;

import dev.claimcheck.model.Quantity;

/**
 * A quantity lifted out of its claim so rules can join quantities on indexed keys ({@code subject}, {@code unit})
 * instead of unrolling every claim's list against every other's.
 *
 * @param subject lower-cased quantity subject, or null
 * @param unit    the unit, with money keyed by currency ("currency:USD") so dollars never meet euros
 */
public record ClaimQuantity(String claimId, String sentenceId, String claimSubject, String subject, String unit,
                            Quantity quantity) {
}
