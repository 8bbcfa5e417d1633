package dev.claimcheck.batch;

import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One article of a batch: where it came from, the name its report gets, and how to load it. Loading (reading,
 * parsing, extracting) happens on a worker thread, so a slow or broken article only costs its own worker.
 *
 * @param path       the input as the user named it, for messages
 * @param outputStem the report's file name below --out, without extension ('/'-separated), or null for none
 * @param inputFile  the file whose modification time --resume compares against, or null
 * @param loader     produces the claims document; may throw {@link dev.claimcheck.input.InputException}
 * @param article    reads the article alone, without extraction (for indexing a batch before checking it), or
 *                   null: then the cross-article pass loads the claims document and takes its article
 * @param config     the config this unit is checked under (its folder's discovered config), or null for the
 *                   checker's own
 */
public record WorkUnit(String path, String outputStem, Path inputFile, Loader loader, ArticleLoader article,
                       dev.claimcheck.engine.RuleConfig config) {
    public WorkUnit(String path, String outputStem, Path inputFile, Loader loader,
                    dev.claimcheck.engine.RuleConfig config) {
        this(path, outputStem, inputFile, loader, null, config);
    }

    public WorkUnit(String path, String outputStem, Path inputFile, Loader loader, ArticleLoader article) {
        this(path, outputStem, inputFile, loader, article, null);
    }

    @FunctionalInterface
    public interface Loader {
        /** @param warnings hears of repairs made while loading (e.g. lone surrogates replaced), one line each */
        ClaimsDocument load(Consumer<String> warnings) throws Exception;
    }

    @FunctionalInterface
    public interface ArticleLoader {
        Article load() throws Exception;
    }

    public WorkUnit(String path, String outputStem, Path inputFile, Loader loader) {
        this(path, outputStem, inputFile, loader, null, null);
    }

    /** The unit's article, read cheaply where the unit knows how. */
    public Article loadArticle() throws Exception {
        return article != null ? article.load() : loader.load(w -> { }).article();
    }

    /** A unit that could not even be formed (unreadable folder, missing path, unreadable line): a failure. */
    public static WorkUnit failed(String path, String message) {
        return new WorkUnit(path, null, null, w -> {
            throw dev.claimcheck.input.InputException.withMessage(message);
        });
    }
}
