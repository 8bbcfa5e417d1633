package dev.claimcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Helpers every renderer shares, so the formats agree on order, counts and wording. */
final class RenderSupport {
    private RenderSupport() {
    }

    /** Severity rank for sorting: error 0, warning 1, info 2, anything unknown last. */
    static int severityRank(String severity) {
        int i = Severity.NAMES.indexOf(severity == null ? "" : severity.toLowerCase(Locale.ROOT));
        return i < 0 ? Severity.NAMES.size() : i;
    }

    /** A finding with its index in {@code report.findings()}, the handle the HTML page uses. */
    record Indexed(int index, Finding finding) {
    }

    /** Findings in reading order (article-level ones first), ties kept in report order. */
    static List<Indexed> inReadingOrder(VerificationReport report) {
        List<Indexed> out = indexed(report);
        out.sort(Comparator.comparingInt((Indexed x) -> x.finding().firstOffset()));
        return out;
    }

    static List<Indexed> indexed(VerificationReport report) {
        List<Indexed> out = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            out.add(new Indexed(i, report.findings().get(i)));
        }
        return out;
    }

    /** Counts by severity, counted from the findings (not trusted from the summary), every severity present. */
    static Map<String, Integer> bySeverity(List<Finding> findings) {
        Map<String, Integer> m = new LinkedHashMap<>();
        Severity.NAMES.forEach(s -> m.put(s, 0));
        findings.forEach(f -> m.merge(f.severity(), 1, Integer::sum));
        return m;
    }

    /** Counts by category: the six known ones in contract order, then any unknown ones. */
    static Map<String, Integer> byCategory(List<Finding> findings) {
        Map<String, Integer> m = new LinkedHashMap<>();
        Categories.ALL.forEach(c -> m.put(c, 0));
        findings.forEach(f -> m.merge(f.category(), 1, Integer::sum));
        return m;
    }

    static int count(List<Finding> findings, String category, String severity) {
        return (int) findings.stream()
                .filter(f -> category.equals(f.category()) && severity.equals(f.severity())).count();
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "3 findings (1 error, 2 warnings, 0 info)". */
    static String findingCounts(List<Finding> findings) {
        Map<String, Integer> s = bySeverity(findings);
        return plural(findings.size(), "finding") + " (" + plural(s.get("error"), "error") + ", "
                + plural(s.get("warning"), "warning") + ", " + s.get("info") + " info)";
    }

    /** Text on one line: line breaks and other control characters become spaces (also defuses ANSI escapes). */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString().replaceAll(" {2,}", " ").strip();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String title(VerificationReport report, String fallback) {
        VerificationReport.ArticleRef a = report.article();
        if (a != null && !isBlank(a.title())) {
            return a.title();
        }
        if (a != null && !isBlank(a.id())) {
            return a.id();
        }
        return fallback;
    }
}
