package dev.claimcheck.eval;

import java.util.Locale;

/**
 * True positives, false positives and false negatives for one scored item. Precision and recall are NaN when
 * undefined (nothing predicted, nothing annotated) so a table can show "–" instead of a made-up 0 or 1.
 */
public record Score(String item, int tp, int fp, int fn) {
    public double precision() {
        return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Score plus(Score other) {
        return new Score(item, tp + other.tp, fp + other.fp, fn + other.fn);
    }

    static String format(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
