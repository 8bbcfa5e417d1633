package dev.claimcheck.model;

/**
 * A ranking claim: "Huawei, the world's second largest smartphone maker" is entity Huawei, rank 2,
 * category "smartphone maker", scope "world". Rankings only conflict within one category and scope.
 */
public record Ranking(Span span, String entity, int rank, String superlative, String category, String scope) {
}
