package dev.claimcheck.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.SourceMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads article files by extension: {@code .txt}, {@code .md}/{@code .markdown}, {@code .html}/{@code .htm},
 * {@code .json} (one article) and {@code .jsonl} (one article per line).
 *
 * <p>Offsets: for {@code .txt} the article text is the whole file, so offsets in reports match the file. For
 * Markdown the text is the body after the front matter, with its markup left in place (stripping emphasis or links
 * would shift every offset); extraction skips heading, quote and bullet markers at the start of a block, and treats
 * the first block as the headline only when it is the title (a title given only in front matter is metadata). HTML and
 * JSON articles have no text file to point into: their text is built as title + blank line + paragraphs, so the
 * same article yields the same claims in every format.
 */
public final class ArticleReader {
    /** Trailing tokens fail: a second object or stray text after the first must not be dropped without a word. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Consumer<String> IGNORE = w -> { };
    /** Elements that are never story text. */
    private static final String NOT_STORY = "script, style, noscript, nav, aside, footer, body > header, header nav, form, iframe, button, "
            + "figure figcaption, [class*=share], [class*=social], [class*=newsletter], [class*=signup], "
            + "[class*=sign-up], [class*=subscribe], [class*=related], [class*=promo], [class*=advert], [id*=share], "
            + "[id*=newsletter], [id*=related], [role=navigation], [role=complementary]";

    private ArticleReader() {
    }

    public static boolean isArticleFile(Path file) {
        String ext = extension(file);
        return switch (ext) {
            case "txt", "md", "markdown", "html", "htm", "json", "jsonl" -> !file.getFileName().toString()
                    .endsWith(".claims.json") && !isReportName(file.getFileName().toString());
            default -> false;
        };
    }

