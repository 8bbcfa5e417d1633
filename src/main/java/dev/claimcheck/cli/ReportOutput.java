package dev.claimcheck.cli;

import dev.claimcheck.batch.Outcome;
import dev.claimcheck.batch.ReportNames;
import dev.claimcheck.batch.WorkUnit;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.report.HtmlIndex;
import dev.claimcheck.report.HtmlReport;
import dev.claimcheck.report.IndexRow;
import dev.claimcheck.report.MarkdownReport;
import dev.claimcheck.report.ReportEntry;
import dev.claimcheck.report.ReportFormat;
import dev.claimcheck.report.RuleInfo;
import dev.claimcheck.report.SarifReport;
import dev.claimcheck.report.TextReport;
import dev.claimcheck.report.VerificationReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes reports in the chosen format. Under --out every article gets its own file, written by the worker that
 * checked it; on stdout, text and JSON stream as articles finish, while Markdown, SARIF and HTML are one document
 * for the whole run and are printed at the end.
 */
final class ReportOutput {
    private final ReportFormat format;
    private final PrintWriter stdout;
    private final List<RuleInfo> rules;
    private final TextReport text;
    private final boolean single;
    private final List<ReportEntry> held = new ArrayList<>();
    private final List<IndexRow> indexRows = new ArrayList<>();

    ReportOutput(ReportFormat format, PrintWriter stdout, List<RuleInfo> rules, boolean colour, boolean single) {
        this.format = format;
        this.stdout = stdout;
        this.rules = rules;
        this.text = new TextReport(colour);
        this.single = single;
    }

    /** The content of one article's report file under --out (called on worker threads: no shared state). */
    String renderFile(WorkUnit unit, VerificationReport report) {
        return format.render(new ReportEntry(unit.path(), report), rules);
    }

    /** Handles one finished article when reports go to --out: remembers what the HTML index needs. */
    void written(Outcome outcome) {
        if (format == ReportFormat.html) {
            VerificationReport r = outcome.report();
            String title = r.article().title() != null ? r.article().title() : outcome.unit().path();
            // The file name is encoded for the file system; the link encodes it again for the URL (%, #, ?).
            indexRows.add(new IndexRow(title, ReportNames.href(outcome.unit().outputStem() + format.extension()), r));
        }
    }

    /** Prints one finished article on stdout, or holds it for a format that is one document per run. */
    void emit(Outcome outcome) {
        ReportEntry entry = new ReportEntry(outcome.unit().path(), outcome.report());
        switch (format) {
            case json -> stdout.println(single ? entry.report().toJson() : entry.report().toJsonLine());
            case text -> stdout.print(text.render(List.of(entry)));
            case md, sarif, html -> held.add(entry);
        }
        stdout.flush();
    }

    /** Prints what a whole-run format held back; false when it could not (several HTML pages, no --out). */
    boolean finish(PrintWriter err) {
        switch (format) {
            case md -> stdout.print(new MarkdownReport().render(held));
            case sarif -> stdout.println(new SarifReport().render(held, rules));
            case html -> {
                if (held.size() == 1) {
                    stdout.print(new HtmlReport().render(held.get(0)));
                } else if (!held.isEmpty()) {
                    err.println("claimcheck: --format html writes one page per article: use --out DIR for several"
                            + " articles; nothing was written");
                    stdout.flush();
                    return false;
                }
            }
            default -> { }
        }
        stdout.flush();
        return true;
    }

    /** Writes index.html into --out for the HTML format. */
    void writeIndex(Path out) throws IOException {
        if (format == ReportFormat.html) {
            TextFiles.writeAtomically(out.resolve("index.html"), new HtmlIndex().render(indexRows));
        }
    }
}
