package dev.claimcheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.model.Span;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.VerificationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed article's report against ../shared/acceptance/seed-expectations.json, read as it is: every must and
 * must-not holds, at least 6 of the 9 shoulds are found, at most maxFindings findings. A finding matches an
 * expectation when its category is one of the expectation's and an evidence span overlaps an occurrence of one
 * of its anchors.
 */
class SeedAcceptanceTest {
    private static final Path EXPECTATIONS = Path.of("..", "shared", "acceptance", "seed-expectations.json");
    private static JsonNode expectations;
    private static VerificationReport report;
    private static String text;

    @BeforeAll
    static void checkTheSeed() throws Exception {
        expectations = new ObjectMapper().readTree(EXPECTATIONS.toFile());
        Path article = EXPECTATIONS.getParent().resolve(expectations.get("article").asText()).normalize();
        text = Files.readString(article);
        report = ClaimChecker.withDefaultRules().check(article);
    }

    @Test
    void everyMustIsFound() {
        List<String> missing = ids("must", false);
        assertTrue(missing.isEmpty(), "must expectations not met: " + missing + "\n" + findings());
    }

    @Test
    void noMustNotIsFound() {
        List<String> violated = ids("must-not", true);
        assertTrue(violated.isEmpty(), "must-not expectations violated: " + violated + "\n" + findings());
    }

    @Test
    void atLeastSixShouldsAreFound() {
        List<String> found = ids("should", true);
        assertTrue(found.size() >= 6, "only " + found + " of the shoulds found\n" + findings());
    }

    @Test
    void atMostMaxFindings() {
        int max = expectations.get("maxFindings").asInt();
        assertTrue(report.findings().size() <= max, report.findings().size() + " findings, more than " + max);
    }

    /** Ids of expectations at {@code level} that are matched ({@code matched} true) or not matched. */
    private static List<String> ids(String level, boolean matched) {
        List<String> ids = new ArrayList<>();
        for (JsonNode e : expectations.get("expectations")) {
            if (e.get("level").asText().equals(level) && matches(e) == matched) {
                ids.add(e.get("id").asText());
            }
        }
        return ids;
    }

    private static boolean matches(JsonNode expectation) {
        List<String> categories = new ArrayList<>();
        expectation.get("categories").forEach(c -> categories.add(c.asText()));
        List<Span> anchors = new ArrayList<>();
        for (JsonNode a : expectation.get("anchors")) {
            String anchor = a.asText();
            for (int i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
                anchors.add(new Span(i, i + anchor.length(), anchor));
            }
        }
        for (Finding f : report.findings()) {
            if (categories.contains(f.category())
                    && f.evidence().stream().anyMatch(ev -> anchors.stream().anyMatch(ev::overlaps))) {
                return true;
            }
        }
        return false;
    }

    private static String findings() {
        StringBuilder sb = new StringBuilder();
        report.findings().forEach(f -> sb.append(f.category()).append(' ').append(f.ruleId()).append(' ')
                .append(f.evidence().stream().map(Span::text).toList()).append('\n'));
        return sb.toString();
    }
}
