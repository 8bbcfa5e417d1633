package dev.claimcheck.engine;

import dev.claimcheck.model.Quantity;

/**
 * Whether two statements of a figure contradict each other, understanding that ranges, bounds ("up to") and
 * approximations ("about", "hundreds of") are not exact values.
 */
final class Figures {
    private Figures() {
    }

    /** True when no reading of {@code a} and {@code b} lets them state the same amount within {@code tolerance}. */
    static boolean conflict(Quantity a, Quantity b, double tolerance) {
        double slack = tolerance * ((a.approximate() || b.approximate()) ? 2.5 : 1);
        double[] ra = range(a);
        double[] rb = range(b);
        double lo = Math.max(ra[0], rb[0]);
        double hi = Math.min(ra[1], rb[1]);
        if (lo <= hi) {
            return false;
        }
        // Disjoint: compare the nearest ends relative to the larger of them.
        double gap = lo - hi;
        double scale = Math.max(Math.abs(lo), Math.abs(hi));
        return scale > 0 && gap / scale > slack;
    }

    private static double[] range(Quantity q) {
        double lo = q.value();
        double hi = q.max() != null ? q.max() : q.value();
        String bound = q.bound() == null ? "" : q.bound();
        switch (bound) {
            case "up-to", "less-than" -> lo = 0;
            case "at-least", "more-than" -> hi = Double.POSITIVE_INFINITY;
            default -> { }
        }
        return new double[] {Math.min(lo, hi), Math.max(lo, hi)};
    }

    /**
     * For "from A to B, a P% rise": the percentage the figures imply, or NaN when they imply none.
     */
    static double impliedChange(double from, double to) {
        return from == 0 ? Double.NaN : (to - from) / from * 100;
    }
}
