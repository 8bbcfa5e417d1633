package dev.claimcheck.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.input.ArticleReader;
import dev.claimcheck.input.InputException;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a request body into an article exactly as the CLI would read the same content from a file, so a report from
 * the service equals the CLI's: JSON through {@link ArticleReader#parseJsonArticle}, and plain text, Markdown and
 * HTML through {@link ArticleReader#read} on a private temporary file (the reader works on files only; the file
 * lives for the length of the call).
 */
final class ArticleParser {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path tempDir;

    ArticleParser(Path tempDir) {
        this.tempDir = tempDir;
    }

    /** The article of a /v1/check or /v1/extract body of the given media type. */
    ArticleRequest parse(MediaType type, byte[] body) {
        if (body.length == 0) {
            throw new ApiException(400, "missing-body", "the request has no body: send an article as JSON, text, Markdown or HTML");
        }
        String text = decode(body);
        return switch (type.kind()) {
            case JSON -> json(text, 0);
            case TEXT -> file(text, "txt");
            case MARKDOWN -> file(text, "md");
            case HTML -> file(text, "html");
        };
    }

    /** One line of a JSON Lines batch (1-based {@code line}); the article's id defaults to {@code line-N}. */
    ArticleRequest jsonLine(byte[] line, int lineNumber) {
        return json(decode(line), lineNumber);
    }

    private static String decode(byte[] body) {
        try {
            return TextFiles.decodeUtf8("request", body);
        } catch (InputException e) {
            throw new ApiException(400, "encoding", e.getMessage());
        }
    }

    private static ArticleRequest json(String text, int lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ApiException(new ApiError(400, "malformed-json", "malformed JSON: " + e.getOriginalMessage(),
                    lineNumber > 0 ? lineNumber : loc == null ? null : loc.getLineNr(),
                    loc == null ? null : loc.getColumnNr(), null));
        }
        if (node == null || node.isMissingNode()) {
            throw new ApiException(400, "missing-body", "the request has no body: send an article as JSON");
        }
        if (!node.isObject()) {
            throw new ApiException(400, "invalid-article", "expected a JSON object with title and body");
        }
        Overrides overrides = overrides(node);
        Article article;
        try {
            article = ArticleReader.parseJsonArticle("line", lineNumber, text);
        } catch (InputException e) {
            throw new ApiException(400, "invalid-article", problem(e));
        }
        if (lineNumber == 0 && !node.hasNonNull("id")) {
            article = article.withId(null);
        }
        // A JSON request is no file a reviewer opens: positions count in the article text, as the library's do.
        article = article.withSource(null, article.suppressions());
        return new ArticleRequest(article, overrides);
    }

    /** {@code "rules": {"id": {"enabled": false}}} (as in the config file) and {@code "minConfidence": 0.8}. */
    private static Overrides overrides(JsonNode node) {
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        JsonNode rules = node.get("rules");
        if (rules != null && !rules.isNull()) {
            if (!rules.isObject()) {
                throw new ApiException(400, "invalid-override", "rules must be an object: {\"rule-id\": {\"enabled\": false}}");
            }
            for (var e : rules.properties()) {
                JsonNode on = e.getValue().get("enabled");
                if (on == null || !on.isBoolean() || e.getValue().size() != 1) {
                    throw new ApiException(400, "invalid-override", "rules." + e.getKey()
                            + " must be {\"enabled\": true|false}; a request may only turn rules on or off");
                }
                enabled.put(e.getKey(), on.booleanValue());
            }
        }
        JsonNode floor = node.get("minConfidence");
        if (floor != null && !floor.isNull() && !floor.isNumber()) {
            throw new ApiException(400, "invalid-override", "minConfidence must be a number within 0..1");
        }
        return new Overrides(enabled, floor == null || floor.isNull() ? null : floor.doubleValue());
    }

    private ArticleRequest file(String text, String extension) {
        Path file = null;
        try {
            file = Files.createTempFile(tempDir, "article", "." + extension);
            Files.writeString(file, text);
            Article a = ArticleReader.read(file).get(0);
            // The temporary file's name is no id; Markdown front matter's id is.
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            String id = stem.equals(a.id()) ? null : a.id();
            return new ArticleRequest(a.withId(id), Overrides.NONE);
        } catch (InputException e) {
            throw new ApiException(new ApiError(400, "invalid-article", problem(e),
                    e.line() > 0 ? e.line() : null, e.column() > 0 ? e.column() : null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the server's temporary folder is removed at stop
                }
            }
        }
    }

    /** The reader's problem without the file name it prefixes (the temporary file means nothing to a client). */
    private static String problem(InputException e) {
        String m = e.getMessage();
        int sep = m.indexOf(": ", e.file() == null ? 0 : e.file().length());
        return sep < 0 ? m : m.substring(sep + 2);
    }
}
