package dev.claimcheck.cli;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.input.ArticleReader;
import dev.claimcheck.input.InputException;
import dev.claimcheck.model.Article;
import dev.claimcheck.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static dev.claimcheck.cli.NewsroomSupport.ARTICLE;
import static dev.claimcheck.cli.NewsroomSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10, items 4, 6 and 7: rules that stack, CI behaviour, library hygiene. */
class StackedRulesAndCiTest {
    @TempDir
    Path tmp;

    private static final String HOUSE_RULE = """
            package claimcheck.house
            import dev.claimcheck.model.Sentence
            global dev.claimcheck.engine.RuleSupport cc
            rule "house-banned-word"
                @id("house-banned-word")
                @category("structure")
                @severity("warning")
                @description("A word the house style book bans.")
            when
                $s : Sentence()
                eval(!cc.find("house-banned", $s.text(), $s.start()).isEmpty())
            then
                cc.flag(kcontext, "Banned by the style book.", "Use a plainer word.",
                        cc.find("house-banned", $s.text(), $s.start()), null);
            end
            """;
    private static final String HOUSE_EXAMPLES = """
            [{"rule": "house-banned-word", "fires": true, "text": "Talks\\n\\nThe talks were a gamechanger, the mayor said.", "flag": "gamechanger"},
             {"rule": "house-banned-word", "fires": false, "text": "Talks\\n\\nThe talks went well, the mayor said."}]
            """;

