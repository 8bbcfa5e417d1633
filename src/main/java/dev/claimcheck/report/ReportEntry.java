package dev.claimcheck.report;

import java.util.Objects;
import java.util.function.Function;

/**
 * One checked input, as the renderers see it.
 *
 * @param path   the input file as the user named it on the command line (shown verbatim by the text and Markdown
 *               renderers, turned into a relative URI by SARIF)
 * @param report its verification report; {@code report.articleText()} is what the offsets point into
 * @param pages  turns another batch article's report page ({@link RelatedPassage#page()}) into a link from this
 *               report, or null when there is no page to link to (a report outside a batch's --out)
 */
public record ReportEntry(String path, VerificationReport report, Function<String, String> pages) {
    public ReportEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(report, "report");
        pages = pages == null ? p -> null : pages;
    }

    public ReportEntry(String path, VerificationReport report) {
        this(path, report, null);
    }

    /** The link to another batch article's page, or null. */
    public String linkTo(String page) {
        return page == null ? null : pages.apply(page);
    }

    /** The article text, never null (a report built without it still renders, with every finding at 1:1). */
    public String text() {
        return report.articleText() == null ? "" : report.articleText();
    }
}
