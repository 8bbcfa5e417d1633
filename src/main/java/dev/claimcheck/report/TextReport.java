package dev.claimcheck.report;

import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Linter-style text: one line per finding, {@code path:line:col: severity category ruleId message}, so editors and
 * CI logs can jump to it; an indented {@code suggestion:} line when the rule gave one; a summary line per article;
 * a total line when several articles were checked.
 *
 * <p>Line and column are those of the first evidence span in the article text; a finding without evidence is about
 * the whole article and sits at 1:1. Messages are flattened to one line and stripped of control characters, so an
 * article cannot break the one-finding-per-line format or smuggle escape sequences into a terminal.
 */
public final class TextReport {
    private static final String RESET = "\u001b[0m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    private static final Map<String, String> SEVERITY_COLOUR = Map.of(
            "error", "\u001b[1;31m", "warning", "\u001b[33m", "info", "\u001b[36m");

    private final boolean colour;

    /** Plain text, for pipes and files. */
    public TextReport() {
        this(false);
    }

    /** @param colour true to colour severities and dim paths with ANSI escapes (see {@link #terminalSupportsColour()}) */
    public TextReport(boolean colour) {
        this.colour = colour;
    }

    /** True when stdout is an interactive terminal that wants colour: a console, TERM not dumb, NO_COLOR unset. */
    public static boolean terminalSupportsColour() {
        return terminalSupportsColour(System.console() != null, System.getenv());
    }

    /** The decision itself, apart from the process environment so it can be tested. */
    static boolean terminalSupportsColour(boolean hasConsole, Map<String, String> env) {
        // https://no-color.org: NO_COLOR present (any value) disables colour.
        if (!hasConsole || env.containsKey("NO_COLOR")) {
            return false;
        }
        String term = env.get("TERM");
        return term == null || !term.equals("dumb");
    }

    public String render(List<ReportEntry> entries) {
        StringBuilder out = new StringBuilder();
        List<Finding> all = new ArrayList<>();
        int claims = 0;
        for (ReportEntry e : entries) {
            renderEntry(e, out);
            all.addAll(e.report().findings());
            claims += e.report().claims().size();
        }
        if (entries.size() > 1) {
            out.append(bold(RenderSupport.plural(entries.size(), "article") + ": "
                    + RenderSupport.findingCounts(all) + " in " + RenderSupport.plural(claims, "claim")))
                    .append('\n');
        }
        return out.toString();
    }

    private void renderEntry(ReportEntry e, StringBuilder out) {
        ReportEntry.Positions lines = e.positions();
        String path = RenderSupport.oneLine(e.path());
        for (RenderSupport.Indexed x : RenderSupport.inReadingOrder(e.report())) {
            Finding f = x.finding();
            LineIndex.Position p = f.evidence().isEmpty()
                    ? lines.position(0)
                    : lines.position(first(f).start());
            out.append(dim(path + ":" + p.line() + ":" + p.column() + ":")).append(' ')
                    .append(severity(f.severity())).append(' ')
                    .append(RenderSupport.oneLine(f.category())).append(' ')
                    .append(RenderSupport.oneLine(f.ruleId())).append(' ')
                    .append(RenderSupport.oneLine(f.message())).append('\n');
            if (!RenderSupport.isBlank(f.suggestion())) {
                out.append("    suggestion: ").append(RenderSupport.oneLine(f.suggestion())).append('\n');
            }
        }
        out.append(dim(path + ":")).append(' ')
                .append(RenderSupport.findingCounts(e.report().findings())).append(" in ")
                .append(RenderSupport.plural(e.report().claims().size(), "claim")).append('\n');
    }

    private static Span first(Finding f) {
        return f.evidence().get(0);
    }

    private String severity(String s) {
        String label = RenderSupport.oneLine(s);
        String c = SEVERITY_COLOUR.get(label);
        return colour && c != null ? c + label + RESET : label;
    }

    private String dim(String s) {
        return colour ? DIM + s + RESET : s;
    }

    private String bold(String s) {
        return colour ? BOLD + s + RESET : s;
    }
}
