package dev.claimcheck.report;

import dev.claimcheck.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReportTest {
    private static final String P = ReportFixtures.PATH;

    /** line:col computed independently of LineIndex: the line is the fixture line holding the needle. */
    private static String at(String needle) {
        String[] lines = ReportFixtures.TEXT.split("\n");
        for (int i = 0; i < lines.length; i++) {
            int c = lines[i].indexOf(needle);
            if (c >= 0) {
                return (i + 1) + ":" + (c + 1);
            }
        }
        throw new AssertionError(needle);
    }

    @Test
    void oneLinterLinePerFindingInReadingOrderWithSuggestions() {
        String out = new TextReport(false).render(List.of(ReportFixtures.entry()));
        String[] lines = out.split("\n");
        List<String> expected = List.of(
                P + ":1:1: info structure ST-NO-DATELINE The article has no dateline.",
                "    suggestion: Add where and when it was reported.",
                P + ":" + at("approved a $48.2") + ": warning inconsistency INC-TOTAL The total and the year-on-year"
                        + " increase do not agree with last year's $41 million.",
                P + ":" + at("the largest in") + ": error unsupported-assertion UA-RECORD \"The largest in the city's"
                        + " history\" is asserted without a record to compare against.",
                "    suggestion: Cite the budget archive or drop the superlative.",
                P + ":" + at("Officials said") + ": warning weak-sourcing WS-VAGUE The figure rests on unnamed"
                        + " officials and \"sources\".",
                "    suggestion: Name the department or the document.",
                P + ":" + at("new <script>") + ": warning duplicated-sourcing DS-ECHO Claim repeats **the same**"
                        + " source | twice <b>bold</b>",
                "    suggestion: Find a second, independent source.",
                P + ":" + at("12%") + ": info missing-context MC-BASELINE A percentage without the baseline figure.",
                "    suggestion: Give last year's total.",
                P + ":" + at("12%") + ": info unsupported-assertion UA-PERCENT The increase is not sourced.",
                P + ": 7 findings (1 error, 3 warnings, 3 info) in 4 claims");
        assertEquals(expected, List.of(lines));
        assertEquals("2:38", at("approved a $48.2")); // guard the helper itself against a silent change
    }

    @Test
    void batchEndsWithATotalLine() {
        String out = new TextReport().render(List.of(ReportFixtures.entry(), ReportFixtures.secondEntry()));
        assertTrue(out.contains("claims/transit/bus-fares.txt:2:20: warning missing-context MC-BASELINE No baseline"
                + " fare given.\n"), out);
        assertTrue(out.contains("claims/transit/bus-fares.txt: 1 finding (0 errors, 1 warning, 0 info) in 1 claim\n"));
        assertTrue(out.endsWith("2 articles: 8 findings (1 error, 4 warnings, 3 info) in 5 claims\n"), out);
    }

    @Test
    void singleReportHasNoTotalLineAndEmptyReportStillSummarises() {
        ReportEntry clean = new ReportEntry("a.txt", ReportFixtures.report(List.of()));
        assertEquals("a.txt: 0 findings (0 errors, 0 warnings, 0 info) in 4 claims\n",
                new TextReport().render(List.of(clean)));
    }

    @Test
    void messagesCannotBreakLinesOrInjectEscapes() {
        Finding f = new Finding("X-1", Categories.STRUCTURE, "warning", "two\nlines\u001b[31m red", "a\r\nb",
                List.of(new Span(0, 3, "Riv")), List.of());
        String out = new TextReport().render(List.of(new ReportEntry("x.txt", ReportFixtures.report(List.of(f)))));
        assertEquals("x.txt:1:1: warning structure X-1 two lines [31m red\n    suggestion: a b\n"
                + "x.txt: 1 finding (0 errors, 1 warning, 0 info) in 4 claims\n", out);
    }

    @Test
    void colourOnlyWhenAsked() {
        String plain = new TextReport(false).render(List.of(ReportFixtures.entry()));
        assertFalse(plain.contains("\u001b"));
        String coloured = new TextReport(true).render(List.of(ReportFixtures.entry()));
        assertTrue(coloured.contains("\u001b[1;31merror\u001b[0m"), coloured);
        assertTrue(coloured.contains("\u001b[33mwarning\u001b[0m"));
        assertTrue(coloured.contains("\u001b[2m" + P + ":1:1:\u001b[0m"));
        // stripped of escapes, the coloured text is the plain text
        assertEquals(plain, coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @Test
    void colourNeedsAConsoleANonDumbTerminalAndNoNoColor() {
        assertTrue(TextReport.terminalSupportsColour(true, Map.of("TERM", "xterm-256color")));
        assertTrue(TextReport.terminalSupportsColour(true, Map.of()));
        assertFalse(TextReport.terminalSupportsColour(false, Map.of("TERM", "xterm")));
        assertFalse(TextReport.terminalSupportsColour(true, Map.of("TERM", "dumb")));
        assertFalse(TextReport.terminalSupportsColour(true, Map.of("TERM", "xterm", "NO_COLOR", "")));
        assertFalse(TextReport.terminalSupportsColour(true, Map.of("NO_COLOR", "1")));
    }
}