    private Path houseRules(boolean withList) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("house"));
        Files.writeString(dir.resolve("house.drl"), HOUSE_RULE);
        Files.writeString(dir.resolve("house.examples.json"), HOUSE_EXAMPLES);
        Files.createDirectories(dir.resolve("lexicon"));
        if (withList) {
            Files.writeString(dir.resolve("lexicon/house-banned.txt"), "gamechanger\n");
        }
        // Extends the bundled list: the outlet becomes a source, the bundled outlets stay.
        Files.writeString(dir.resolve("lexicon/news-outlets.txt"), "# ours\nThe Harbour Courier\n");
        return dir;
    }

    @Test
    void aNewsroomFolderAddsRulesAndExtendsWordListsWithoutLosingTheBundledOnes() throws Exception {
        Path rules = houseRules(true);
        ClaimChecker checker = ClaimChecker.builder().rulesDirectory(rules).build();
        assertTrue(checker.rules().stream().anyMatch(r -> r.id().equals("house-banned-word")));
        assertTrue(checker.rules().size() > 20, "the bundled rules are still there");
        Article a = new Article("a", "Talks", null, null, null, "Talks\n\nThe talks were a gamechanger, The Harbour"
                + " Courier reported.\n\nThe deal was signed on Monday, Reuters reported.");
        var doc = checker.extract(a);
        assertTrue(doc.sources().stream().anyMatch(s -> s.name().contains("Harbour Courier")), doc.sources().toString());
        assertTrue(doc.sources().stream().anyMatch(s -> s.name().equals("Reuters")), "bundled outlets kept");
        assertTrue(checker.check(a).findings().stream().anyMatch(f -> f.ruleId().equals("house-banned-word")));
    }

    @Test
    void aMissingWordListIsALoadErrorAndReplacingTheBundledRulesNeedsEveryList() throws Exception {
        Path rules = houseRules(false);
        NewsroomSupport.Run r = run("rules", "--rules", rules.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.exit());
        assertTrue(r.err().contains("house.drl:11: uses word list 'house-banned'"), r.err());
        Files.writeString(rules.resolve("lexicon/house-banned.txt"), "gamechanger\n");
        r = run("rules", "--no-default-rules", "--rules", rules.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.exit());
        assertTrue(r.err().contains("extraction needs word lists") && r.err().contains("lexicon/reporting-verbs.txt"),
                r.err());
    }

    @Test
    void severalHtmlPagesWithoutOutWriteNothingAndExitTwo() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
        Path b = Files.writeString(tmp.resolve("b.txt"), ARTICLE);
        NewsroomSupport.Run r = run("check", "--format", "html", "--fail-on", "never", a.toString(), b.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
    }

    @Test
    void resumeKeepsTheExitCodeOfWhatItSkippedAndReportsAreNeverReadBack() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        Files.setLastModifiedTime(in.resolve("a.txt"), java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 3_600_000));
        Path out = in.resolve("reports"); // inside the inputs
        for (String format : new String[] {"md", "json", "text", "sarif", "html"}) {
            NewsroomSupport.Run first = run("check", "-q", "--format", format, "--fail-on", "warning", "--out",
                    out.toString(), in.toString());
            assertEquals(ExitCodes.FINDINGS, first.exit(), format + first.err());
            NewsroomSupport.Run again = run("check", "-q", "--format", format, "--fail-on", "warning", "--resume",
                    "--out", out.toString(), in.toString());
            assertEquals(ExitCodes.FINDINGS, again.exit(), format + ": the skipped article still fails the build");
            try (var files = Files.walk(out)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".report.report")
                        || p.toString().contains("reports/reports")), format + ": a report was read back as an input");
            }
        }
    }

    @Test
    void reportFilesHonourTheUmask() throws Exception {
        Path in = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
        Path out = tmp.resolve("out");
        run("check", "-q", "--format", "json", "--out", out.toString(), in.toString());
        Path plain = Files.writeString(tmp.resolve("probe"), "x"); // created as any program would
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(out.resolve("a.report.json")));
    }

    @Test
    void stdinIsReadWithDashAndVersionIsTheBuildsOwn() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
            NewsroomSupport.Run r = run("check", "--stdin-name", "story.md", "-");
            assertTrue(r.out().startsWith("story.md:3:"), r.out());
        } finally {
            System.setIn(saved);
        }
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.substring(pom.indexOf("<version>") + 9, pom.indexOf("</version>"));
        assertEquals("claimcheck " + version, run("--version").out().strip());
    }

    @Test
    void libraryHygiene() throws Exception {
        Article built = Article.builder().id("x").title("T").body("Body text.").published(java.time.LocalDate.of(2024, 3, 4))
                .build();
        assertEquals("T\n\nBody text.", built.text());
        assertEquals("2024-03-04", built.published());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().text("T\n\nB").published("4 March 2024").build());
        assertTrue(e.getMessage().startsWith("published: '4 March 2024'"), e.getMessage());
        Path md = Files.writeString(tmp.resolve("a.md"), "---\ntitle: T\npublished: March 4\n---\nT\n\nBody.\n");
        InputException ie = assertThrows(InputException.class, () -> ArticleReader.read(md));
        assertTrue(ie.getMessage().contains("a.md:3:1: front matter published: 'March 4'"), ie.getMessage());
        Path json = Files.writeString(tmp.resolve("a.json"), "{\"title\": \"T\", \"body\": \"B.\", \"published\": \"soon\"}");
        ie = assertThrows(InputException.class, () -> ArticleReader.read(json));
        assertTrue(ie.getMessage().contains("published: 'soon'"), ie.getMessage());

        var f = ClaimChecker.withDefaultRules().check(Article.builder().title(NewsroomSupport.TITLE)
                .body(NewsroomSupport.ANONYMOUS).build()).findings();
        assertTrue(f.stream().anyMatch(x -> x.severityLevel() == Severity.INFO && x.line() == 3 && x.column() > 1));

        // CLI-only dependencies are optional: a library user's build does not inherit them.
        String pom = Files.readString(Path.of("pom.xml"));
        for (String artifact : new String[] {"picocli", "progressbar", "slf4j-nop", "undertow-core"}) {
            int at = pom.indexOf("<artifactId>" + artifact + "</artifactId>");
            String block = pom.substring(at, pom.indexOf("</dependency>", at));
            assertTrue(block.contains("<optional>true</optional>"), artifact + " must be optional");
        }
        assertFalse(pom.isEmpty());
    }
}
