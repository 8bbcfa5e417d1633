package dev.claimcheck.model;

/**
 * A stretch of the original article text: {@code [start, end)} character offsets (Java {@code String} indexes)
 * and the text found there, so a reader of a report never has to re-slice the article to see what is meant.
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code [start, end)} in {@code text}. */
    public static Span of(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return other != null && start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return other != null && start <= other.start && other.end <= end;
    }
}
