package dev.claimcheck.eval;

import java.nio.file.Path;

/**
 * An annotation together with the article text it points into.
 *
 * @param path where the text was read from (absolute, normalised), to hand to an extractor
 */
public record AnnotatedArticle(ArticleAnnotation annotation, Path path, String text) {
    /** The reference as written in the annotation file, e.g. {@code eval/texts/city-budget.txt}. */
    public String ref() {
        return annotation.article();
    }

    /**
     * The article's file name without extension: the name {@code extract --out DIR} gives its claims document
     * ({@code STEM.claims.json}).
     */
    public String stem() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
