package dev.claimcheck.report;

import dev.claimcheck.model.Span;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the Markdown the way a CMS or code host would (CommonMark + GFM tables) and inspects the result. */
class MarkdownReportTest {
    private static final List<org.commonmark.Extension> EXT = List.of(TablesExtension.create());

    private static Document rendered(String markdown) {
        String html = HtmlRenderer.builder().extensions(EXT).build()
                .render(Parser.builder().extensions(EXT).build().parse(markdown));
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void summaryTableCountsCategoryBySeverity() {
        String md = new MarkdownReport().render(List.of(ReportFixtures.entry()));
        Document doc = rendered(md);
        assertEquals(1, doc.select("table").size(), md);
        List<String> rows = doc.select("tbody tr").eachText();
        assertEquals(List.of(
                "unsupported-assertion 1 0 1 2",
                "weak-sourcing 0 1 0 1",
                "duplicated-sourcing 0 1 0 1",
                "inconsistency 0 1 0 1",
                "missing-context 0 0 1 1",
                "structure 0 0 1 1",
                "Total 1 3 3 7"), rows);
        assertEquals("ClaimCheck: Riverton council approves record budget", doc.select("h2").text());
    }

    @Test
    void findingsGroupedBySeverityWithRuleSuggestionAndQuotedEvidence() {
        Document doc = rendered(new MarkdownReport().render(List.of(ReportFixtures.entry())));
        assertEquals(List.of("Errors (1)", "Warnings (3)", "Info (3)"), doc.select("h3").eachText());
        List<Element> items = doc.select("ul > li");
        assertEquals(7, items.size());
        Element ua = items.get(0);
        assertEquals("UA-RECORD", ua.selectFirst("strong > code").text());
        assertTrue(ua.text().contains("Suggestion: Cite the budget archive or drop the superlative."), ua.text());
        assertEquals("the largest in the city's history", ua.selectFirst("blockquote").text());
        assertTrue(ua.text().contains("Line 2, column 71:"), ua.text());
        // two evidence spans, two quotes
        Element ws = items.stream().filter(li -> li.text().contains("WS-VAGUE")).findFirst().orElseThrow();
        assertEquals(List.of("Officials said", "according to sources"), ws.select("blockquote").eachText());
        Element st = items.stream().filter(li -> li.text().contains("ST-NO-DATELINE")).findFirst().orElseThrow();
        assertTrue(st.text().contains("Applies to the whole article."));
    }

    @Test
    void articleAndRuleTextCannotChangeTheMarkdownStructure() {
        String md = new MarkdownReport().render(List.of(ReportFixtures.entry()));
        Document doc = rendered(md);
        assertTrue(doc.select("script, b").isEmpty(), "no HTML from the article or messages is live");
        // our own bold: the rule ids and the Total cell; the article's **$3 million** and the message's **the same**
        // must stay literal
        assertEquals(7 + 1, doc.select("strong").size());
        Element ds = doc.select("ul > li").stream().filter(li -> li.text().contains("DS-ECHO")).findFirst().orElseThrow();
        assertTrue(ds.text().contains("Claim repeats **the same** source | twice <b>bold</b>"), ds.text());
        assertEquals("new <script>alert('x')</script> parking fees", ds.selectFirst("blockquote").text());
    }

    @Test
    void multiLineEvidenceStaysInsideItsQuote() {
        String text = "Intro.\n\n# Not a heading\n- not a list\n| not | a table |\n";
        Finding f = new Finding("X-1", Categories.STRUCTURE, "warning", "Odd *paragraph* [link](http://x)", null,
                List.of(Span.of(text, 0, text.length())), List.of());
        VerificationReport r = new VerificationReport("1.0", new VerificationReport.ArticleRef("x", "A # title", null,
                null), new VerificationReport.Summary(0, 1, java.util.Map.of(), java.util.Map.of()), List.of(),
                List.of(), List.of(), List.of(f), text);
        Document doc = rendered(new MarkdownReport().render(List.of(new ReportEntry("x.txt", r))));
        assertTrue(doc.select("h1, blockquote h1, blockquote ul, blockquote table, a, blockquote em").isEmpty(), doc.html());
        assertTrue(doc.select("em").eachText().stream().noneMatch(t -> t.contains("paragraph")));
        assertEquals(1, doc.select("blockquote").size());
        assertEquals("Intro. # Not a heading - not a list | not | a table |", doc.selectFirst("blockquote").text());
        assertEquals("ClaimCheck: A # title", doc.select("h2").text());
        assertTrue(doc.text().contains("Odd *paragraph* [link](http://x)"));
    }

    @Test
    void batchHasATopHeadingAndOneSectionPerArticle() {
        String md = new MarkdownReport().render(List.of(ReportFixtures.entry(), ReportFixtures.secondEntry()));
        Document doc = rendered(md);
        assertEquals("ClaimCheck report: 2 articles", doc.select("h2").text());
        assertEquals(List.of("ClaimCheck: Riverton council approves record budget", "ClaimCheck: Bus fares rise"),
                doc.select("h3").eachText());
        assertEquals(2, doc.select("table").size());
        assertTrue(doc.text().contains("8 findings (1 error, 4 warnings, 3 info)."));
    }

    @Test
    void reportWithoutFindingsSaysSo() {
        Document doc = rendered(new MarkdownReport().render(List.of(new ReportEntry("a.txt",
                ReportFixtures.report(List.of())))));
        assertTrue(doc.text().contains("No findings."));
        assertTrue(doc.select("table").isEmpty());
    }
}
