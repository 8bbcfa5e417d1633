package dev.claimcheck.model;

import java.util.List;

/**
 * One "this is fine" written into an article: which rules it silences, why, and over which stretch of the text.
 * Read from the article's own markup ({@code <!-- claimcheck-disable RULE -- reason -->} in Markdown and HTML, a
 * {@code [claimcheck: ...]} line in plain text, a {@code claimcheck.suppress} list in JSON); see docs/CONFIG.md.
 *
 * @param rules  the rule ids silenced (never empty)
 * @param reason why, in the editor's words; null or blank when the directive gave none (it then silences nothing
 *               and is reported itself)
 * @param start  first text offset silenced
 * @param end    text offset where it stops (exclusive)
 * @param where  where the directive is written, for messages ({@code line 12}, {@code claimcheck.suppress[0]})
 * @param directive the directive's own text span, or null when it is not in the text (HTML comments, JSON)
 */
public record Suppression(List<String> rules, String reason, int start, int end, String where, Span directive) {
    public Suppression {
        rules = List.copyOf(rules);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** Whether a finding of {@code ruleId} first evidenced at {@code offset} (-1: the whole article) falls under it. */
    public boolean covers(String ruleId, int offset) {
        return rules.contains(ruleId) && Math.max(offset, 0) >= start && Math.max(offset, 0) < Math.max(end, start + 1);
    }
}
