package dev.claimcheck.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One article as the newsroom wrote it. {@code text} is the original text, title line included: every offset in
 * a claims document or a report points into it. {@code published} is an ISO-8601 date (yyyy-MM-dd), an ISO date-time
 * (2024-03-04T10:00:00Z) or null; anything else is refused, naming the field, rather than silently read as no date.
 *
 * @param sourceMap    where the text sits in the input file (null: the text is all there is, e.g. a CMS call)
 * @param suppressions the article's own suppression directives (see {@link Suppression})
 */
public record Article(String id, String title, String url, String outlet, String published, String text,
                      SourceMap sourceMap, List<Suppression> suppressions) {
    public Article {
        if (text == null) {
            throw new IllegalArgumentException("article text is required");
        }
        if (published != null && !isIsoDate(published)) {
            throw new IllegalArgumentException("published: '" + published + "' is not an ISO-8601 date (give"
                    + " yyyy-MM-dd, or a date-time such as 2024-03-04T10:00:00Z)");
        }
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    }

    public Article(String id, String title, String url, String outlet, String published, String text) {
        this(id, title, url, outlet, published, text, null, List.of());
    }

    /** This article with its text's place in the input file and its suppression directives. */
    public Article withSource(SourceMap map, List<Suppression> directives) {
        return new Article(id, title, url, outlet, published, text, map, directives);
    }

    /** This article under another id, keeping where its text came from. */
    public Article withId(String newId) {
        return new Article(newId, title, url, outlet, published, text, sourceMap, suppressions);
    }

    public static Builder builder() {
        return new Builder();
    }

    static boolean isIsoDate(String s) {
        String v = s.strip();
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            // not a plain date; a date-time will do
        }
        try {
            OffsetDateTime.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            // nor with an offset
        }
        try {
            LocalDateTime.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Builds an article field by field (a CMS holding its own record); {@code text} is required. */
    public static final class Builder {
        private String id;
        private String title;
        private String url;
        private String outlet;
        private String published;
        private String text;
        private String body;

        private Builder() {
        }

        public Builder id(String v) {
            id = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder url(String v) {
            url = v;
            return this;
        }

        public Builder outlet(String v) {
            outlet = v;
            return this;
        }

        public Builder published(String v) {
            published = v;
            return this;
        }

        public Builder published(LocalDate v) {
            published = v == null ? null : v.toString();
            return this;
        }

        /** The whole text, title line included, exactly as offsets should count it. */
        public Builder text(String v) {
            text = v;
            body = null;
            return this;
        }

        /** The body alone: the text becomes title, a blank line and the body (as for JSON articles). */
        public Builder body(String v) {
            body = v;
            text = null;
            return this;
        }

        public Article build() {
            String t = text;
            if (t == null && body != null) {
                t = title == null || title.isBlank() ? body : title.strip() + "\n\n" + body;
            }
            return new Article(id, title, url, outlet, published, t);
        }
    }
}
