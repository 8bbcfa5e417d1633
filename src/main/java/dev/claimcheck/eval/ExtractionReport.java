package dev.claimcheck.eval;

import java.util.List;
import java.util.Map;

/**
 * Extraction scores over an annotation set: {@code totals} sums every article (micro-averaged), {@code perArticle}
 * keeps each article's rows, keyed by article reference, for finding where the misses are.
 */
public record ExtractionReport(List<Score> totals, Map<String, List<Score>> perArticle) {
    public ExtractionReport {
        totals = List.copyOf(totals);
        perArticle = Map.copyOf(perArticle);
    }

    /** The total row for {@code item} (one of the {@code ExtractionScorer} item names). */
    public Score total(String item) {
        return totals.stream().filter(s -> s.item().equals(item)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + item));
    }

    /** The totals as a Markdown table: gold and predicted counts, TP/FP/FN, precision, recall, F1. */
    public String toMarkdown() {
        return table(totals);
    }

    static String table(List<Score> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Item | Gold | Predicted | TP | FP | FN | Precision | Recall | F1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Score s : rows) {
            sb.append("| ").append(s.item())
                    .append(" | ").append(s.tp() + s.fn())
                    .append(" | ").append(s.tp() + s.fp())
                    .append(" | ").append(s.tp())
                    .append(" | ").append(s.fp())
                    .append(" | ").append(s.fn())
                    .append(" | ").append(Score.format(s.precision()))
                    .append(" | ").append(Score.format(s.recall()))
                    .append(" | ").append(Score.format(s.f1()))
                    .append(" |\n");
        }
        return sb.toString();
    }
}
