package dev.claimcheck.model;

/**
 * A claim tied to its source. {@code source} is where the source is named and {@code sourceId} the Source;
 * both are null for a vague, agentless attribution ("stated to be", "critics say"), which is recorded with its
 * cue only. {@code cue} is the reporting expression ("said", "according to").
 */
public record Attribution(String id, String claimId, String sentenceId, String sourceId, Span source, Span cue,
                          boolean vague) {
}
