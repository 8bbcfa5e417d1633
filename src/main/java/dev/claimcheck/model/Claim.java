package dev.claimcheck.model;

import java.util.List;

/**
 * What a sentence (or a clause of it) asserts.
 *
 * @param kind     one of {@link Kinds}
 * @param span     the claim's text: usually the content clause, without the attribution frame
 * @param subject  canonical name of what the claim is about, when known
 * @param hedges   hedging words found in the claim ("could", "reportedly", ...)
 */
public record Claim(String id, String sentenceId, Span span, String kind, String subject,
                    List<Quantity> quantities, List<DateMention> dates, List<Ranking> rankings,
                    List<String> hedges) {
    public Claim {
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        dates = dates == null ? List.of() : List.copyOf(dates);
        rankings = rankings == null ? List.of() : List.copyOf(rankings);
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public String text() {
        return span.text();
    }

    /** Claim kinds. Strings, so rule authors write {@code Claim(kind == "ranking")}. */
    public static final class Kinds {
        public static final String STATISTIC = "statistic";
        public static final String RANKING = "ranking";
        public static final String EVENT = "event";
        public static final String PREDICTION = "prediction";
        public static final String QUOTE = "quote";
        public static final String OPINION = "opinion";
        public static final List<String> ALL = List.of(STATISTIC, RANKING, EVENT, PREDICTION, QUOTE, OPINION);

        private Kinds() {
        }
    }
}
