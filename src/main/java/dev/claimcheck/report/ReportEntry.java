package dev.claimcheck.report;

import java.util.Objects;

/**
 * One checked input, as the renderers see it.
 *
 * @param path   the input file as the user named it on the command line (shown verbatim by the text and Markdown
 *               renderers, turned into a relative URI by SARIF)
 * @param report its verification report; {@code report.articleText()} is what the offsets point into
 */
public record ReportEntry(String path, VerificationReport report) {
    public ReportEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(report, "report");
    }

    /** The article text, never null (a report built without it still renders, with every finding at 1:1). */
    public String text() {
        return report.articleText() == null ? "" : report.articleText();
    }
}
