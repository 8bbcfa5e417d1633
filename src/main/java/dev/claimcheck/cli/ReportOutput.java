package dev.claimcheck.cli;

import dev.claimcheck.batch.Outcome;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.RuleInfo;
import dev.claimcheck.report.VerificationReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes reports in the chosen format: each report file under --out, or the stream on stdout (streamed as
 * articles finish where the format allows, so a large batch never sits in memory).
 */
final class ReportOutput {
    private final ReportFormat format;
    private final PrintWriter stdout;
    private final List<RuleInfo> rules;
    private final boolean colour;
    private final boolean single;

    ReportOutput(ReportFormat format, PrintWriter stdout, List<RuleInfo> rules, boolean colour, boolean single) {
        this.format = format;
        this.stdout = stdout;
        this.rules = rules;
        this.colour = colour;
        this.single = single;
    }

    /** The content of one report file under --out. */
    String renderFile(VerificationReport report) {
        return switch (format) {
            case json -> report.toJson() + System.lineSeparator();
            case text -> text(report.article().id(), report);
        };
    }

    /** Prints one finished article on stdout, or holds it for a format that needs the whole batch. */
    void emit(Outcome outcome, List<Outcome> held) {
        VerificationReport report = outcome.report();
        switch (format) {
            case json -> stdout.println(single ? report.toJson() : report.toJsonLine());
            case text -> stdout.print(text(outcome.unit().path(), report));
        }
        stdout.flush();
    }

    /** Prints what a whole-batch format held back. */
    void finish(List<Outcome> held) {
        // text and json stream as they go
    }

    void writeIndex(Path out, PrintWriter err) {
        // only the html format has an index
    }

    private String text(String path, VerificationReport report) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            sb.append(path).append(": ").append(f.severity()).append(' ').append(f.category()).append(' ')
                    .append(f.ruleId()).append(' ').append(f.message()).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
