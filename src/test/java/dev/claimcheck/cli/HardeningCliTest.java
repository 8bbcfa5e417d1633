package dev.claimcheck.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16: hostile and broken input, driven through {@code check} as an editor or a broken feed would. */
class HardeningCliTest {
    private static final String BODY = "The council approved the budget on Monday, the mayor said. "
            + "Spending on roads will rise by 4% next year, according to the finance office.";

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run check(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("check", "--threads", "2", "--fail-on", "never", "-q"));
        all.addAll(List.of(args));
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private static String article(String title) {
        return title + "\n\n" + BODY + "\n";
    }

    private static List<Path> filesBelow(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aBackslashInAFileNameNeverWritesOutsideOut() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("\\..\\..\\X.txt"), article("Escape one"));
        Path dir = Files.createDirectories(tmp.resolve("cmd"));
        Path direct = Files.writeString(dir.resolve("..\\..\\..\\Y.txt"), article("Escape two"));
        for (String format : List.of("text", "json", "md", "sarif", "html")) {
            Path out = tmp.resolve("a/b/out-" + format);
            Run r = check("--format", format, "--out", out.toString(), in.toString(), direct.toString());
            assertEquals(0, r.exit(), r.err());
            List<Path> written = filesBelow(tmp);
            for (Path p : written) {
                boolean input = p.startsWith(in) || p.startsWith(dir);
                assertTrue(input || p.startsWith(tmp.resolve("a/b")), "written outside --out: " + p);
            }
            assertEquals(format.equals("html") ? 3 : 2, filesBelow(out).size(), filesBelow(out).toString());
        }
        assertFalse(Files.exists(tmp.resolve("a/X.report.json")) || Files.exists(tmp.resolve("X.report.json")));
    }

    @Test
    void everyIndexLinkOpensItsPageWhateverTheName() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> names = List.of("hash#tag.txt", "what?.txt", "tab\there.txt", "new\nline.txt", "per%25cent.txt",
                "space d.txt", "ünï-cödé.txt", "index.txt", ".hidden-not-read.txt", "colon:x.txt", "tilde~2.txt");
        for (String n : names) {
            Files.writeString(in.resolve(n), article("Story " + n.replaceAll("\\W", "")));
        }
        Path out = tmp.resolve("out");
        Run r = check("--format", "html", "--out", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        Document index = Jsoup.parse(Files.readString(out.resolve("index.html")));
        List<String> hrefs = index.select("tbody a").eachAttr("href");
        assertEquals(names.size() - 1, hrefs.size(), "every article but the hidden file has a row: " + hrefs);
        for (String href : hrefs) {
            // As a browser does: the href resolved against index.html's own URL.
            Path page = Path.of(out.resolve("index.html").toUri().resolve(URI.create(href)));
            assertTrue(Files.isRegularFile(page), href + " -> " + page);
            assertTrue(Files.readString(page).contains("<article id=\"article-text\""), href);
        }
        assertTrue(Files.readString(out.resolve("index.html")).contains("<table id=\"index\""),
                "an article named index does not overwrite the index");
    }

    @Test
    void sameNameDifferentFormatsEachGetTheirOwnReport() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("x.txt"), article("Plain text"));
        Files.writeString(in.resolve("x.md"), "---\ntitle: Markdown\n---\n" + article("Markdown"));
        Files.writeString(in.resolve("x.json"), "{\"title\": \"Json\", \"body\": \"" + BODY + "\"}");
        Files.writeString(in.resolve("x.jsonl"), "{\"id\": \"1\", \"title\": \"Line\", \"body\": \"" + BODY + "\"}\n");
        Files.createDirectories(in.resolve("x"));
        Files.writeString(in.resolve("x/1.txt"), article("In a folder"));
        Path out = tmp.resolve("out");
        Run r = check("--format", "json", "--out", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        List<Path> reports = filesBelow(out);
        assertEquals(5, reports.size(), reports.toString());
        List<String> titles = new ArrayList<>();
        for (Path p : reports) {
            titles.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(p.toFile())
                    .path("article").path("title").asText());
        }
        assertEquals(List.of("In a folder", "Json", "Line", "Markdown", "Plain text"), titles.stream().sorted().toList());
    }

    @Test
    void aBadByteInAJsonlLineFailsThatLineAloneAndABomIsDropped() throws IOException {
        Path feed = tmp.resolve("feed.jsonl");
        List<byte[]> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String line = "{\"id\": \"story-" + i + "\", \"title\": \"Story " + i + "\", \"body\": \"" + BODY + "\"}";
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            if (i == 15) {
                b[40] = (byte) 0xFF;
            }
            lines.add(b);
        }
        try (var os = Files.newOutputStream(feed)) {
            os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            for (byte[] b : lines) {
                os.write(b);
                os.write('\n');
            }
        }
        Path out = tmp.resolve("out");
        Run r = check("--format", "json", "--out", out.toString(), feed.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r.err());
        assertTrue(r.err().contains(feed + ":15: invalid UTF-8 at byte 41 of the line"), r.err());
        assertEquals(29, filesBelow(out).size(), "every other line, the first (after its BOM) and the last too");
        assertTrue(Files.exists(out.resolve("feed/story-1.report.json")));
        assertTrue(Files.exists(out.resolve("feed/story-30.report.json")));
        assertFalse(Files.exists(out.resolve("feed/story-15.report.json")));
    }

    @Test
    void astralCharactersAndLoneSurrogatesStillGiveEveryFormat() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        StringBuilder longClaim = new StringBuilder("The mayor said the budget would rise by 4%");
        while (longClaim.length() < 190) {
            longClaim.append(" and more");
        }
        for (int pad = 0; pad < 4; pad++) {
            Files.writeString(in.resolve("emoji" + pad + ".txt"), "Emoji\n\n" + longClaim + "x".repeat(pad) + " "
                    + "\uD83D\uDE00".repeat(40) + ".\n");
        }
        Files.writeString(in.resolve("lone.json"), "{\"title\": \"Lone\", \"body\": \"" + BODY + " \\ud800 end.\"}");
        Files.writeString(in.resolve("lone.html"), "<html><body><h1>Lone</h1><p>" + BODY + " &#xD800; end.</p></body></html>");
        for (String format : List.of("text", "json", "md", "sarif", "html")) {
            Path out = tmp.resolve("out-" + format);
            Run r = check("--format", format, "--out", out.toString(), in.toString());
            assertEquals(0, r.exit(), format + ": " + r.err());
            assertEquals(format.equals("html") ? 7 : 6, filesBelow(out).size(), format + ": " + r.err());
            assertTrue(r.err().contains("lone.json: body: 1 lone surrogate (first U+D800"), r.err());
            assertTrue(r.err().contains("lone.html: article text: 1 lone surrogate"), r.err());
        }
    }

    @Test
    void aJsonFileWithTwoObjectsOrTrailingTextIsAnError() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String one = "{\"title\": \"One\", \"body\": \"" + BODY + "\"}";
        Files.writeString(in.resolve("two.json"), one + "\n" + one + "\n");
        Files.writeString(in.resolve("trailing.json"), one + " and then some");
        Files.writeString(in.resolve("good.json"), one + "\n");
        Run r = check("--format", "json", "--out", tmp.resolve("out").toString(), in.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r.err());
        assertTrue(r.err().contains("two.json:2:1: text after the first JSON object"), r.err());
        assertTrue(r.err().contains("trailing.json:1:"), r.err());
        assertEquals(1, filesBelow(tmp.resolve("out")).size());
    }

    @Test
    void aTimedOutArticleIsNeverWrittenAndResumeChecksItAgain() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("claims/huawei-mts-5g.txt"), in.resolve("seed.txt"));
        Path out = tmp.resolve("out");
        Run first = check("--format", "json", "--out", out.toString(), "--timeout", "0.001", in.toString());
        assertEquals(ExitCodes.INPUT_ERROR, first.exit(), first.err());
        assertTrue(first.err().contains("timed out"), first.err());
        Thread.sleep(3000); // longer than the seed takes: an abandoned worker would have written by now
        assertEquals(List.of(), filesBelow(out));
        Run resumed = check("--format", "json", "--out", out.toString(), "--timeout", "0.001", "--resume",
                in.toString());
        assertEquals(ExitCodes.INPUT_ERROR, resumed.exit(), "the failure is reported again: " + resumed.err());
        assertTrue(resumed.err().contains("timed out"), resumed.err());
    }

    @Test
    void outOfRangeOptionsAndConfigValuesAreNamed() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), article("A"));
        Run r = check("--timeout", "1e300", a.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.exit());
        assertTrue(r.err().contains("--timeout: 1.0E300 is not a time limit"), r.err());
        r = check("--timeout", "0", a.toString());
        assertTrue(r.err().contains("--timeout: 0 is not a time limit"), r.err());
        Path nul = Files.writeString(tmp.resolve("null.json"), "null");
        r = check("--config", nul.toString(), a.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.exit());
        assertTrue(r.err().contains("the file holds null"), r.err());
        Path huge = Files.writeString(tmp.resolve("huge.json"), "{\"thresholds\": {\"source-share-limit\": 1e999}}");
        r = check("--config", huge.toString(), a.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.exit());
        assertTrue(r.err().contains("thresholds.source-share-limit is out of range (Infinity)"), r.err());
        Path nullRule = Files.writeString(tmp.resolve("nullrule.json"), "{\"rules\": {\"x\": null}}");
        r = check("--config", nullRule.toString(), a.toString());
        assertTrue(r.err().contains("rules.x is null"), r.err());
    }

    @Test
    void anArticleOverTheSizeLimitIsAnErrorAndTheRestGoesOn() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("big.txt"), article("Big") + BODY.repeat(40));
        Files.writeString(in.resolve("small.txt"), article("Small"));
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"long\", \"body\": \"" + BODY.repeat(40) + "\"}\n"
                + "{\"id\": \"short\", \"body\": \"" + BODY + "\"}\n");
        Path out = tmp.resolve("out");
        Run r = check("--format", "json", "--out", out.toString(), "--max-article-size", "2KB", in.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r.err());
        assertTrue(r.err().contains("big.txt: article is "), r.err());
        assertTrue(r.err().contains("feed.jsonl:1: article is "), r.err());
        assertTrue(r.err().contains("over the limit of 2000 bytes per article (--max-article-size)"), r.err());
        assertEquals(2, filesBelow(out).size(), filesBelow(out).toString());
    }
}
