package dev.claimcheck.report;

import dev.claimcheck.model.SourceMap;

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

    /**
     * Text offsets to the input file's own line and column: through the article's source map when the report has
     * one (so Markdown front matter, HTML markup and JSON escapes count), else by the article text's lines.
     */
    public Positions positions() {
        return new Positions(report.sourceMap(), report.sourceMap() == null ? new LineIndex(text()) : null);
    }

    /** Line, column and file offset of text offsets, for one entry. */
    public record Positions(SourceMap map, LineIndex lines) {
        public LineIndex.Position position(int offset) {
            if (map != null) {
                SourceMap.Position p = map.position(offset);
                return new LineIndex.Position(p.line(), p.column());
            }
            return lines.position(offset);
        }

        /** The input file's character offset of a text offset (the text offset itself without a source map). */
        public int fileOffset(int offset) {
            return map != null ? map.fileOffset(offset) : offset;
        }
    }
}