    /** A report ClaimCheck wrote ({@code x.report.json}, {@code .report.md}, {@code .report.txt}): never an input. */
    public static boolean isReportName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".report.json") || n.endsWith(".report.md") || n.endsWith(".report.txt");
    }

    public static List<Article> read(Path file) throws InputException {
        return read(file, IGNORE);
    }

    /** Reads the articles of a file; {@code warnings} hears of repairs made on the way (lone surrogates). */
    public static List<Article> read(Path file, Consumer<String> warnings) throws InputException {
        String ext = extension(file);
        String id = baseName(file);
        if (ext.equals("jsonl")) {
            return jsonl(file, id, warnings);
        }
        String content = TextFiles.readUtf8(file);
        List<Article> out = switch (ext) {
            case "txt" -> List.of(text(file, id, content));
            case "md", "markdown" -> List.of(markdown(file, id, content));
            case "html", "htm" -> List.of(html(file, id, content, warnings));
            case "json" -> List.of(jsonArticle(file.toString(), 0, id, parseJson(file.toString(), 0, content), warnings,
                    content));
            default -> throw new InputException(file, "not an article file (expected .txt, .md, .html, .json or .jsonl)");
        };
        for (Article a : out) {
            if (a.text().isBlank() || a.text().strip().equals(a.title() == null ? "" : a.title().strip())
                    && !ext.equals("txt")) {
                throw new InputException(file, "empty article");
            }
        }
        return out;
    }

    private static Article text(Path file, String id, String content) throws InputException {
        Directives.Blanked b = Directives.plainText(content);
        if (b.text().isBlank()) {
            throw new InputException(file, "empty article");
        }
        return new Article(id, firstLine(b.text()), null, null, null, b.text())
                .withSource(SourceMap.identity(content), b.suppressions());
    }

    private static Article markdown(Path file, String id, String content) throws InputException {
        String title = null;
        String url = null;
        String published = null;
        String outlet = null;
        String body = content;
        int bodyStart = 0;
        int bodyLine = 1;
        int publishedLine = 0;
        List<int[]> lines = lineBounds(content);
        if (!lines.isEmpty() && slice(content, lines.get(0)).strip().equals("---")) {
            int close = -1;
            for (int i = 1; i < lines.size(); i++) {
                if (slice(content, lines.get(i)).strip().equals("---")) {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                throw new InputException(file.toString(), 1, 1, "front matter opened with --- is never closed", null);
            }
            for (int i = 1; i < close; i++) {
                String line = slice(content, lines.get(i));
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = unquote(line.substring(colon + 1).strip());
                switch (key) {
                    case "title" -> title = value;
                    case "url" -> url = value;
                    case "published", "date" -> {
                        published = value;
                        publishedLine = i + 1;
                    }
                    case "outlet", "publisher" -> outlet = value;
                    case "id" -> id = value;
                    default -> { }
                }
            }
            bodyStart = lines.get(close)[2];
            bodyLine = close + 2;
            body = content.substring(bodyStart);
        }
        Directives.Blanked b = Directives.markdown(body, bodyLine);
        body = b.text();
        if (body.isBlank()) {
            throw new InputException(file, "empty article");
        }
        if (title == null) {
            title = firstLine(body).replaceFirst("^#+\\s*", "");
        }
        try {
            return new Article(id, title, url, outlet, published, body)
                    .withSource(SourceMap.shifted(content, bodyStart), b.suppressions());
        } catch (IllegalArgumentException e) {
            throw new InputException(file.toString(), publishedLine, 1, "front matter " + e.getMessage(), null);
        }
    }

    /**
     * Each line as {start, end, next}: end excludes the terminator, next is where the following line starts. A line
     * ends at \n, \r\n or a lone \r (old Mac files), so the body starts after the front matter whichever is used.
     */
    private static List<int[]> lineBounds(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int next = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                out.add(new int[] {start, i, next});
                start = next;
                i = next - 1;
            }
        }
        if (start < s.length()) {
            out.add(new int[] {start, s.length(), s.length()});
        }
        return out;
    }

    private static String slice(String s, int[] line) {
        return s.substring(line[0], line[1]);
    }

    private static Article html(Path file, String id, String content, Consumer<String> warnings)
            throws InputException {
        // Positions are tracked so each character of the rebuilt text can be mapped back to the file.
        Document doc = Jsoup.parse(content, "", Parser.htmlParser().setTrackPosition(true));
        doc.select(NOT_STORY).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main, [role=main], #content, .content, .article-body, .story-body");
        }
        if (root == null) {
            root = doc.body();
        }
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        String title = h1 != null ? h1.text().strip() : doc.title().strip();
        Element titleElement = h1 != null ? h1 : doc.selectFirst("title");
        String published = meta(doc, "article:published_time", "date", "pubdate");
        String outlet = meta(doc, "og:site_name");
        String url = meta(doc, "og:url");
        List<String> paragraphs = new ArrayList<>();
        List<Element> sources = new ArrayList<>();
        Elements blocks = root.select("p, h2, h3, h4, li, blockquote, pre");
        for (Element b : blocks) {
            if (b.parents().stream().anyMatch(p -> p.tagName().equals("blockquote") || p.tagName().equals("li"))) {
                continue; // a paragraph inside a quote or list item is read with it
            }
            String t = b.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
                sources.add(b);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new InputException(file, "empty article");
        }
        StringBuilder text = new StringBuilder();
        List<int[]> parts = new ArrayList<>(); // {text start, index into sources or -1 for the title}
        if (!title.isEmpty()) {
            parts.add(new int[] {0, -1});
            text.append(title);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            parts.add(new int[] {text.length(), i});
            text.append(paragraphs.get(i));
        }
        int[] map = FileOffsets.filled(text.length(), content.length());
        for (int[] part : parts) {
            Element e = part[1] < 0 ? titleElement : sources.get(part[1]);
            String t = part[1] < 0 ? title : paragraphs.get(part[1]);
            int start = e == null ? 0 : e.sourceRange().startPos();
            int end = e == null || !e.endSourceRange().isTracked() ? content.length() : e.endSourceRange().endPos();
            FileOffsets.htmlText(content, start, end, t, map, part[0]);
        }
        // The separators between parts sit where the next part starts.
        for (int i = map.length - 2; i >= 0; i--) {
            if (text.charAt(i) == '\n') {
                map[i] = map[i + 1];
            }
        }
        // A character reference such as &#xD800; decodes to a lone surrogate; clean both fields the same way.
        String body = Surrogates.clean(text.toString(), file + ": article text", warnings);
        title = Surrogates.clean(title, file + ": title", IGNORE);
        SourceMap sourceMap = SourceMap.mapped(content, map, 1);
        try {
            return new Article(id, title.isEmpty() ? null : title, url, outlet, published, body)
                    .withSource(sourceMap, Directives.html(content, body,
                            o -> sourceMap.textOffsetAtOrAfter(o, body.length())));
        } catch (IllegalArgumentException e) {
            throw new InputException(file, "meta article:published_time " + e.getMessage());
        }
    }

    private static String meta(Document doc, String... names) {
        for (String n : names) {
            Element e = doc.selectFirst("meta[property=" + n + "], meta[name=" + n + "]");
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return null;
    }

    /** A whole .jsonl file, line by line: a bad line is an error naming it (batches use {@code WorkUnits}). */
    private static List<Article> jsonl(Path file, String id, Consumer<String> warnings) throws InputException {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new InputException(file, "could not be read: " + e.getMessage());
        }
        List<Article> out = new ArrayList<>();
        int start = 0;
        for (int line = 1; start < bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int len = end - start;
            if (len > 0 && bytes[end - 1] == '\r') {
                len--;
            }
            String text = TextFiles.decodeLine(file.toString(), line, java.util.Arrays.copyOfRange(bytes, start,
                    start + len), len, start);
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                JsonNode node = parseJson(file.toString(), line, text);
                out.add(jsonArticle(file.toString(), line, id + "-" + line, node, warnings, text));
            }
            start = end + 1;
        }
        if (out.isEmpty()) {
            throw new InputException(file, "empty article");
        }
        return out;
    }

    /**
     * One line of a {@code .jsonl} file as an article, for callers that stream such files line by line instead
     * of reading them whole (batches of any size). Errors name the file and line.
     */
    public static Article parseJsonArticle(String file, int line, String json) throws InputException {
        return jsonArticle(file, line, defaultLineId(file, line), parseJson(file, line, json), IGNORE, json);
    }

    /** The id a .jsonl line's article gets when it has none: the file's base name, a dash, the line number. */
    public static String defaultLineId(String file, int line) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-" + line;
    }

    /**
     * Parses one JSON value; {@code line} > 0 when it is a line of a .jsonl file (used in error messages). Text after
     * the first value is an error: a file of several objects would otherwise check the first and drop the rest.
     */
    public static JsonNode parseJson(String name, int line, String content) throws InputException {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            int l = line > 0 ? line : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int c = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                throw new InputException(name, l, c, "text after the first JSON object: a .json file holds one"
                        + " article; put several in a .jsonl file, one per line", e);
            }
            throw new InputException(name, l, c, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** One JSON article; {@code line} > 0 when it is a line of a .jsonl file (used in error messages). */
    public static Article jsonArticle(String name, int line, String defaultId, JsonNode node,
                                      Consumer<String> warnings) throws InputException {
        return jsonArticle(name, line, defaultId, node, warnings, null);
    }

    /**
     * One JSON article, with {@code raw} the JSON it was parsed from (the file, or the .jsonl line), so its text
     * can be mapped back to the file's lines and columns; null when there is no file.
     */
    public static Article jsonArticle(String name, int line, String defaultId, JsonNode node,
                                      Consumer<String> warnings, String raw) throws InputException {
        if (node == null || !node.isObject()) {
            throw new InputException(name, line, 0, "expected a JSON object with title and body", null);
        }
        String where = line > 0 ? name + ":" + line : name;
        String body = str(node, "body");
        String field = "body";
        if (body == null) {
            body = str(node, "text");
            field = "text";
        }
        if (body == null || body.isBlank()) {
            throw new InputException(name, line, 0, "empty article", null);
        }
        String title = Surrogates.clean(str(node, "title"), where + ": title", warnings);
        body = Surrogates.clean(body, where + ": " + field, warnings);
        String id = Surrogates.clean(str(node, "id"), where + ": id", warnings);
        String text = title == null || title.isBlank() ? body : title.strip() + "\n\n" + body;
        Article article;
        try {
            article = new Article(id != null ? id : defaultId, title == null || title.isBlank() ? null : title.strip(),
                    Surrogates.clean(str(node, "url"), where + ": url", warnings),
                    Surrogates.clean(str(node, "outlet"), where + ": outlet", warnings),
                    Surrogates.clean(str(node, "published"), where + ": published", warnings), text);
        } catch (IllegalArgumentException e) {
            throw new InputException(name, line, 0, e.getMessage(), null);
        }
        List<dev.claimcheck.model.Suppression> suppressions = Directives.json(where, node, text);
        if (raw == null) {
            return article.withSource(null, suppressions);
        }
        // The text is rebuilt as title, blank line, body: map each part to its string in the JSON.
        java.util.Map<String, Integer> quotes = FileOffsets.jsonStringFields(raw, java.util.Set.of("title", field));
        int[] map = FileOffsets.filled(text.length(), raw.length());
        int bodyAt = 0;
        if (title != null && !title.isBlank() && quotes.containsKey("title")) {
            String stripped = title.strip();
            int lead = title.indexOf(stripped);
            FileOffsets.jsonString(raw, quotes.get("title"), lead, map, 0, stripped.length());
            bodyAt = stripped.length() + 2;
        } else if (title != null && !title.isBlank()) {
            bodyAt = title.strip().length() + 2;
        }
        if (quotes.containsKey(field)) {
            FileOffsets.jsonString(raw, quotes.get(field), 0, map, bodyAt, body.length());
            for (int i = bodyAt - 2; i >= 0 && i < bodyAt; i++) {
                map[i] = map[bodyAt];
            }
        }
        return article.withSource(SourceMap.mapped(raw, map, line > 0 ? line : 1), suppressions);
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        for (String line : s.lines().toList()) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
