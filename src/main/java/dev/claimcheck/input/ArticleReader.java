package dev.claimcheck.input;

import dev.claimcheck.model.Article;

import java.nio.file.Path;
import java.util.List;

/** PLACEHOLDER until the extraction branch lands: plain-text articles only. */
public final class ArticleReader {
    private ArticleReader() {
    }

    public static boolean isArticleFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".txt");
    }

    public static Article parseJsonArticle(String file, int line, String json) throws InputException {
        throw new InputException(file, line, 0, "JSON articles are not supported yet", null);
    }

    public static List<Article> read(Path file) throws InputException {
        String text = TextFiles.readUtf8(file);
        if (text.isBlank()) {
            throw new InputException(file, "empty article");
        }
        String name = file.getFileName().toString();
        String title = text.strip().lines().findFirst().orElse("");
        return List.of(new Article(name.substring(0, name.lastIndexOf('.')), title, null, null, null, text));
    }
}
