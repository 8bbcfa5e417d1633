package dev.claimcheck.input;

import dev.claimcheck.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, reading side: front matter line endings, claims documents checked against their article, JSON Lines. */
class HostileInputTest {
    private static final String SEED = "claims/huawei-mts-5g.claims.json";

    @TempDir
    Path tmp;

    @Test
    void frontMatterEndsAtItsClosingLineWhateverTheLineEndings() throws Exception {
        for (String nl : List.of("\r", "\r\n", "\n")) {
            String body = "Lake levels fall" + nl + nl + "The lake fell 2 metres, the agency said." + nl;
            Path f = Files.writeString(tmp.resolve("f" + nl.length() + nl.hashCode() + ".md"),
                    "---" + nl + "title: Lake levels fall" + nl + "id: lake" + nl + "---" + nl + body);
            Article a = ArticleReader.read(f).get(0);
            assertEquals("lake", a.id());
            assertEquals("Lake levels fall", a.title());
            assertEquals(body, a.text(), "the body is exactly what follows the front matter");
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private String seedWith(String from, String to) throws Exception {
        String json = Files.readString(Path.of(SEED));
        assertTrue(json.contains(from), from);
        return json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** The seed document with its first claim's span set to [start, end) (its text left as it was). */
    private static String firstClaimSpan(int start, int end) throws Exception {
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Path.of(SEED).toFile());
        var span = (com.fasterxml.jackson.databind.node.ObjectNode) root.path("claims").path(0).path("span");
        span.put("start", start).put("end", end);
        return JSON.writeValueAsString(root);
    }

    @Test
    void claimsDocumentSpansAndIdsAreCheckedOnLoadWithTheFieldPath() throws Exception {
        var doc = ClaimsDocumentJson.parse("seed", Files.readString(Path.of(SEED))); // the seed itself is valid
        int len = doc.article().text().length();
        var claim = doc.claims().get(0).span();

        InputException past = assertThrows(InputException.class,
                () -> ClaimsDocumentJson.parse("d.json", firstClaimSpan(claim.start(), len + 5)));
        assertTrue(past.getMessage().startsWith("d.json: invalid claims document: claims[0].span.end is "
                + (len + 5) + ", past the end of article.text"), past.getMessage());

        InputException swapped = assertThrows(InputException.class,
                () -> ClaimsDocumentJson.parse("d.json", firstClaimSpan(claim.end(), claim.start())));
        assertTrue(swapped.getMessage().contains("claims[0].span"), swapped.getMessage());

        InputException foreign = assertThrows(InputException.class,
                () -> ClaimsDocumentJson.parse("d.json", firstClaimSpan(claim.start() + 1, claim.end() + 1)));
        assertTrue(foreign.getMessage().contains("claims[0].span.text is \""), foreign.getMessage());

        String sentenceId = doc.claims().get(0).sentenceId();
        InputException dangling = assertThrows(InputException.class, () -> ClaimsDocumentJson.parse("d.json",
                seedWith("\"sentenceId\": \"" + sentenceId + "\"", "\"sentenceId\": \"nowhere\"")));
        assertTrue(dangling.getMessage().contains("\"nowhere\" names nothing in this document"), dangling.getMessage());
    }

    @Test
    void aClaimsDocumentWithALoneSurrogateIsRepairedWithAWarningAndKeepsItsOffsets() throws Exception {
        // Everywhere, so the sentence and span texts still quote the article text once repaired.
        String json = Files.readString(Path.of(SEED)).replace("signs deal", "signs \\ud800eal");
        int at = ClaimsDocumentJson.parse("seed", Files.readString(Path.of(SEED))).article().text().indexOf("signs deal") + 6;
        List<String> warnings = new ArrayList<>();
        var doc = ClaimsDocumentJson.parse("d.json", json, warnings::add);
        assertEquals('\uFFFD', doc.article().text().charAt(at), "one char for one: every offset holds");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).matches("d\\.json: \\d+ strings held lone surrogates, replaced with U\\+FFFD"),
                warnings.get(0));
    }

    @Test
    void aWholeJsonlFileReadAtOnceNamesItsBadLine() throws Exception {
        Path f = tmp.resolve("feed.jsonl");
        byte[] good = "{\"title\": \"T\", \"body\": \"Body text here.\"}\n".getBytes();
        byte[] bad = "{\"title\": \"T\", \"body\": \"Body \u00ff.\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (var os = Files.newOutputStream(f)) {
            os.write(good);
            os.write(bad);
            os.write(good);
        }
        InputException e = assertThrows(InputException.class, () -> ArticleReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2: invalid UTF-8 at byte 30 of the line (0xFF"), e.getMessage());
    }
}
