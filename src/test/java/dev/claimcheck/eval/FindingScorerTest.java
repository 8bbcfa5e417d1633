package dev.claimcheck.eval;

import dev.claimcheck.eval.ArticleAnnotation.GoldFinding;
import dev.claimcheck.model.Span;
import dev.claimcheck.report.Categories;
import dev.claimcheck.report.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingScorerTest {
    static final String TEXT = "Rail strike halts trains\n\nThe strike will cost hundreds of millions, critics say. "
            + "Government sources said talks may resume. The union wants 7 percent.\n\nRead more: Ten best trains\n";
    static final String REF = "eval/texts/strike.txt";

    static Span span(String snippet) {
        int i = TEXT.indexOf(snippet);
        return Span.of(TEXT, i, i + snippet.length());
    }

    static GoldFinding gold(String category, String snippet) {
        Span s = span(snippet);
        return new GoldFinding(category, s.start(), s.end(), s.text(), "test");
    }

    static Finding reported(String category, String... snippets) {
        return new Finding("rule-" + category, category, "warning", "msg", "fix",
                java.util.Arrays.stream(snippets).map(FindingScorerTest::span).toList(), List.of());
    }

    static AnnotationSet set() {
        ArticleAnnotation a = new ArticleAnnotation(REF, null, null, null, null, List.of(
                gold(Categories.UNSUPPORTED_ASSERTION, "critics say"),
                gold(Categories.WEAK_SOURCING, "Government sources said"),
                gold(Categories.MISSING_CONTEXT, "hundreds of millions"),
                gold(Categories.STRUCTURE, "Read more: Ten best trains")));
        return new AnnotationSet(List.of(new AnnotatedArticle(a, Path.of("strike.txt"), TEXT)));
    }

    @Test
    void countsRightWrongAndMissedPerCategory() {
        List<Finding> findings = List.of(
                // right: same category, evidence overlaps (the second evidence span does)
                reported(Categories.UNSUPPORTED_ASSERTION, "The union wants", "critics"),
                // wrong: a second report of the same problem; matching is one to one
                reported(Categories.UNSUPPORTED_ASSERTION, "critics say"),
                // right span, wrong category: wrong in its category, and the weak-sourcing one stays missed
                reported(Categories.DUPLICATED_SOURCING, "Government sources said"),
                // right
                reported(Categories.STRUCTURE, "Read more"));
        FindingReport report = FindingScorer.score(set(), Map.of(REF, findings));
        assertEquals(new FindingReport.CategoryScore(Categories.UNSUPPORTED_ASSERTION, 1, 1, 0),
                report.total(Categories.UNSUPPORTED_ASSERTION));
        assertEquals(new FindingReport.CategoryScore(Categories.WEAK_SOURCING, 0, 0, 1),
                report.total(Categories.WEAK_SOURCING));
        assertEquals(new FindingReport.CategoryScore(Categories.DUPLICATED_SOURCING, 0, 1, 0),
                report.total(Categories.DUPLICATED_SOURCING));
        assertEquals(new FindingReport.CategoryScore(Categories.MISSING_CONTEXT, 0, 0, 1),
                report.total(Categories.MISSING_CONTEXT));
        assertEquals(new FindingReport.CategoryScore(Categories.STRUCTURE, 1, 0, 0),
                report.total(Categories.STRUCTURE));
        assertEquals(4, report.details().size(), String.join("\n", report.details()));
    }

    @Test
    void findingWithoutEvidenceIsWrong() {
        Finding articleLevel = new Finding("too-short", Categories.STRUCTURE, "info", "m", "s", List.of(), List.of());
        FindingReport report = FindingScorer.score(set(), path -> List.of(articleLevel));
        assertEquals(new FindingReport.CategoryScore(Categories.STRUCTURE, 0, 1, 1), report.total(Categories.STRUCTURE));
    }

    @Test
    void markdownHasARowPerCategoryAndATotal() {
        FindingReport report = FindingScorer.score(set(), Map.of(REF,
                List.of(reported(Categories.STRUCTURE, "Read more"), reported(Categories.INCONSISTENCY, "7 percent"))));
        String md = report.toMarkdown();
        assertTrue(md.contains("| structure | 1 | 1 | 1 | 0 | 0 | 1.00 | 1.00 |"), md);
        assertTrue(md.contains("| inconsistency | 0 | 1 | 0 | 1 | 0 | 0.00 | – |"), md);
        assertTrue(md.contains("| all | 4 | 2 | 1 | 1 | 3 | 0.50 | 0.25 |"), md);
    }

    @Test
    void readsFindingsFromReportFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String report = """
                {"schemaVersion": "1.0", "summary": {"claims": 0},
                 "findings": [{"ruleId": "teaser", "category": "structure", "severity": "warning",
                   "message": "m", "suggestion": "s",
                   "evidence": [{"start": %d, "end": %d, "text": "Read more"}], "claimIds": []}]}
                """.formatted(span("Read more").start(), span("Read more").end());
        java.nio.file.Files.writeString(dir.resolve("strike.report.json"), report);
        FindingReport r = FindingScorer.scoreDirectory(set(), dir);
        assertEquals(new FindingReport.CategoryScore(Categories.STRUCTURE, 1, 0, 0), r.total(Categories.STRUCTURE));
    }
}
