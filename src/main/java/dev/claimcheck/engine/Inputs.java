package dev.claimcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.input.ArticleReader;
import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.input.InputException;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Decides what an input file is. A {@code .json} file holding an {@code article} object is a claims document;
 * any other supported file is one or more articles for extraction.
 */
public final class Inputs {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One unit of work: an article to extract ({@code document} null), or a claims document (with its article). */
    public record Input(ClaimsDocument document, Article article) {
    }

    private Inputs() {
    }

    public static boolean isSupported(Path file) {
        // A report of an earlier run (x.report.json) is never an input, wherever --out put it.
        return ArticleReader.isArticleFile(file) || name(file).endsWith(".json") && !ArticleReader.isReportName(name(file));
    }

    public static List<Input> read(Path file) throws InputException {
        return read(file, w -> { });
    }

    /** Reads a file; {@code warnings} hears of repairs made while reading (lone surrogates replaced). */
    public static List<Input> read(Path file, Consumer<String> warnings) throws InputException {
        if (!Files.exists(file)) {
            throw new InputException(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file, "is a directory");
        }
        if (name(file).endsWith(".json")) {
            String json = TextFiles.readUtf8(file);
            if (isClaimsDocument(json)) {
                return List.of(new Input(ClaimsDocumentJson.parse(file.toString(), json, warnings), null));
            }
        }
        if (!ArticleReader.isArticleFile(file)) {
            throw new InputException(file, "unsupported file type (expected .txt, .md, .html, .json or .jsonl)");
        }
        return ArticleReader.read(file, warnings).stream().map(a -> new Input(null, a)).toList();
    }

    private static boolean isClaimsDocument(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node != null && node.has("article") && node.get("article").isObject();
        } catch (Exception e) {
            // Malformed JSON: let the claims-document parser report it with line and column.
            return json.contains("\"article\"");
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
