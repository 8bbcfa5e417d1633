package dev.claimcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check --reference / --index / --write-index / --cross-batch end to end, on synthetic articles. */
class CrossArticleCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WIRE = "Valley floods\n\n" + dev.claimcheck.crossref.CrossIndexTest.WIRE;
    private static final String COPY = "Families flee valley floods\n\n" + dev.claimcheck.crossref.CrossIndexTest.EDITED;

    /** copied-passage is experimental (judged precision 0.08): a config switches it on for these runs. */
    private static Path config(Path dir) throws IOException {
        return Files.writeString(dir.resolve("cross.claimcheck.yaml"), "rules:\n  copied-passage: on\n");
    }

    @Test
    void aBatchComparesItsArticlesWithEachOtherAndLinksThePages(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("wire.txt"), WIRE);
        Files.writeString(in.resolve("copy.txt"), COPY);
        Path out = dir.resolve("out");
        Path cfg = config(dir);
        CliTest.Run r = CliTest.run("check", "--quiet", "--config", cfg.toString(), "--format", "html", "--out",
                out.toString(), in.toString());
        assertTrue(r.exit() <= 1, r.err());
        String page = Files.readString(out.resolve("copy.html"));
        assertTrue(page.contains("copied-passage"), "copy.html names the copied passage");
        assertTrue(page.contains("href=\"./wire.html\"") || page.contains("href=\"wire.html\""), "links the other page");
        assertTrue(page.contains("<mark class=\"diff\">"), "side by side view marks the differences");
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("Articles sharing passages"));

        Path noCross = dir.resolve("nocross");
        CliTest.run("check", "--quiet", "--config", cfg.toString(), "--no-cross-batch", "--format", "json", "--out",
                noCross.toString(), in.toString());
        assertFalse(Files.readString(noCross.resolve("copy.report.json")).contains("copied-passage"));
    }

    @Test
    void aReferenceIndexIsSavedAndReusedAndFindingsNameTheReference(@TempDir Path dir) throws IOException {
        Path ref = Files.writeString(dir.resolve("wire.txt"), WIRE);
        Path article = Files.writeString(dir.resolve("copy.txt"), COPY);
        Path index = dir.resolve("archive.ccx");
        Path cfg = config(dir);
        CliTest.Run direct = CliTest.run("check", "--format", "json", "--config", cfg.toString(), "--reference",
                ref.toString(), "--write-index", index.toString(), article.toString());
        assertTrue(Files.exists(index), direct.err());
        CliTest.Run reused = CliTest.run("check", "--format", "json", "--config", cfg.toString(), "--index",
                index.toString(), article.toString());
        assertEquals(direct.out(), reused.out());
        JsonNode finding = null;
        for (JsonNode f : JSON.readTree(reused.out()).get("findings")) {
            if (f.get("ruleId").asText().equals("copied-passage")) {
                finding = f;
            }
        }
        assertTrue(finding != null, reused.out());
        JsonNode related = finding.get("related").get(0);
        assertEquals(ref.toString(), related.get("key").asText());
        assertEquals("Valley floods", related.get("title").asText());
        assertTrue(related.get("end").asInt() > related.get("start").asInt());
    }

    @Test
    void aMissingReferenceIsAnInputError(@TempDir Path dir) throws IOException {
        Path article = Files.writeString(dir.resolve("copy.txt"), COPY);
        CliTest.Run r = CliTest.run("check", "--reference", dir.resolve("nope").toString(), article.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--reference"), r.err());
    }
}
