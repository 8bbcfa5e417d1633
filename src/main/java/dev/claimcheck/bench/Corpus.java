package dev.claimcheck.bench;

import dev.claimcheck.batch.InputFiles;
import dev.claimcheck.input.ArticleReader;
import dev.claimcheck.input.InputException;
import dev.claimcheck.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where a bench gets its articles: generated from a seed, or read from files and folders. */
public final class Corpus {
    private Corpus() {
    }

    public static List<Article> generate(int count, long seed) {
        CorpusGenerator g = new CorpusGenerator(seed);
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(g.next());
        }
        return articles;
    }

    /** Every article below the paths (claims documents are skipped: a bench measures extraction too). */
    public static List<Article> read(List<Path> paths) throws InputException {
        InputFiles.Expansion x = InputFiles.expand(paths);
        if (!x.errors().isEmpty()) {
            throw new InputException(paths.get(0), String.join("; ", x.errors()));
        }
        List<Article> articles = new ArrayList<>();
        for (InputFiles.InputFile f : x.files()) {
            if (ArticleReader.isArticleFile(f.file())) {
                articles.addAll(ArticleReader.read(f.file()));
            }
        }
        return articles;
    }

    /** The same article with its body repeated {@code times} times: the growth check's long article. */
    public static Article lengthened(Article a, int times) {
        String body = a.title() != null && a.text().startsWith(a.title() + "\n\n")
                ? a.text().substring(a.title().length() + 2) : a.text();
        StringBuilder text = new StringBuilder(a.title() == null ? "" : a.title() + "\n\n").append(body);
        for (int i = 1; i < times; i++) {
            text.append("\n\n").append(body);
        }
        return new Article(a.id() + "-x" + times, a.title(), a.url(), a.outlet(), a.published(), text.toString());
    }

    /**
     * One long article made of the bodies of several (the first one's headline): a longer article whose parts do
     * not repeat each other, unlike {@link #lengthened}, whose copies are all duplicates of one another.
     */
    public static Article joined(List<Article> parts) {
        Article first = parts.get(0);
        StringBuilder text = new StringBuilder(first.title() == null ? "" : first.title() + "\n\n");
        for (int i = 0; i < parts.size(); i++) {
            Article a = parts.get(i);
            String body = a.title() != null && a.text().startsWith(a.title() + "\n\n")
                    ? a.text().substring(a.title().length() + 2) : a.text();
            text.append(i == 0 ? "" : "\n\n").append(body);
        }
        return new Article(first.id() + "-joined" + parts.size(), first.title(), first.url(), first.outlet(),
                first.published(), text.toString());
    }
}
