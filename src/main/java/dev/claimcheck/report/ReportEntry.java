package dev.claimcheck.report;

import dev.claimcheck.model.SourceMap;

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
