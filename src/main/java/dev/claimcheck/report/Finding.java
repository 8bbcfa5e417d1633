package dev.claimcheck.report;

import dev.claimcheck.model.Span;

import java.util.List;

/**
 * One problem a rule found. {@code evidence} spans are character offsets into the original article text.
 *
 * @param severity error, warning or info
 * @param category one of {@link Categories#ALL}
 */
public record Finding(String ruleId, String category, String severity, String message, String suggestion,
                      List<Span> evidence, List<String> claimIds) {
    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        claimIds = claimIds == null ? List.of() : List.copyOf(claimIds);
    }

    /** The first evidence offset, or -1 when the finding has none (sorts article-level findings first). */
    public int firstOffset() {
        return evidence.isEmpty() ? -1 : evidence.get(0).start();
    }
}
