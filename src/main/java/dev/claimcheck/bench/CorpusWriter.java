package dev.claimcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.model.Article;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a corpus to disk for batch runs: {@code DIR/txt/<id>.txt} (one article per file, headline first) and
 * {@code DIR/corpus.jsonl} (one JSON article per line, the CMS-export shape {@code check} streams).
 */
public final class CorpusWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusWriter() {
    }

    public static void write(List<Article> articles, Path dir) throws IOException {
        Path txt = dir.resolve("txt");
        Files.createDirectories(txt);
        try (BufferedWriter jsonl = Files.newBufferedWriter(dir.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                Files.writeString(txt.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
                jsonl.write(JSON.writeValueAsString(jsonOf(a)));
                jsonl.newLine();
            }
        }
    }

    private static ObjectNode jsonOf(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("url", a.url());
        o.put("outlet", a.outlet());
        o.put("published", a.published());
        // The body is the text below the headline: the reader puts "title\n\n" back in front of it.
        String body = a.title() != null && a.text().startsWith(a.title() + "\n\n")
                ? a.text().substring(a.title().length() + 2) : a.text();
        o.put("body", body);
        return o;
    }
}
