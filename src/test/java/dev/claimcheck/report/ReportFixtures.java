package dev.claimcheck.report;

import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-built reports over an invented city-council budget story. The text is written to stress the renderers:
 * several lines, a {@code <script>} tag, Markdown syntax, a crossing pair of evidence spans, a nested pair, two
 * findings on the very same span, a finding with two evidence spans and one with none.
 */
final class ReportFixtures {
    static final String PATH = "claims/riverton-budget.txt";

    static final String TEXT = """
            Riverton council approves record budget
            The Riverton city council on Tuesday approved a $48.2 million budget, the largest in the city's history.
            Officials said the new <script>alert('x')</script> parking fees would raise **$3 million** a year.
            Council member Dana Ortiz said the budget "keeps every library open".
            The budget is up 12% from last year, according to sources.
            | Critics | say the plan # ignores > road repairs.
            """;

    private ReportFixtures() {
    }

    static Span span(String needle) {
        int start = TEXT.indexOf(needle);
        if (start < 0 || TEXT.indexOf(needle, start + 1) >= 0) {
            throw new IllegalArgumentException("needle must occur exactly once: " + needle);
        }
        return Span.of(TEXT, start, start + needle.length());
    }

    static List<Finding> findings() {
        return List.of(
                new Finding("UA-RECORD", Categories.UNSUPPORTED_ASSERTION, "error",
                        "\"The largest in the city's history\" is asserted without a record to compare against.",
                        "Cite the budget archive or drop the superlative.",
                        List.of(span("the largest in the city's history")), List.of("C1")),
                new Finding("WS-VAGUE", Categories.WEAK_SOURCING, "warning",
                        "The figure rests on unnamed officials and \"sources\".",
                        "Name the department or the document.",
                        List.of(span("Officials said"), span("according to sources")), List.of("C2", "C4")),
                // crosses UA-RECORD: starts before it, ends inside it
                new Finding("INC-TOTAL", Categories.INCONSISTENCY, "warning",
                        "The total and the year-on-year increase do not agree with last year's $41 million.",
                        null,
                        List.of(span("approved a $48.2 million budget, the largest"),
                                span("The budget is up 12% from last year")), List.of("C1", "C4")),
                // nested inside INC-TOTAL's second span
                new Finding("MC-BASELINE", Categories.MISSING_CONTEXT, "info",
                        "A percentage without the baseline figure.", "Give last year's total.",
                        List.of(span("12%")), List.of("C4")),
                // exactly the same span as MC-BASELINE
                new Finding("UA-PERCENT", Categories.UNSUPPORTED_ASSERTION, "info",
                        "The increase is not sourced.", null, List.of(span("12%")), List.of("C4")),
                new Finding("DS-ECHO", Categories.DUPLICATED_SOURCING, "warning",
                        "Claim repeats **the same** source | twice <b>bold</b>",
                        "Find a second, independent source.",
                        List.of(span("new <script>alert('x')</script> parking fees")), List.of("C2")),
                new Finding("ST-NO-DATELINE", Categories.STRUCTURE, "info",
                        "The article has no dateline.", "Add where and when it was reported.", List.of(), List.of()));
    }

    static VerificationReport report() {
        return report(findings());
    }

    static VerificationReport report(List<Finding> findings) {
        List<VerificationReport.ReportClaim> claims = List.of(
                claim("C1", "approved a $48.2 million budget, the largest in the city's history", "statistic", List.of()),
                claim("C2", "parking fees would raise **$3 million** a year", "prediction", List.of()),
                claim("C3", "\"keeps every library open\"", "quote", List.of("S1")),
                claim("C4", "The budget is up 12% from last year", "statistic", List.of()));
        List<VerificationReport.ReportSource> sources = List.of(
                new VerificationReport.ReportSource("S1", "Dana Ortiz", "named-person"));
        List<VerificationReport.ReportAttribution> attributions = List.of(
                new VerificationReport.ReportAttribution("C3", "S1", span("Dana Ortiz"), span("said the budget"), false),
                new VerificationReport.ReportAttribution("C4", null, null, span("according to sources"), true));
        return new VerificationReport(VerificationReport.SCHEMA_VERSION,
                new VerificationReport.ArticleRef("riverton-budget", "Riverton council approves record budget",
                        "https://example.org/riverton/budget", "2026-03-03"),
                summary(claims.size(), findings), claims, sources, attributions, findings, TEXT);
    }

    static ReportEntry entry() {
        return new ReportEntry(PATH, report());
    }

    /** A second, small article for batch output. */
    static ReportEntry secondEntry() {
        String text = "Bus fares rise\nFares will rise by 5% in May, the transit agency said.\n";
        Finding f = new Finding("MC-BASELINE", Categories.MISSING_CONTEXT, "warning", "No baseline fare given.",
                "State the current fare.", List.of(Span.of(text, text.indexOf("5%"), text.indexOf("5%") + 2)),
                List.of("C1"));
        List<VerificationReport.ReportClaim> claims = List.of(new VerificationReport.ReportClaim("C1",
                "Fares will rise by 5% in May", text.indexOf("Fares"), text.indexOf(" in May") + 7, "prediction",
                List.of()));
        VerificationReport r = new VerificationReport(VerificationReport.SCHEMA_VERSION,
                new VerificationReport.ArticleRef("bus-fares", "Bus fares rise", null, null),
                summary(1, List.of(f)), claims, List.of(), List.of(), List.of(f), text);
        return new ReportEntry("claims/transit/bus-fares.txt", r);
    }

    static int evidenceSpans(VerificationReport r) {
        return r.findings().stream().mapToInt(f -> f.evidence().size()).sum();
    }

    private static VerificationReport.ReportClaim claim(String id, String text, String kind, List<String> sources) {
        Span s = span(text);
        return new VerificationReport.ReportClaim(id, text, s.start(), s.end(), kind, sources);
    }

    private static VerificationReport.Summary summary(int claims, List<Finding> findings) {
        Map<String, Integer> sev = new java.util.LinkedHashMap<>();
        Severity.NAMES.forEach(s -> sev.put(s, 0));
        Map<String, Integer> cat = new java.util.LinkedHashMap<>();
        Categories.ALL.forEach(c -> cat.put(c, 0));
        List<Finding> copy = new ArrayList<>(findings);
        copy.forEach(f -> {
            sev.merge(f.severity(), 1, Integer::sum);
            cat.merge(f.category(), 1, Integer::sum);
        });
        return new VerificationReport.Summary(claims, findings.size(), sev, cat);
    }
}
