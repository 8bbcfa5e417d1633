package dev.claimcheck.cli;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The same article as .txt, .md, .html and .json gives the same findings on the same words. */
class FormatParityTest {
    private static final String TITLE = "Ferry operator cuts winter sailings";
    private static final String[] PARAGRAPHS = {
        "The island ferry company will cut winter sailings by a third from December, its managing director said on Monday.",
        "The route is the busiest ferry crossing in the country. Fuel costs have risen 40% since last year.",
        "It is believed that the cuts will hurt tourism, according to people familiar with the plans.",
    };

    @Test
    void everyInputFormatGivesTheSameFindings(@TempDir Path dir) throws Exception {
        String body = String.join("\n\n", PARAGRAPHS);
        Files.writeString(dir.resolve("a.txt"), TITLE + "\n\n" + body + "\n");
        Files.writeString(dir.resolve("a.md"), "---\ntitle: " + TITLE + "\n---\n\n" + TITLE + "\n\n" + body + "\n");
        StringBuilder html = new StringBuilder("<html><head><title>" + TITLE + "</title></head><body><nav>Home</nav><article><h1>"
                + TITLE + "</h1>");
        for (String p : PARAGRAPHS) {
            html.append("<p>").append(p).append("</p>");
        }
        Files.writeString(dir.resolve("a.html"), html.append("</article></body></html>").toString());
        Files.writeString(dir.resolve("a.json"), new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(java.util.Map.of("id", "a", "title", TITLE, "body", body)));

        ClaimChecker checker = ClaimChecker.withDefaultRules();
        List<String> reference = summary(checker.check(dir.resolve("a.txt")));
        assertFalse(reference.isEmpty(), "the sample article should have findings");
        for (String f : new String[] {"a.md", "a.html", "a.json"}) {
            assertEquals(reference, summary(checker.check(dir.resolve(f))), f);
        }
    }

    private static List<String> summary(VerificationReport report) {
        return report.findings().stream().map(FormatParityTest::describe).sorted().toList();
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.evidence().stream().map(e -> e.text()).toList();
    }
}
