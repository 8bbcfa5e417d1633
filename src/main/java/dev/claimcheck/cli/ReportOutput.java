package dev.claimcheck.cli;

import dev.claimcheck.batch.Outcome;
import dev.claimcheck.batch.ReportNames;
import dev.claimcheck.batch.WorkUnit;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.report.HtmlIndex;
import dev.claimcheck.report.HtmlReport;
import dev.claimcheck.report.IndexCluster;
import dev.claimcheck.report.IndexRow;
import dev.claimcheck.report.RelatedPassage;
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
    /** Per article written, in order: its cluster member entry and the pages of the articles it shares text with. */
    private final List<IndexCluster.Member> members = new ArrayList<>();
    private final List<String> memberPages = new ArrayList<>();
    private final List<java.util.Set<String>> sharedWith = new ArrayList<>();

    ReportOutput(ReportFormat format, PrintWriter stdout, List<RuleInfo> rules, boolean colour, boolean single) {
        this.format = format;
        this.stdout = stdout;
        this.rules = rules;
        this.text = new TextReport(colour);
        this.single = single;
    }

    /** The content of one article's report file under --out (called on worker threads: no shared state). */
    String renderFile(WorkUnit unit, VerificationReport report) {
        String stem = unit.outputStem();
        // Links from this page to another batch article's page climb out of this page's own folders first.
        String up = stem == null ? "" : "../".repeat((int) stem.chars().filter(c -> c == '/').count());
        return format.render(new ReportEntry(unit.path(), report,
                page -> stem == null ? null : up + ReportNames.href(page + format.extension()).substring(2)), rules);
    }

    /** Handles one finished article when reports go to --out: remembers what the HTML index needs. */
    void written(Outcome outcome) {
        if (format == ReportFormat.html) {
            VerificationReport r = outcome.report();
            String title = r.article().title() != null ? r.article().title() : outcome.unit().path();
            // The file name is encoded for the file system; the link encodes it again for the URL (%, #, ?).
            String href = ReportNames.href(outcome.unit().outputStem() + format.extension());
            indexRows.add(new IndexRow(title, href, r));
            remember(outcome.unit().outputStem(), title, href, r);
        }
    }

    /** What the clustering view needs of an article: the pages it shares passages with, its share copied. */
    private void remember(String stem, String title, String href, VerificationReport r) {
        java.util.Set<String> pages = new java.util.TreeSet<>();
        int passages = 0;
        java.util.BitSet copied = new java.util.BitSet();
        for (var f : r.findings()) {
            if (!f.ruleId().equals("copied-passage") && !f.ruleId().equals("credited-copy")) {
                continue;
            }
            passages++;
            f.evidence().forEach(s -> copied.set(s.start(), s.end()));
            f.related().stream().map(RelatedPassage::page).filter(java.util.Objects::nonNull).forEach(pages::add);
        }
        if (passages == 0) {
            return;
        }
        int length = r.articleText() == null ? 0 : r.articleText().length();
        members.add(new IndexCluster.Member(title, href, passages, length == 0 ? 0 : (double) copied.cardinality() / length));
        memberPages.add(stem);
        sharedWith.add(pages);
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
            java.util.Map<String, Integer> byPage = new java.util.HashMap<>();
            for (int i = 0; i < memberPages.size(); i++) {
                byPage.put(memberPages.get(i), i);
            }
            List<int[]> links = new ArrayList<>();
            for (int i = 0; i < sharedWith.size(); i++) {
                for (String p : sharedWith.get(i)) {
                    Integer j = byPage.get(p);
                    if (j != null) {
                        links.add(new int[] {i, j});
                    }
                }
            }
            TextFiles.writeAtomically(out.resolve("index.html"),
                    new HtmlIndex().render(indexRows, IndexCluster.of(members, links)));
        }
    }
}
