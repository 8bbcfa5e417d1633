package dev.claimcheck.server;

import dev.claimcheck.model.Article;

/** One article a request asked to check, with the request's config overrides. */
record ArticleRequest(Article article, Overrides overrides) {
    /** The name renderers show for the article (Markdown headings, SARIF locations, the HTML page's path line). */
    String displayName() {
        return article.id() != null ? article.id() : "article";
    }
}
