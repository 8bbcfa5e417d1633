package dev.claimcheck.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlIndexTest {

    @Test
    void oneRowPerArticleWithCountsAndLinks() {
        Document doc = Jsoup.parse(new HtmlIndex().render(List.of(
                new IndexRow("Riverton <budget>", "riverton-budget.html", ReportFixtures.report()),
                new IndexRow(null, "bus-fares.html", ReportFixtures.secondEntry().report()))));
        assertEquals(2, doc.select("tbody tr").size());
        assertEquals(List.of("Riverton <budget>", "Bus fares rise"), doc.select("tbody td a").eachText());
        assertEquals(List.of("riverton-budget.html", "bus-fares.html"), doc.select("tbody td a").eachAttr("href"));
        // Article, Claims, Findings, Error, Warning, Info, then the six categories
        assertEquals(List.of("4", "7", "1", "3", "3", "2", "1", "1", "1", "1", "1"),
                doc.select("tbody tr").first().select("td.num").eachText());
        assertEquals(12, doc.select("thead th").size());
        assertTrue(doc.select("thead th").stream().allMatch(th -> th.selectFirst("button") != null), "all sortable");
        assertEquals(1, doc.select("script").size());
        assertTrue(doc.select("link, img, script[src]").isEmpty());
    }

    @Test
    void hrefsCannotRunScript() {
        assertEquals("./javascript:alert(1)", HtmlIndex.safeHref("javascript:alert(1)"));
        assertEquals("a.html", HtmlIndex.safeHref("a.html"));
        assertEquals("https://example.org/a", HtmlIndex.safeHref("https://example.org/a"));
    }

    @Test
    void siteWritesOnePagePerArticleAndAnIndexWithUniqueNames(@TempDir Path dir) throws Exception {
        ReportEntry a = ReportFixtures.entry();
        ReportEntry b = new ReportEntry("other/riverton-budget.txt", ReportFixtures.report());
        List<Path> written = new HtmlSite().write(List.of(a, b, ReportFixtures.secondEntry()), dir.resolve("out"));
        assertEquals(List.of("riverton-budget.html", "riverton-budget-2.html", "bus-fares.html", "index.html"),
                written.stream().map(p -> p.getFileName().toString()).toList());
        Document index = Jsoup.parse(Files.readString(dir.resolve("out/index.html")));
        assertEquals(List.of("riverton-budget.html", "riverton-budget-2.html", "bus-fares.html"),
                index.select("tbody a").eachAttr("href"));
        assertTrue(Files.readString(dir.resolve("out/bus-fares.html")).contains("Bus fares rise"));
    }
}
