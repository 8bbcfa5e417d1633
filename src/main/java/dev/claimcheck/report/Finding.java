package dev.claimcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.claimcheck.model.Span;

import java.util.List;

/**
 * One problem a rule found. {@code evidence} spans are character offsets into the original article text.
 *
 * @param severity error, warning or info
 * @param category one of {@link Categories#ALL}
 * @param confidence how likely (0-1) an editor agrees this is a real problem: the rule's precision measured on
 *                   editor-judged real articles, lowered where the finding rests on weaker evidence
 * @param line       the input file's line (1-based) of the first evidence span, or of the article's start when the
 *                   finding has none; null when the report was built without knowing the file
 * @param column     the column on that line, in UTF-16 code units (1-based); null with {@code line}
 * @param related    for cross-article findings: the passages of other articles the finding is about (omitted from
 *                   the JSON when empty)
 */
public record Finding(String ruleId, String category, String severity, String message, String suggestion,
                      List<Span> evidence, List<String> claimIds, double confidence,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Integer line,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Integer column,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RelatedPassage> related) {
    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        claimIds = claimIds == null ? List.of() : List.copyOf(claimIds);
        related = related == null ? List.of() : List.copyOf(related);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, not " + confidence);
        }
    }

    public Finding(String ruleId, String category, String severity, String message, String suggestion,
                   List<Span> evidence, List<String> claimIds, double confidence) {
        this(ruleId, category, severity, message, suggestion, evidence, claimIds, confidence, null, null, List.of());
    }

    /** A finding placed at a line and column, about no other article (issue 10's shape). */
    public Finding(String ruleId, String category, String severity, String message, String suggestion,
                   List<Span> evidence, List<String> claimIds, double confidence, Integer line, Integer column) {
        this(ruleId, category, severity, message, suggestion, evidence, claimIds, confidence, line, column, List.of());
    }

    /** This finding about other articles' passages. */
    public Finding withRelated(List<RelatedPassage> passages) {
        return new Finding(ruleId, category, severity, message, suggestion, evidence, claimIds, confidence, line, column,
                passages);
    }

    /** A finding whose rule has no measured precision yet: full confidence. */
    public Finding(String ruleId, String category, String severity, String message, String suggestion,
                   List<Span> evidence, List<String> claimIds) {
        this(ruleId, category, severity, message, suggestion, evidence, claimIds, 1.0);
    }

    /** The severity as an enum ({@link Severity#ERROR}, {@link Severity#WARNING} or {@link Severity#INFO}). */
    public Severity severityLevel() {
        return Severity.parse(severity);
    }

    /** This finding placed at a line and column of its input file. */
    public Finding at(int line, int column) {
        return new Finding(ruleId, category, severity, message, suggestion, evidence, claimIds, confidence, line, column,
                related);
    }

    /** The first evidence offset, or -1 when the finding has none (sorts article-level findings first). */
    public int firstOffset() {
        return evidence.isEmpty() ? -1 : evidence.get(0).start();
    }
}
