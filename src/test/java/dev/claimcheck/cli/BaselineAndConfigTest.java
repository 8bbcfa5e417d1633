package dev.claimcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.claimcheck.cli.NewsroomSupport.ANONYMOUS;
import static dev.claimcheck.cli.NewsroomSupport.ARTICLE;
import static dev.claimcheck.cli.NewsroomSupport.TITLE;
import static dev.claimcheck.cli.NewsroomSupport.VARIANTS;
import static dev.claimcheck.cli.NewsroomSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10, items 2 and 3: baselines, and config files found from each input's folder upward. */
class BaselineAndConfigTest {
    @TempDir
    Path tmp;

    @Test
    void aBaselineAcceptsTodaysFindingsEvenAfterEditsElsewhereAndReportsOnlyNewOnes() throws Exception {
        Files.createDirectories(tmp.resolve(".git"));
        Path article = Files.writeString(tmp.resolve("story.md"), ARTICLE);
        Path baseline = tmp.resolve("baseline.json");
        NewsroomSupport.Run first = run("check", "--fail-on", "info", "--write-baseline", baseline.toString(),
                article.toString());
        assertEquals(ExitCodes.FINDINGS, first.exit(), first.err());
        assertTrue(Files.readString(baseline).contains("anonymity-not-explained"));

        // A paragraph added above moves every offset; the accepted findings stay accepted.
        Files.writeString(article, TITLE + "\n\nThe plant in Wolfsburg opened in 1938, the company said.\n\n"
                + ANONYMOUS + "\n\n" + VARIANTS + "\n");
        NewsroomSupport.Run again = run("check", "--fail-on", "info", "--format", "json", "--baseline",
                baseline.toString(), article.toString());
        assertEquals(ExitCodes.OK, again.exit(), again.out());
        assertEquals(0, again.json().get("summary").get("findings").asInt(), again.out());
        assertTrue(again.err().contains("2 finding(s) accepted, 0 baseline entries no longer occur"), again.err());

        // A new problem is reported; a fixed one is counted as no longer occurring.
        Files.writeString(article, TITLE + "\n\n" + ANONYMOUS + "\n\nThe bank will cut 500 jobs next year, people"
                + " familiar with the plans said.\n");
        NewsroomSupport.Run changed = run("check", "--fail-on", "info", "--format", "json", "--baseline",
                baseline.toString(), article.toString());
        assertEquals(ExitCodes.FINDINGS, changed.exit());
        assertFalse(changed.ruleIds().isEmpty());
        assertTrue(changed.out().contains("people familiar with the plans"), "the new finding is the new paragraph's");
        assertTrue(changed.err().contains("1 baseline entry no longer occur"), changed.err());
    }

    @Test
    void aBrokenBaselineIsAnErrorNamingTheFile() throws Exception {
        Path article = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
        Path bad = Files.writeString(tmp.resolve("b.json"), "{\"version\": 1, \"entries\": [\n {\"artikel\": 1}]}");
        NewsroomSupport.Run r = run("check", "--baseline", bad.toString(), article.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.exit());
        assertTrue(r.err().contains("b.json:2:"), r.err());
    }

    @Test
    void configsAreFoundUpwardToTheRepositoryRootAndANearerOneOverrides() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        // Above the repository root: never read.
        Files.writeString(tmp.resolve(".claimcheck.yaml"), "rules:\n  entity-name-variants: error\n");
        Files.writeString(repo.resolve(".claimcheck.yaml"), "# the newsroom's settings\nrules:\n"
                + "  anonymity-not-explained: off\nexclude:\n  - drafts/**\n  - '*.wip.md'\n");
        Path opinion = Files.createDirectories(repo.resolve("opinion"));
        Files.writeString(opinion.resolve(".claimcheck.json"), "{\"rules\": {\"anonymity-not-explained\": "
                + "{\"enabled\": true, \"severity\": \"error\"}}}");
        Files.writeString(repo.resolve("news.md"), ARTICLE);
        Files.writeString(opinion.resolve("column.md"), ARTICLE);
        Files.createDirectories(repo.resolve("drafts"));
        Files.writeString(repo.resolve("drafts/half.md"), ARTICLE);
        Files.writeString(repo.resolve("later.wip.md"), ARTICLE);

        NewsroomSupport.Run r = run("check", "--fail-on", "error", repo.toString());
        assertTrue(r.out().contains("news.md:"), r.out());
        assertFalse(r.out().matches("(?s).*news\\.md:\\d+:\\d+: \\S+ \\S+ anonymity-not-explained.*"), r.out());
        assertTrue(r.out().matches("(?s).*column\\.md:\\d+:\\d+: error weak-sourcing anonymity-not-explained.*"), r.out());
        assertFalse(r.out().contains("half.md") || r.out().contains("later.wip.md"), r.out());
        assertFalse(r.out().contains(": error inconsistency"), "the config above the repository is not read");
        assertEquals(ExitCodes.FINDINGS, r.exit(), "the opinion folder makes it an error");
        assertTrue(r.err().contains("2 input(s) left out"), r.err());
    }

    @Test
    void extendsAndAnExplicitConfigApply() throws Exception {
        Files.createDirectories(tmp.resolve(".git"));
        Path shared = Files.writeString(tmp.resolve("house.yaml"), "rules:\n  entity-name-variants:\n    severity: error\n");
        Path own = Files.writeString(tmp.resolve("own.yml"), "extends: house.yaml\nminConfidence: 0\n");
        Path article = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
        NewsroomSupport.Run r = run("check", "--config", own.toString(), article.toString());
        assertTrue(r.out().contains("error inconsistency entity-name-variants"), r.out());
        assertEquals(ExitCodes.FINDINGS, r.exit());
        assertTrue(Files.exists(shared));
    }

    @Test
    void misspeltKeysUnknownRulesAndBadValuesNameTheFileLineKeyAndNearestName() throws Exception {
        Files.createDirectories(tmp.resolve(".git"));
        Path article = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
        String[][] cases = {
                {"rules:\n  anonymity-not-explained:\n    enabld: false\n",
                        ".claimcheck.yaml:3:5: rules.anonymity-not-explained.enabld: unknown key; did you mean 'enabled'?"},
                {"rulez:\n  x: off\n", ".claimcheck.yaml:1:1: rulez: unknown key; did you mean 'rules'?"},
                {"rules:\n  anonymity-not-explaind: off\n",
                        ".claimcheck.yaml:2:3: rules.anonymity-not-explaind: unknown rule id; did you mean 'anonymity-not-explained'?"},
                {"rules:\n  anonymity-not-explained: {severity: eror}\n",
                        "rules.anonymity-not-explained.severity: unknown severity 'eror'; did you mean 'error'?"},
                {"thresholds:\n  source-share-limt: 0.5\n",
                        ".claimcheck.yaml:2:3: thresholds.source-share-limt: no rule reads this threshold; did you mean 'source-share-limit'?"},
                {"minConfidence: high\n", ".claimcheck.yaml:1:16: minConfidence: expected a number, not 'high'"},
        };
        for (String[] c : cases) {
            Files.writeString(tmp.resolve(".claimcheck.yaml"), c[0]);
            NewsroomSupport.Run r = run("check", article.toString());
            assertEquals(ExitCodes.INPUT_ERROR, r.exit(), c[0]);
            assertTrue(r.err().contains(c[1]), "expected " + c[1] + " in " + r.err());
        }
    }
}
