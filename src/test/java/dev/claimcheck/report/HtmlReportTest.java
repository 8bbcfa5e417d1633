package dev.claimcheck.report;

import dev.claimcheck.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    private static final String HTML = new HtmlReport().render(ReportFixtures.entry());
    private static final Document DOC = Jsoup.parse(HTML);

    @Test
    void oneHighlightPerEvidenceSpanOfEveryFinding() {
        VerificationReport r = ReportFixtures.report();
        int spans = ReportFixtures.evidenceSpans(r);
        assertEquals(8, spans);
        assertEquals(spans, DOC.select("mark.hl[data-part=0]").size());
        assertEquals(spans, DOC.select("mark.hl").eachAttr("data-hl").stream().distinct().count());
        // every highlight, its parts joined, is exactly its evidence text, in its finding's category colour
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        for (Element m : DOC.select("mark.hl")) {
            texts.computeIfAbsent(m.attr("data-hl"), k -> new StringBuilder()).append(m.wholeText());
        }
        int hl = 0;
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            for (Span s : f.evidence()) {
                Element first = DOC.getElementById("hl-" + hl);
                assertNotNull(first);
                assertEquals(String.valueOf(i), first.attr("data-finding"));
                assertTrue(first.hasClass("cat-" + f.category()), first.outerHtml());
                assertEquals(s.text(), texts.get(String.valueOf(hl)).toString(), "highlight " + hl);
                hl++;
            }
        }
    }

    @Test
    void theArticleTextIsShownWhole() {
        assertEquals(ReportFixtures.TEXT, DOC.getElementById("article-text").wholeText());
    }

    @Test
    void articleTextAndMessagesAreEscaped() {
        // only our own script element; the article's <script> and the message's <b> are text
        assertEquals(1, DOC.select("script").size());
        assertFalse(DOC.select("script").first().html().contains("alert"));
        assertTrue(DOC.getElementById("article-text").text().contains("new <script>alert('x')</script> parking fees"));
        assertTrue(DOC.select("b").eachText().stream().noneMatch("bold"::equals));
        Element ds = DOC.selectFirst(".finding[data-finding=5]");
        assertEquals("Claim repeats **the same** source | twice <b>bold</b>", ds.selectFirst(".message").text());
        assertFalse(HTML.contains("<script>alert"));
    }

    @Test
    void metadataIsEscapedAndOnlyWebLinksAreLive() {
        VerificationReport base = ReportFixtures.report();
        VerificationReport evil = new VerificationReport(base.schemaVersion(),
                new VerificationReport.ArticleRef("x", "<img src=x onerror=alert(1)>", "javascript:alert(1)", null),
                base.summary(), base.claims(), base.sources(), base.attributions(), base.findings(), base.articleText());
        Document doc = Jsoup.parse(new HtmlReport().render(new ReportEntry("\"><svg onload=alert(1)>.txt", evil)));
        assertTrue(doc.select("img, svg, a[href^=javascript]").isEmpty());
        assertEquals("<img src=x onerror=alert(1)>", doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst(".meta").text().contains("javascript:alert(1)"));
        assertEquals("https://example.org/riverton/budget", DOC.selectFirst(".meta a").attr("href"));
    }

    @Test
    void selfContained() {
        assertTrue(DOC.select("link, img, iframe, script[src], object, embed").isEmpty());
        assertFalse(HTML.contains("@import"));
        assertFalse(HTML.contains("url("));
        assertTrue(DOC.select("[src], [srcset], [background]").isEmpty(), "nothing is fetched");
    }

    @Test
    void summaryLegendAndFilters() {
        assertEquals("4", DOC.selectFirst(".stat-claims b").text());
        assertEquals("7", DOC.selectFirst(".stat-findings b").text());
        assertEquals("1", DOC.selectFirst(".stat-error b").text());
        assertEquals("3", DOC.selectFirst(".stat-warning b").text());
        assertEquals(Categories.ALL.size(), DOC.select(".legend .legend-item").size());
        assertEquals(Categories.ALL, DOC.select("input[name=category]").eachAttr("value"));
        assertEquals(Severity.NAMES, DOC.select("input[name=severity]").eachAttr("value"));
        assertTrue(DOC.select(".filters input").stream().allMatch(i -> i.hasAttr("checked")));
    }

    @Test
    void panelListsFindingsByCategoryThenSeverity() {
        assertEquals(7, DOC.select("li.finding").size());
        Element ua = DOC.selectFirst(".group[data-category=unsupported-assertion]");
        assertEquals(List.of("error", "info"), ua.select(".subgroup").eachAttr("data-severity"));
        Element rec = ua.selectFirst(".finding[data-finding=0]");
        assertEquals("UA-RECORD", rec.selectFirst(".rule").text());
        assertEquals("line 2, col 71", rec.selectFirst(".where").text());
        assertEquals("Suggestion Cite the budget archive or drop the superlative.", rec.selectFirst(".suggestion").text());
        assertEquals("whole article", DOC.selectFirst(".finding[data-finding=6] .where").text());
        assertEquals(2, DOC.select(".finding[data-finding=1] blockquote.evidence").size());
    }

    @Test
    void claimsAndSourcesAreVisible() {
        assertEquals(4, DOC.select(".claim-item").size());
        Element c3 = DOC.selectFirst(".claim-item[data-claim=C3]");
        assertTrue(c3.text().contains("Dana Ortiz"), c3.text());
        assertTrue(DOC.selectFirst(".claim-item[data-claim=C4]").text().contains("vague attribution"));
        Element inText = DOC.selectFirst("#article-text .claim[data-claim=C3][data-part=0]");
        assertEquals("C3 · quote — sources: Dana Ortiz", inText.attr("title"));
        assertEquals(4, DOC.select("#article-text .claim[data-part=0]").size());
    }

    @Test
    void reportWithoutTextOrFindingsStillRenders() {
        VerificationReport base = ReportFixtures.report(List.of());
        VerificationReport bare = new VerificationReport(base.schemaVersion(), null, base.summary(), List.of(),
                List.of(), List.of(), List.of(), null);
        Document doc = Jsoup.parse(new HtmlReport().render(new ReportEntry("bare.txt", bare)));
        assertEquals("bare.txt", doc.selectFirst("h1").text());
        assertTrue(doc.select("mark").isEmpty());
        assertTrue(doc.text().contains("No findings."));
    }

    @Test
    void pageFileNames() {
        assertEquals("riverton-budget.html", HtmlReport.pageFileName("claims/riverton-budget.txt"));
        assertEquals("my_story.html", HtmlReport.pageFileName("c:\\news\\my story.json"));
        assertEquals("article.html", HtmlReport.pageFileName("claims/"));
        assertEquals("article.hidden.html", HtmlReport.pageFileName(".hidden"));
    }
}
