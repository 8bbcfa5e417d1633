package dev.claimcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    private static final Path SEED_DOC = Path.of("claims/huawei-mts-5g.claims.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void checkPrintsTheJsonReportContract() throws IOException {
        Run r = run("check", "--format", "json", SEED_DOC.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode report = JSON.readTree(r.out());
        for (String field : new String[] {"schemaVersion", "article", "summary", "claims", "sources", "attributions", "findings"}) {
            assertTrue(report.has(field), "report lacks " + field);
        }
        JsonNode finding = report.get("findings").get(0);
        for (String field : new String[] {"ruleId", "category", "severity", "message", "suggestion", "evidence", "claimIds"}) {
            assertTrue(finding.has(field), "finding lacks " + field);
        }
        JsonNode evidence = finding.get("evidence").get(0);
        String text = Files.readString(Path.of("claims/huawei-mts-5g.txt"));
        assertEquals(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()), evidence.get("text").asText());
    }

    @Test
    void failOnWarningTurnsWarningsIntoExitOne() {
        assertEquals(1, run("check", "--fail-on", "warning", SEED_DOC.toString()).exit());
        assertEquals(0, run("check", "--fail-on", "never", SEED_DOC.toString()).exit());
    }

    @Test
    void rulesListsEveryRuleWithItsMetadata() {
        Run r = run("rules");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("same-source-twice"));
        assertTrue(r.out().contains("duplicated-sourcing"));
    }

    @Test
    void aMalformedFileInAFolderIsNamedAndTheOthersAreStillReported(@TempDir Path dir) throws IOException {
        Files.copy(SEED_DOC, dir.resolve("good.claims.json"));
        Files.writeString(dir.resolve("bad.claims.json"), "{\n  \"article\": {\"id\": \"x\",\n  \"text\": }\n");
        Path out = dir.resolve("out");
        Run r = run("check", "--format", "json", "--out", out.toString(), dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.claims.json:3"), r.err());
        assertTrue(Files.exists(out.resolve("good.claims.report.json")));
    }

    @Test
    void severalInputsWithoutOutGiveJsonLines(@TempDir Path dir) throws IOException {
        Files.copy(SEED_DOC, dir.resolve("a.claims.json"));
        Files.copy(SEED_DOC, dir.resolve("b.claims.json"));
        Run r = run("check", "--format", "json", dir.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            assertTrue(JSON.readTree(line).has("findings"));
        }
    }

    @Test
    void aMissingPathIsAnErrorForThatPathAlone() {
        Run r = run("check", SEED_DOC.toString(), "no/such/file.txt");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no/such/file.txt"));
        assertTrue(r.out().contains("repeated-headline"));
    }

    @Test
    void aRuleWithASyntaxErrorIsNamedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = copyOfBundledRules(dir);
        Path drl = rules.resolve("structure.drl");
        Files.writeString(drl, Files.readString(drl).replace("then", "thne"));
        Run r = run("check", "--rules", rules.toString(), SEED_DOC.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().matches("(?s).*structure\\.drl:\\d+.*"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aRulesFolderWithoutDrlIsRefusedWhenItReplacesTheBundledRules(@TempDir Path dir) {
        Run r = run("rules", "--no-default-rules", "--rules", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no .drl rule files"), r.err());
        // Stacked on the bundled rules, a folder of word lists alone is fine.
        assertEquals(0, run("rules", "--rules", dir.toString()).exit());
    }

    @Test
    void anEmptyArticleIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "  \n\n");
        Run r = run("check", dir.resolve("empty.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("empty.txt") && r.err().contains("empty article"), r.err());
    }

    @Test
    void invalidUtf8IsNamed(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owners protest\n\nThe caf\u00e9 closed.".getBytes("ISO-8859-1"));
        Run r = run("check", dir.resolve("latin1.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("latin1.txt") && r.err().contains("UTF-8"), r.err());
    }

    static Path copyOfBundledRules(Path dir) throws IOException {
        Path src = Path.of("rules");
        Path dst = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dst;
    }

    @Test
    void aClaimsDocumentWithoutItsArticleTextNamesTheMissingField(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.claims.json"), "{\"article\": {\"id\": \"x\", \"title\": \"T\"}}");
        Run r = run("check", dir.resolve("x.claims.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("x.claims.json") && r.err().contains("text"), r.err());
    }

    @Test
    void rulesTestPassesOnTheBundledRulesAndFailsOnABrokenOne(@TempDir Path dir) throws IOException {
        Run ok = run("rules", "--test");
        assertEquals(0, ok.exit(), ok.out());
        assertTrue(ok.out().matches("(?s).*\\d+ passed, 0 failed.*"), ok.out());
        Path rules = copyOfBundledRules(dir);
        Path drl = rules.resolve("structure.drl");
        // A rule that never fires: its must-fire examples now fail.
        Files.writeString(drl, Files.readString(drl).replace("$p : Paragraph(role == \"repeated-headline\")",
                "$p : Paragraph(role == \"no-such-role\")"));
        Run broken = run("rules", "--test", "--rules", rules.toString());
        assertEquals(1, broken.exit());
        assertTrue(broken.out().contains("FAIL repeated-headline"), broken.out());
    }

    @Test
    void everyFormatRendersTheSeed(@TempDir Path dir) throws IOException {
        String seed = "claims/huawei-mts-5g.txt";
        assertTrue(run("check", "--format", "md", seed).out().contains("repeated-headline"));
        JsonNode sarif = JSON.readTree(run("check", "--format", "sarif", seed).out());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertTrue(run("check", "--format", "html", seed).out().startsWith("<!DOCTYPE html>"));
        Run text = run("check", "--no-color", seed);
        assertTrue(text.out().contains("claims/huawei-mts-5g.txt:3:1: warning structure repeated-headline"), text.out());
        assertTrue(!text.out().contains("\u001b["), "no ANSI colour when piped");
        Run html = run("check", "--format", "html", "--out", dir.toString(), "claims/");
        assertEquals(0, html.exit(), html.err());
        assertTrue(Files.exists(dir.resolve("index.html")) && Files.exists(dir.resolve("huawei-mts-5g.html")));
    }
}
