package dev.claimcheck.model;

import java.util.List;

/**
 * Who a claim is attributed to. {@code name} is the canonical name (aliases resolved), {@code kind} one of
 * {@link Kinds}. A source named several ways in the article is one Source.
 */
public record Source(String id, String name, String kind) {
    /** Source kinds. */
    public static final class Kinds {
        public static final String NAMED_PERSON = "named-person";
        public static final String ORGANISATION = "organisation";
        public static final String NEWS_OUTLET = "news-outlet";
        public static final String UNNAMED_OFFICIAL = "unnamed-official";
        public static final String ANONYMOUS = "anonymous";
        public static final String DOCUMENT = "document";
        public static final List<String> ALL =
                List.of(NAMED_PERSON, ORGANISATION, NEWS_OUTLET, UNNAMED_OFFICIAL, ANONYMOUS, DOCUMENT);

        private Kinds() {
        }
    }
}
