package dev.claimcheck.report;

import java.util.Objects;

/**
 * One article in a batch index.
 *
 * @param title  shown as the link text (the article title, or the input path when it has none)
 * @param href   link to the article's page, relative to the index (e.g. {@code budget-story.html})
 * @param report the article's report, for the counts
 */
public record IndexRow(String title, String href, VerificationReport report) {
    public IndexRow {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(report, "report");
    }
}
