package dev.claimcheck.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    private static final ObjectMapper JSON = JsonMapper.builder().build();
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
                    .endsWith(".claims.json") && !file.getFileName().toString().endsWith(".report.json");
            default -> false;
        };
    }

    public static List<Article> read(Path file) throws InputException {
        String ext = extension(file);
        String content = TextFiles.readUtf8(file);
        String id = baseName(file);
        List<Article> out = switch (ext) {
            case "txt" -> List.of(text(file, id, content));
            case "md", "markdown" -> List.of(markdown(file, id, content));
            case "html", "htm" -> List.of(html(file, id, content));
            case "json" -> List.of(json(file.toString(), 0, id, content));
            case "jsonl" -> jsonl(file, id, content);
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
        if (content.isBlank()) {
            throw new InputException(file, "empty article");
        }
        return new Article(id, firstLine(content), null, null, null, content);
    }

    private static Article markdown(Path file, String id, String content) throws InputException {
        String title = null;
        String url = null;
        String published = null;
        String outlet = null;
        String body = content;
        List<String> lines = content.lines().toList();
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int close = -1;
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                throw new InputException(file.toString(), 1, 1, "front matter opened with --- is never closed", null);
            }
            for (int i = 1; i < close; i++) {
                String line = lines.get(i);
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = unquote(line.substring(colon + 1).strip());
                switch (key) {
                    case "title" -> title = value;
                    case "url" -> url = value;
                    case "published", "date" -> published = value;
                    case "outlet", "publisher" -> outlet = value;
                    case "id" -> id = value;
                    default -> { }
                }
            }
            int offset = 0;
            for (int i = 0; i <= close; i++) {
                offset = content.indexOf('\n', offset) + 1;
            }
            body = content.substring(offset);
        }
        if (body.isBlank()) {
            throw new InputException(file, "empty article");
        }
        if (title == null) {
            title = firstLine(body).replaceFirst("^#+\\s*", "");
        }
        return new Article(id, title, url, outlet, published, body);
    }

    private static Article html(Path file, String id, String content) throws InputException {
        Document doc = Jsoup.parse(content);
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
        String published = meta(doc, "article:published_time", "date", "pubdate");
        String outlet = meta(doc, "og:site_name");
        String url = meta(doc, "og:url");
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = root.select("p, h2, h3, h4, li, blockquote, pre");
        for (Element b : blocks) {
            if (b.parents().stream().anyMatch(p -> p.tagName().equals("blockquote") || p.tagName().equals("li"))) {
                continue; // a paragraph inside a quote or list item is read with it
            }
            String t = b.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new InputException(file, "empty article");
        }
        String text = title.isEmpty() ? String.join("\n\n", paragraphs) : title + "\n\n" + String.join("\n\n", paragraphs);
        return new Article(id, title.isEmpty() ? null : title, url, outlet, published, text);
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

    private static List<Article> jsonl(Path file, String id, String content) throws InputException {
        List<Article> out = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            out.add(json(file.toString(), i + 1, id + "-" + (i + 1), lines[i]));
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
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return json(file, line, (dot > 0 ? name.substring(0, dot) : name) + "-" + line, json);
    }

    /** One JSON article; {@code line} > 0 when it is a line of a .jsonl file (used in error messages). */
    private static Article json(String name, int line, String defaultId, String content) throws InputException {
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            int l = line > 0 ? line : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int c = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InputException(name, l, c, "malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new InputException(name, line, 0, "expected a JSON object with title and body", null);
        }
        String body = str(node, "body");
        if (body == null) {
            body = str(node, "text");
        }
        if (body == null || body.isBlank()) {
            throw new InputException(name, line, 0, "empty article", null);
        }
        String title = str(node, "title");
        String id = str(node, "id");
        String text = title == null || title.isBlank() ? body : title.strip() + "\n\n" + body;
        return new Article(id != null ? id : defaultId, title == null || title.isBlank() ? null : title.strip(),
                str(node, "url"), str(node, "outlet"), str(node, "published"), text);
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
