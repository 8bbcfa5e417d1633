package dev.claimcheck.eval;

import dev.claimcheck.model.Span;

import java.util.List;

/**
 * The hand annotation of one article, as stored in {@code eval/annotations/*.json} (schema in
 * docs/ANNOTATION-GUIDE.md). Offsets are Java {@code String} indexes into the article text, end exclusive.
 *
 * @param article where the article lives: {@code eval/texts/NAME.txt} (relative to the repository root) or
 *                {@code polnear:train/text/NAME.txt} (relative to ../shared/polnear)
 */
public record ArticleAnnotation(String article, List<GoldClaim> claims, List<GoldQuantity> quantities,
                                List<GoldRanking> rankings, List<GoldSpan> vagueAttributions,
                                List<GoldFinding> findings) {
    public ArticleAnnotation {
        if (article == null || article.isBlank()) {
            throw new IllegalArgumentException("an annotation must name its article");
        }
        claims = claims == null ? List.of() : List.copyOf(claims);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        rankings = rankings == null ? List.of() : List.copyOf(rankings);
        vagueAttributions = vagueAttributions == null ? List.of() : List.copyOf(vagueAttributions);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Anything annotated with a span; lets the scorer and the offset check treat all kinds alike. */
    public interface Annotated {
        int start();

        int end();

        String text();

        default Span span() {
            return new Span(start(), end(), text());
        }
    }

    /** A claim: the clause that makes it, and its kind (one of {@link dev.claimcheck.model.Claim.Kinds#ALL}). */
    public record GoldClaim(int start, int end, String text, String kind) implements Annotated {
    }

    /** A quantity normalised as {@link dev.claimcheck.model.Quantity} is; {@code max} only for ranges. */
    public record GoldQuantity(int start, int end, String text, double value, Double max, String unit,
                               String currency, boolean approximate, String bound) implements Annotated {
    }

    /** A ranking phrase: entity, rank, category and scope as {@link dev.claimcheck.model.Ranking} has them. */
    public record GoldRanking(int start, int end, String text, String entity, int rank, String category,
                              String scope) implements Annotated {
    }

    /** A bare span: used for vague (agentless) attribution cues. */
    public record GoldSpan(int start, int end, String text) implements Annotated {
    }

    /** What a copy editor would flag: category (one of the report categories), the span to flag, and why. */
    public record GoldFinding(String category, int start, int end, String text, String why) implements Annotated {
    }
}
