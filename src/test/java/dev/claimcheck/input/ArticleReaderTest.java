package dev.claimcheck.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.extraction.Extractor;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {
    private static final String TITLE = "Port strike ends after two weeks";
    private static final List<String> PARAGRAPHS = List.of(
            "Dock workers in Antwerp returned to work on Monday after the union signed a deal with employers, "
                    + "the port authority said.",
            "According to the union, wages will rise by up to 6% over two years. The agreement is stated to be "
                    + "the largest pay rise in a decade.",
            "\"We got what we asked for,\" said union leader Marc Peeters.");

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void sameArticleInEveryFormatGivesTheSameClaims() throws Exception {
        String body = String.join("\n\n", PARAGRAPHS);
        Path txt = write("strike.txt", TITLE + "\n\n" + body + "\n");
        Path md = write("strike.md", "---\ntitle: " + TITLE + "\npublished: 2024-03-04\n---\n# " + TITLE + "\n\n" + body + "\n");
        StringBuilder html = new StringBuilder("<html><head><title>Site | " + TITLE + "</title></head><body>"
                + "<nav><a href='/'>Home</a> World news</nav><header><nav>Menu</nav></header><article><header><h1>" + TITLE + "</h1></header>");
        for (String p : PARAGRAPHS) {
            html.append("<p>").append(p.replace("\"", "&quot;")).append("</p>");
        }
        html.append("<div class='share-buttons'>Share this on Facebook</div></article>"
                + "<aside>Most read: Markets fall 5%</aside><footer>Sign up for our newsletter</footer>"
                + "<script>var x = 1;</script></body></html>");
        Path htmlFile = write("strike.html", html.toString());
        ObjectMapper json = new ObjectMapper();
        Path jsonFile = write("strike.json", json.writeValueAsString(Map.of("id", "strike", "title", TITLE, "body", body)));

        Extractor x = Extractor.create(RulesFolder.read(Path.of("rules")));
        ClaimsDocument reference = null;
        for (Path f : List.of(txt, md, htmlFile, jsonFile)) {
            List<Article> articles = ArticleReader.read(f);
            assertEquals(1, articles.size());
            Article a = articles.get(0);
            assertEquals("strike", a.id());
            assertEquals(TITLE, a.title(), f.toString());
            ClaimsDocument d = x.extract(a);
            if (reference == null) {
                reference = d;
                assertFalse(d.attributions().isEmpty());
                continue;
            }
            assertEquals(summary(reference), summary(d), f.toString());
        }
    }

    /** What must not depend on the format: claims and attributions by text, not by offset. */
    private static String summary(ClaimsDocument d) {
        StringBuilder sb = new StringBuilder();
        d.claims().forEach(c -> sb.append(c.kind()).append('|').append(c.text()).append('|')
                .append(c.quantities().size()).append('\n'));
        d.attributions().forEach(a -> sb.append(a.sourceId()).append('|')
                .append(a.source() == null ? null : a.source().text()).append('|').append(a.cue().text()).append('\n'));
        d.sources().forEach(s -> sb.append(s).append('\n'));
        return sb.toString();
    }

    @Test
    void textKeepsTheWholeFileSoOffsetsMatch() throws Exception {
        String content = "\n  Headline here\n\nBody text said nothing.\n";
        Article a = ArticleReader.read(write("x.txt", content)).get(0);
        assertEquals(content, a.text());
        assertEquals("Headline here", a.title());
        assertEquals("x", a.id());
    }

    @Test
    void markdownFrontMatter() throws Exception {
        Article a = ArticleReader.read(write("m.md", "---\nid: custom\ntitle: \"Quoted title\"\nurl: https://example.org/a\n"
                + "published: 2023-01-02\noutlet: Example Times\n---\nFirst paragraph of the story.\n")).get(0);
        assertEquals("custom", a.id());
        assertEquals("Quoted title", a.title());
        assertEquals("2023-01-02", a.published());
        assertEquals("Example Times", a.outlet());
        assertEquals("First paragraph of the story.\n", a.text(), "the text is the body after the front matter");
    }

    @Test
    void frontMatterTitleDoesNotTurnTheFirstParagraphIntoAHeadline() throws Exception {
        Article a = ArticleReader.read(write("f.md", "---\ntitle: Lake levels\n---\nThe lake fell 2 metres, the agency said.\n")).get(0);
        ClaimsDocument d = Extractor.create(RulesFolder.read(Path.of("rules"))).extract(a);
        assertEquals("body", d.paragraphs().get(0).role());
        assertEquals(1, d.attributions().size());
    }

    @Test
    void jsonlNamesTheLineOfABadRecord() throws Exception {
        Path f = write("batch.jsonl", "{\"id\":\"a\",\"title\":\"T\",\"body\":\"Some body.\"}\n{\"id\": broken}\n");
        InputException e = assertThrows(InputException.class, () -> ArticleReader.read(f));
        assertTrue(e.getMessage().contains("batch.jsonl:2"), e.getMessage());
        Path ok = write("ok.jsonl", "{\"id\":\"a\",\"title\":\"T\",\"body\":\"Some body.\"}\n\n"
                + "{\"title\":\"U\",\"body\":\"Other body.\",\"published\":\"2020-05-01\"}\n");
        List<Article> articles = ArticleReader.read(ok);
        assertEquals(2, articles.size());
        assertEquals("a", articles.get(0).id());
        assertEquals("2020-05-01", articles.get(1).published());
    }

    @Test
    void errorsNameTheFile() throws Exception {
        Path empty = write("empty.txt", "  \n\n");
        assertTrue(assertThrows(InputException.class, () -> ArticleReader.read(empty)).getMessage().contains("empty article"));
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[]{'O', 'k', ' ', (byte) 0xC3, (byte) 0x28});
        InputException e = assertThrows(InputException.class, () -> ArticleReader.read(bad));
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("UTF-8"), e.getMessage());
        Path emptyJson = write("e.json", "{\"title\":\"T\",\"body\":\"\"}");
        assertTrue(assertThrows(InputException.class, () -> ArticleReader.read(emptyJson)).getMessage().contains("empty article"));
    }

    @Test
    void recognisesArticleFiles() {
        assertTrue(ArticleReader.isArticleFile(Path.of("a.TXT")));
        assertTrue(ArticleReader.isArticleFile(Path.of("a.htm")));
        assertTrue(ArticleReader.isArticleFile(Path.of("a.jsonl")));
        assertFalse(ArticleReader.isArticleFile(Path.of("a.claims.json")));
        assertFalse(ArticleReader.isArticleFile(Path.of("a.pdf")));
    }
}
