package dev.claimcheck.report;

import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Markdown for a CMS comment or a pull-request review: a heading, a table of counts (category × severity), then the
 * findings grouped by severity with rule id, message, suggestion and the quoted evidence.
 *
 * <p>Everything that comes from the article or a rule is escaped: an article can contain {@code **}, {@code |},
 * {@code #}, {@code <script>} or a line that looks like a list item, and none of it may change the structure of the
 * comment. ASCII punctuation that Markdown gives meaning to is backslash-escaped (CommonMark allows escaping any ASCII
 * punctuation) and {@code & < >} become entities so renderers that accept inline HTML show them as text.
 */
public final class MarkdownReport {
    private static final String PUNCTUATION = "\\`*_{}[]()#+-.!|~=^:$@";
    private static final Map<String, String> SEVERITY_HEADING = Map.of(
            "error", "Errors", "warning", "Warnings", "info", "Info");

    public String render(List<ReportEntry> entries) {
        StringBuilder out = new StringBuilder();
        boolean batch = entries.size() != 1;
        if (batch) {
            List<Finding> all = new ArrayList<>();
            entries.forEach(e -> all.addAll(e.report().findings()));
            out.append("## ClaimCheck report: ").append(RenderSupport.plural(entries.size(), "article"))
                    .append("\n\n").append(RenderSupport.findingCounts(all)).append(".\n\n");
        }
        for (ReportEntry e : entries) {
            renderEntry(e, batch ? "###" : "##", out);
        }
        return out.toString();
    }

    private void renderEntry(ReportEntry e, String h, StringBuilder out) {
        VerificationReport r = e.report();
        String hh = h + "#";
        out.append(h).append(" ClaimCheck: ").append(escape(RenderSupport.title(r, e.path()))).append("\n\n");
        out.append('`').append(code(e.path())).append("` · ")
                .append(RenderSupport.plural(r.claims().size(), "claim")).append(" · ")
                .append(RenderSupport.findingCounts(r.findings())).append("\n\n");
        if (r.findings().isEmpty()) {
            out.append("No findings.\n\n");
            return;
        }
        summaryTable(r.findings(), out);

        ReportEntry.Positions lines = e.positions();
        List<RenderSupport.Indexed> ordered = RenderSupport.inReadingOrder(r);
        List<String> severities = new ArrayList<>(Severity.NAMES);
        r.findings().stream().map(Finding::severity).filter(s -> !severities.contains(s)).distinct()
                .forEach(severities::add);
        for (String sev : severities) {
            List<Finding> group = ordered.stream().map(RenderSupport.Indexed::finding)
                    .filter(f -> sev.equals(f.severity())).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.append(hh).append(' ').append(escape(SEVERITY_HEADING.getOrDefault(sev, sev)))
                    .append(" (").append(group.size()).append(")\n\n");
            for (Finding f : group) {
                finding(f, lines, out);
            }
        }
    }

    private static void summaryTable(List<Finding> findings, StringBuilder out) {
        out.append("| Category | Error | Warning | Info | Total |\n");
        out.append("|:--|--:|--:|--:|--:|\n");
        for (Map.Entry<String, Integer> c : RenderSupport.byCategory(findings).entrySet()) {
            if (c.getValue() == 0 && !Categories.ALL.contains(c.getKey())) {
                continue;
            }
            out.append("| ").append(escape(c.getKey()));
            for (String s : Severity.NAMES) {
                out.append(" | ").append(RenderSupport.count(findings, c.getKey(), s));
            }
            out.append(" | ").append(c.getValue()).append(" |\n");
        }
        Map<String, Integer> s = RenderSupport.bySeverity(findings);
        out.append("| **Total** | ").append(s.get("error")).append(" | ").append(s.get("warning")).append(" | ")
                .append(s.get("info")).append(" | ").append(findings.size()).append(" |\n\n");
    }

    private static void finding(Finding f, ReportEntry.Positions lines, StringBuilder out) {
        out.append("- **`").append(code(f.ruleId())).append("`** · ").append(escape(f.category()))
                .append(" · ").append(escape(RenderSupport.oneLine(f.message()))).append('\n');
        if (!RenderSupport.isBlank(f.suggestion())) {
            out.append("  *Suggestion:* ").append(escape(RenderSupport.oneLine(f.suggestion()))).append('\n');
        }
        if (f.evidence().isEmpty()) {
            out.append("  *Applies to the whole article.*\n");
        }
        for (Span s : f.evidence()) {
            LineIndex.Position p = lines.position(s.start());
            out.append("\n  *Line ").append(p.line()).append(", column ").append(p.column()).append(":*\n\n");
            quote(s.text(), out);
        }
        out.append('\n');
    }

    /** A blockquote inside the list item; every line of the evidence keeps the {@code >} so none can escape it. */
    private static void quote(String text, StringBuilder out) {
        String t = text == null ? "" : text.strip();
        for (String line : t.split("\r\n|\r|\n", -1)) {
            String l = escape(RenderSupport.oneLine(line));
            out.append("  >").append(l.isEmpty() ? "" : " " + l).append('\n');
        }
    }

    /** Escapes text for Markdown inline content (also safe inside table cells and headings). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> {
                    if (PUNCTUATION.indexOf(c) >= 0) {
                        b.append('\\');
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Text inside a one-backtick code span: backticks cannot be escaped there, so they are replaced. */
    private static String code(String s) {
        return RenderSupport.oneLine(s).replace('`', '\'');
    }
}
