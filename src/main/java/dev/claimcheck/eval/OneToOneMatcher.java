package dev.claimcheck.eval;

import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Pairs gold annotations with predictions, each used at most once. Greedy by overlap length, longest first, so
 * one long prediction covering two gold spans counts once and the other gold span stays a miss. Greedy is not
 * the maximum matching in contrived cases, but it is deterministic and easy to explain in a report.
 */
final class OneToOneMatcher {
    /** Gold index {@code gold} matched with predicted index {@code predicted}. */
    record Match(int gold, int predicted) {
    }

    private OneToOneMatcher() {
    }

    /**
     * @param gold       the gold spans
     * @param predicted  each prediction's spans (a finding may have several evidence spans; a claim has one)
     * @param compatible extra condition a pair must meet besides overlapping (e.g. the same rank), by index
     */
    static List<Match> match(List<Span> gold, List<List<Span>> predicted, BiPredicate<Integer, Integer> compatible) {
        record Candidate(int gold, int predicted, int overlap) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int overlap = overlap(gold.get(g), predicted.get(p));
                if (overlap > 0 && compatible.test(g, p)) {
                    candidates.add(new Candidate(g, p, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        List<Match> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldUsed[c.gold()] && !predUsed[c.predicted()]) {
                goldUsed[c.gold()] = true;
                predUsed[c.predicted()] = true;
                matches.add(new Match(c.gold(), c.predicted()));
            }
        }
        matches.sort(Comparator.comparingInt(Match::gold));
        return matches;
    }

    static List<Match> match(List<Span> gold, List<List<Span>> predicted) {
        return match(gold, predicted, (g, p) -> true);
    }

    /** Characters shared by {@code g} and the best of {@code spans}; 0 when none overlaps. */
    static int overlap(Span g, List<Span> spans) {
        int best = 0;
        for (Span s : spans) {
            if (s != null && g.overlaps(s)) {
                best = Math.max(best, Math.min(g.end(), s.end()) - Math.max(g.start(), s.start()));
            }
        }
        return best;
    }
}
