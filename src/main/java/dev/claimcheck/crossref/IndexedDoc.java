package dev.claimcheck.crossref;

/**
 * One article or reference text in a cross-article index, as a finding names it.
 *
 * @param key    unique within the index: the batch input's path, or the reference file (and line); a check never
 *               matches the document with its own key
 * @param page   the report page of a batch article, relative to the batch's --out folder without extension
 *               ({@code sub/story}); null for reference texts
 * @param text   the whole text, kept for batch articles (side-by-side view, figure comparison); null for
 *               reference texts, whose sentences with figures are kept instead
 */
public record IndexedDoc(String key, String id, String title, String url, String outlet, String page, String text) {
}
