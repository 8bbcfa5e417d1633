package dev.claimcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The passage of another article (a batch article or a reference text) that a cross-article finding is about.
 *
 * @param key        the other article's key in the index: its input path, or reference file (and line)
 * @param page       the other article's report page in the batch, relative to --out and without extension; null
 *                   for reference texts
 * @param start      where the passage starts in the other article's text (end exclusive)
 * @param text       the other passage's text, when the index keeps it (batch articles); null otherwise
 * @param similarity word-bigram Jaccard similarity of the two passages (1 for verbatim copy)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelatedPassage(String key, String id, String title, String url, String page, int start, int end,
                             String text, double similarity) {
    /** How a message names the other article: its title, else its id, else its key. */
    public String name() {
        String n = title != null && !title.isBlank() ? title : id != null && !id.isBlank() ? id : key;
        return n.length() > 90 ? n.substring(0, 87) + "..." : n;
    }
}
