package dev.claimcheck.report;

import java.util.List;

/**
 * The report formats, with the extension of their report files and their media type. One place chooses the
 * renderer for one article's report, so {@code check --out} files and the service's answers are the same bytes.
 */
public enum ReportFormat {
    text(".report.txt", "text/plain"),
    json(".report.json", "application/json"),
    md(".report.md", "text/markdown"),
    sarif(".sarif", "application/sarif+json"),
    html(".html", "text/html");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The media type of this format's documents (without charset: every format is UTF-8). */
    public String mediaType() {
        return mediaType;
    }

    /** One article's report in this format, as a whole document (text without colour). */
    public String render(ReportEntry entry, List<RuleInfo> rules) {
        return switch (this) {
            case json -> entry.report().toJson() + System.lineSeparator();
            case text -> new TextReport(false).render(List.of(entry));
            case md -> new MarkdownReport().render(List.of(entry));
            case sarif -> new SarifReport().render(List.of(entry), rules);
            case html -> new HtmlReport().render(entry);
        };
    }
}
