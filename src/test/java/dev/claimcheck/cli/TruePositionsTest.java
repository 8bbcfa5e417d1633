package dev.claimcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.claimcheck.cli.NewsroomSupport.ANONYMOUS;
import static dev.claimcheck.cli.NewsroomSupport.TITLE;
import static dev.claimcheck.cli.NewsroomSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 5: line and column in the JSON report, the text output and SARIF point into the input file itself,
 * for every format, checked against the file's own bytes.
 */
class TruePositionsTest {
    @TempDir
    Path tmp;

    private static final String P2 = "Exports to the Russian Federation rose 4% in March, the trade ministry said.";
    private static final String P3 = "The ministry said demand in Russia was driven by car parts.";

    /** The file's text at a 1-based line and column (UTF-16 units), read from its bytes. */
    private static String at(Path file, int line, int column) throws Exception {
        String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<String> lines = content.lines().toList();
        return lines.get(line - 1).substring(column - 1);
    }

    private static String atOffset(Path file, int offset) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).substring(offset);
    }

    private void assertPointsIntoTheFile(Path file) throws Exception {
        NewsroomSupport.Run json = run("check", "--format", "json", file.toString());
        int checked = 0;
        for (JsonNode f : json.json().get("findings")) {
            JsonNode ev = f.get("evidence");
            if (ev.isEmpty()) {
                continue;
            }
            String quoted = ev.get(0).get("text").asText();
            String there = at(file, f.get("line").asInt(), f.get("column").asInt());
            assertTrue(there.startsWith(quoted.substring(0, Math.min(12, quoted.length()))),
                    file.getFileName() + " " + f.get("ruleId") + " at " + f.get("line") + ":" + f.get("column")
                            + " reads '" + there + "', not '" + quoted + "'");
            checked++;
        }
        assertTrue(checked >= 2, json.out());

        NewsroomSupport.Run text = run("check", file.toString());
        java.util.regex.Pattern finding = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(file.toString()) + ":(\\d+):(\\d+): (?:error|warning|info) ");
        int lines = 0;
        for (String l : text.out().lines().toList()) {
            java.util.regex.Matcher m = finding.matcher(l);
            if (m.lookingAt()) {
                at(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))); // inside the file
                lines++;
            }
        }
        assertTrue(lines >= 2, text.out());
        assertTrue(text.out().contains(file + ":" + json.json().get("findings").get(0).get("line").asInt() + ":"
                + json.json().get("findings").get(0).get("column").asInt() + ":"), text.out());

        NewsroomSupport.Run sarif = run("check", "--format", "sarif", file.toString());
        for (JsonNode r : NewsroomSupport.JSON.readTree(sarif.out()).get("runs").get(0).get("results")) {
            JsonNode region = r.get("locations").get(0).get("physicalLocation").get("region");
            if (region == null) {
                continue;
            }
            String snippet = region.get("snippet").get("text").asText();
            String head = snippet.substring(0, Math.min(12, snippet.length()));
            assertTrue(at(file, region.get("startLine").asInt(), region.get("startColumn").asInt()).startsWith(head),
                    "SARIF region " + region);
            assertTrue(atOffset(file, region.get("charOffset").asInt()).startsWith(head), "SARIF charOffset " + region);
        }
    }

    @Test
    void plainText() throws Exception {
        assertPointsIntoTheFile(Files.writeString(tmp.resolve("a.txt"), NewsroomSupport.ARTICLE));
    }

    @Test
    void markdownWithFrontMatter() throws Exception {
        assertPointsIntoTheFile(Files.writeString(tmp.resolve("a.md"), "---\ntitle: " + TITLE
                + "\npublished: 2024-03-04\noutlet: The Courier\n---\n# " + TITLE + "\n\n" + ANONYMOUS + "\n\n" + P2
                + "\n\n" + P3 + "\n"));
    }

    @Test
    void html() throws Exception {
        assertPointsIntoTheFile(Files.writeString(tmp.resolve("a.html"), "<!doctype html>\n<html><head>\n"
                + "<title>Ignored &amp; long</title>\n<meta property=\"article:published_time\" content=\"2024-03-04T10:00:00Z\">\n"
                + "</head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n<article>\n  <h1>Carmaker"
                + " &amp; union</h1>\n  <p class=\"lead\">\n    " + ANONYMOUS.replace("German", "<em>German</em>")
                + "\n  </p>\n  <aside>Sign up</aside>\n  <p>" + P2 + "</p>\n\n  <p>" + P3 + "</p>\n</article>\n</body></html>\n"));
    }

    @Test
    void json() throws Exception {
        assertPointsIntoTheFile(Files.writeString(tmp.resolve("a.json"), "{\n  \"id\": \"a\",\n  \"title\": \"Carmaker"
                + " \\\"cuts\\\" caf\\u00e9 jobs\",\n  \"published\": \"2024-03-04\",\n  \"body\": \"" + ANONYMOUS
                + "\\n\\n" + P2 + "\\n\\n" + P3 + "\"\n}\n"));
    }

    @Test
    void jsonLinesPointAtTheirOwnLine() throws Exception {
        Path feed = tmp.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\": \"one\", \"title\": \"Quiet day\", \"body\": \"Nothing happened today, the"
                + " police said.\"}\n{\"id\": \"two\", \"title\": \"Caf\\u00e9 " + TITLE + "\", \"body\": \"" + ANONYMOUS
                + "\\n\\n" + P2 + "\\n\\n" + P3 + "\"}\n");
        NewsroomSupport.Run r = run("check", "--format", "json", feed.toString());
        JsonNode two = null;
        for (String l : r.out().lines().toList()) {
            JsonNode n = NewsroomSupport.JSON.readTree(l);
            if (n.get("article").get("id").asText().equals("two")) {
                two = n;
            }
        }
        int checked = 0;
        for (JsonNode f : two.get("findings")) {
            if (!f.get("evidence").isEmpty()) {
                assertEquals(2, f.get("line").asInt());
                String quoted = f.get("evidence").get(0).get("text").asText();
                assertTrue(at(feed, 2, f.get("column").asInt()).startsWith(quoted.substring(0, Math.min(10,
                        quoted.length()))), f.toString());
                checked++;
            }
        }
        assertTrue(checked >= 2, r.out());
    }
}
