package dev.claimcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.claimcheck.cli.NewsroomSupport.ANONYMOUS;
import static dev.claimcheck.cli.NewsroomSupport.TITLE;
import static dev.claimcheck.cli.NewsroomSupport.VARIANTS;
import static dev.claimcheck.cli.NewsroomSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10, item 1: suppression written in the article's own markup, in every format. */
class SuppressionTest {
    @TempDir
    Path tmp;

    private Path write(String name, String content) throws Exception {
        Files.createDirectories(tmp.resolve(".git"));
        return Files.writeString(tmp.resolve(name), content);
    }

    private static void assertSilenced(NewsroomSupport.Run r, String rule, String reason) throws Exception {
        assertFalse(r.ruleIds().contains(rule), r.out());
        JsonNode s = r.json().get("suppressed");
        assertEquals(1, s.size(), r.out());
        assertEquals(rule, s.get(0).get("finding").get("ruleId").asText());
        assertEquals(reason, s.get(0).get("reason").asText());
        assertEquals(r.ruleIds().size(), r.json().get("summary").get("findings").asInt(), "counts leave it out");
    }

    @Test
    void markdownDisableEnableSilencesTheRuleBetweenThemAndNeverReachesExtraction() throws Exception {
        Path md = write("a.md", "---\ntitle: " + TITLE + "\n---\n" + TITLE + "\n\n"
                + "<!-- claimcheck-disable anonymity-not-explained -- two named sources confirmed"
                + " it off the record -->\n" + ANONYMOUS + "\n<!-- claimcheck-enable -->\n\n" + VARIANTS + "\n");
        NewsroomSupport.Run r = run("check", "--format", "json", "--fail-on", "warning", md.toString());
        assertSilenced(r, "anonymity-not-explained", "two named sources confirmed it off the record");
        assertTrue(r.ruleIds().contains("entity-name-variants"), "outside the range still reported");
        r.json().get("claims").forEach(c -> assertFalse(c.get("text").asText().contains("claimcheck"), c.toString()));
        assertEquals(ExitCodes.FINDINGS, r.exit(), "the unsuppressed warning still fails");
    }

    @Test
    void suppressedFindingsLeaveTheExitCode() throws Exception {
        Path md = write("b.md", TITLE + "\n\n<!-- claimcheck-disable anonymity-not-explained entity-name-variants"
                + " anonymity-not-explained -- agreed with the desk -->\n" + ANONYMOUS + "\n\n" + VARIANTS + "\n");
        NewsroomSupport.Run r = run("check", "--format", "json", "--fail-on", "warning", md.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.out());
        assertEquals(0, r.json().get("summary").get("bySeverity").get("warning").asInt());
    }

    @Test
    void htmlNextParagraphCommentSilencesOnlyThatParagraph() throws Exception {
        Path html = write("c.html", "<html><body><article><h1>" + TITLE + "</h1>\n"
                + "<!-- claimcheck-disable-next-paragraph anonymity-not-explained -- desk confirmed -->\n<p>" + ANONYMOUS
                + "</p>\n<p>" + VARIANTS.replace("\n\n", "</p>\n<p>") + "</p></article></body></html>");
        NewsroomSupport.Run r = run("check", "--format", "json", html.toString());
        assertSilenced(r, "anonymity-not-explained", "desk confirmed");
        assertTrue(r.ruleIds().contains("entity-name-variants"));
    }

    @Test
    void plainTextLineAndJsonListSuppressToo() throws Exception {
        Path txt = write("d.txt", TITLE + "\n\n[claimcheck: disable-next-paragraph anonymity-not-explained -- desk"
                + " confirmed]\n" + ANONYMOUS + "\n\n" + VARIANTS + "\n");
        NewsroomSupport.Run r = run("check", "--format", "json", txt.toString());
        assertSilenced(r, "anonymity-not-explained", "desk confirmed");
        r.json().get("claims").forEach(c -> assertFalse(c.get("text").asText().contains("claimcheck"), c.toString()));

        String body = (ANONYMOUS + "\n\n" + VARIANTS).replace("\n", "\\n");
        Path json = write("e.json", "{\"id\": \"e\", \"title\": \"" + TITLE + "\", \"body\": \"" + body + "\","
                + " \"claimcheck\": {\"suppress\": [{\"rules\": [\"entity-name-variants\"], \"reason\": \"house style"
                + " allows both\"}]}}");
        r = run("check", "--format", "json", json.toString());
        assertSilenced(r, "entity-name-variants", "house style allows both");
    }

    @Test
    void aSuppressionWithoutAReasonOrWithAnUnknownRuleIsItselfAFindingAndSilencesNothing() throws Exception {
        Path md = write("f.md", TITLE + "\n\n<!-- claimcheck-disable-next-paragraph anonymity-not-explained -->\n"
                + ANONYMOUS + "\n\n<!-- claimcheck-disable-next-paragraph entity-name-variantz -- style -->\n"
                + VARIANTS + "\n");
        NewsroomSupport.Run r = run("check", "--format", "json", md.toString());
        assertTrue(r.ruleIds().contains("anonymity-not-explained"), r.out());
        assertTrue(r.ruleIds().contains("entity-name-variants"), r.out());
        assertFalse(r.json().has("suppressed"), r.out());
        String messages = r.json().get("findings").toString();
        assertTrue(messages.contains("gives no reason"), messages);
        assertTrue(messages.contains("did you mean 'entity-name-variants'"), messages);
        JsonNode invalid = null;
        for (JsonNode f : r.json().get("findings")) {
            if (f.get("ruleId").asText().equals("invalid-suppression") && f.get("message").asText().contains("reason")) {
                invalid = f;
            }
        }
        assertEquals("structure", invalid.get("category").asText());
        assertEquals(3, invalid.get("line").asInt(), "placed on the directive's own line");
    }

    @Test
    void offsetsAfterADirectiveStillQuoteTheText() throws Exception {
        Path md = write("g.md", TITLE + "\n\n<!-- claimcheck-disable-next-paragraph anonymity-not-explained -- ok -->\n"
                + ANONYMOUS + "\n\n" + VARIANTS + "\n");
        String content = Files.readString(md);
        NewsroomSupport.Run r = run("check", "--format", "json", md.toString());
        for (JsonNode f : r.json().get("findings")) {
            for (JsonNode e : f.get("evidence")) {
                assertEquals(e.get("text").asText(), content.substring(e.get("start").asInt(), e.get("end").asInt()));
            }
        }
    }

    @Test
    void aReportWithSuppressedFindingsConformsToTheSchema() throws Exception {
        Path md = write("h.md", TITLE + "\n\n<!-- claimcheck-disable-next-paragraph anonymity-not-explained -- ok -->\n"
                + ANONYMOUS + "\n\n" + VARIANTS + "\n");
        NewsroomSupport.Run r = run("check", "--format", "json", md.toString());
        var factory = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7);
        var schema = factory.getSchema(Files.readString(Path.of("docs/report.schema.json")));
        var problems = schema.validate(r.json());
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(1, r.json().get("suppressed").size());
        // The schema does describe it: a suppressed entry without its reason is refused.
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) r.json().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("suppressed").get(0)).remove("reason");
        assertFalse(schema.validate(broken).isEmpty());
    }
}
