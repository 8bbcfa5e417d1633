package dev.claimcheck.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Findings judged against the annotations, per category: {@code totals} over all articles, {@code perArticle}
 * keyed by article reference, and {@code details}: one line per wrong or missed finding, to read when tuning.
 */
public record FindingReport(List<CategoryScore> totals, Map<String, List<CategoryScore>> perArticle,
                            List<String> details) {
    public FindingReport {
        totals = List.copyOf(totals);
        perArticle = Map.copyOf(perArticle);
        details = List.copyOf(details);
    }

    /**
     * One category's count. {@code right}: reported and matching an annotated finding of the same category;
     * {@code wrong}: reported with no such match; {@code missed}: annotated and not reported.
     */
    public record CategoryScore(String category, int right, int wrong, int missed) {
        public Score asScore() {
            return new Score(category, right, wrong, missed);
        }

        CategoryScore plus(CategoryScore o) {
            return new CategoryScore(category, right + o.right, wrong + o.wrong, missed + o.missed);
        }
    }

    public CategoryScore total(String category) {
        return totals.stream().filter(c -> c.category().equals(category)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no category " + category));
    }

    /** The totals as a Markdown table, with an "all" row. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Category | Annotated | Reported | Right | Wrong | Missed | Precision | Recall |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        CategoryScore all = new CategoryScore("all", 0, 0, 0);
        for (CategoryScore c : totals) {
            row(sb, c);
            all = all.plus(c);
        }
        row(sb, all);
        return sb.toString();
    }

    private static void row(StringBuilder sb, CategoryScore c) {
        Score s = c.asScore();
        sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s | %s |%n", c.category(),
                c.right() + c.missed(), c.right() + c.wrong(), c.right(), c.wrong(), c.missed(),
                Score.format(s.precision()), Score.format(s.recall())));
    }
}
