package dev.claimcheck.extraction;

import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Places in a table or race, which rank without a superlative: "moved into second place", "second-placed
 * Northfield", "top of the table", "leads the field", "finished third". The category is left null: a place is
 * usually a moment in a contest, and two places of one entity in one article are a change, not a contradiction.
 * Word lists: {@code ranking-place-nouns.txt}, {@code ranking-tables.txt}, {@code ranking-lead-verbs.txt},
 * {@code ranking-finish-verbs.txt}.
 */
final class PositionFinder {
    /** What may follow "finished third" for the ordinal to be a place rather than an adverb ("was first reported"). */
    private static final Set<String> AFTER_PLACE = Set.of("in", "among", "behind", "with", "at", "on", "overall",
            "for");

    private static final Set<String> LEAD_SCOPES = Set.of("in", "among", "over", "across");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");
    private static final Set<String> SECOND_ADJECTIVES = Set.of("closest", "nearest");
    private static final Set<String> TIME_SUBORDINATORS = Set.of("when", "while", "after", "before", "since",
            "until", "once");

    private final Lexicon lex;

    PositionFinder(Lexicon lex) {
        this.lex = lex;
    }

    /** Places not overlapping the rankings {@code found} already. */
    List<Ranking> find(String text, List<Tok> t, List<Ranking> found, Function<String, String> canonical,
                       String fallbackEntity) {
        List<Ranking> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int[] hit = position(t, i);
            if (hit == null) {
                continue;
            }
            Span span = Span.of(text, t.get(hit[0]).start(), t.get(hit[1]).end());
            if (found.stream().anyMatch(r -> r.span().start() < span.end() && span.start() < r.span().end())) {
                continue;
            }
            String entity = fallbackEntity;
            if (hit[3] >= 0) {
                entity = canonical.apply(text.substring(t.get(hit[3]).start(), t.get(hit[1]).end()));
            }
            String superlative = text.substring(t.get(hit[4]).start(), t.get(hit[4]).end()).toLowerCase();
            out.add(new Ranking(span, entity, hit[2], superlative, null, null));
            i = hit[1];
        }
        return out;
    }

    /** {first token, last token, rank, first token of a named entity inside or -1, the ranking word}, or null. */
    private int[] position(List<Tok> t, int i) {
        Tok w = t.get(i);
        if (i > 0 && t.get(i - 1).is("-")) {
            return null; // "a 30-second spot": a length, not a place
        }
        Integer rank = ordinal(w);
        // "second place", "the top spot"; not the idiom "in the first place"
        if ((rank != null || w.is("top")) && i + 1 < t.size() && lex.rankingPlaceNouns.contains(t.get(i + 1).lower())
                && !t.get(i + 1).lower().endsWith("ed")) {
            boolean idiom = i >= 2 && t.get(i - 1).is("the") && t.get(i - 2).is("in") && rank != null && rank == 1;
            if (!idiom) {
                return new int[] {i, i + 1, rank == null ? 1 : rank, -1, i};
            }
        }
        // "second-placed Northfield", "top-ranked"
        int dash = w.lower().indexOf('-');
        if (dash > 0) {
            String a = w.lower().substring(0, dash);
            String b = w.lower().substring(dash + 1);
            Integer r = a.equals("top") ? Integer.valueOf(1) : lex.ordinals.get(a);
            if (r != null && lex.rankingPlaceNouns.contains(b)) {
                int e = i;
                while (e + 1 < t.size() && t.get(e + 1).isCapitalised() && t.get(e + 1).isWord()) {
                    e++;
                }
                return new int[] {i, e, r, e > i ? i + 1 : -1, i};
            }
        }
        // "top of the table"
        if (w.is("top") && i + 3 < t.size() && t.get(i + 1).is("of") && t.get(i + 2).is("the")
                && lex.rankingTables.contains(t.get(i + 3).lower())) {
            return new int[] {i, i + 3, 1, -1, i};
        }
        // "leads the field", "Trump leads pack"
        if (lex.rankingLeadVerbs.contains(w.lower()) && i > 0 && i + 1 < t.size() && !t.get(i - 1).is("the")) {
            int n = t.get(i + 1).is("the") ? i + 2 : i + 1;
            if (n < t.size() && lex.rankingTables.contains(t.get(n).lower())
                    && !(n + 1 < t.size() && t.get(n + 1).is("of"))) {
                return new int[] {i, n, 1, -1, i};
            }
        }
        // "his lead among Republicans", "Clinton's lead in the race": a possessive owner, "lead", a scope
        if (w.is("lead") && i > 0 && i + 2 < t.size() && LEAD_SCOPES.contains(t.get(i + 1).lower())
                && t.get(i + 2).isWord()) {
            int owner = possessiveOwner(t, i - 1);
            if (owner >= 0) {
                return new int[] {owner, scopeEnd(t, i + 2), 1, -1, i};
            }
        }
        // "his closest rival", "the nearest challenger": second place (annotation guide)
        if (SECOND_ADJECTIVES.contains(w.lower()) && i + 1 < t.size() && lex.rankingRivals.contains(t.get(i + 1).lower())
                && i > 0 && (t.get(i - 1).is("the") || possessiveOwner(t, i - 1) >= 0)) {
            return new int[] {i - 1, i + 1, 2, -1, i};
        }
        // "finished third", "Bush was second"
        if (lex.rankingFinishVerbs.contains(w.lower()) && i + 1 < t.size() && ordinal(t.get(i + 1)) != null
                && !inTimeClause(t, i)) {
            int o = i + 1;
            Tok next = o + 1 < t.size() ? t.get(o + 1) : null;
            if (next == null || next.isPunct() && !next.is("-") || AFTER_PLACE.contains(next.lower())) {
                return new int[] {i, o, ordinal(t.get(o)), -1, o};
            }
        }
        return null;
    }

    /** "when the club was ninth": a past place in a time clause is background, not a claim about a ranking. */
    private static boolean inTimeClause(List<Tok> t, int verb) {
        for (int k = verb - 1; k >= 0 && verb - k <= 5; k--) {
            if (t.get(k).isPunct()) {
                return false;
            }
            if (TIME_SUBORDINATORS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The first token of a possessive ending at {@code k} ("his", "Clinton's", "Hillary Rodham Clinton's"), or -1. */
    private static int possessiveOwner(List<Tok> t, int k) {
        if (k < 0) {
            return -1;
        }
        if (POSSESSIVES.contains(t.get(k).lower())) {
            return k;
        }
        if (k >= 1 && (t.get(k).is("'s") || t.get(k).is("’s")) && t.get(k - 1).isCapitalised()) {
            int s = k - 1;
            while (s > 0 && t.get(s - 1).isCapitalised() && t.get(s - 1).isWord()) {
                s--;
            }
            return s;
        }
        return -1;
    }

    /** The end of a short scope after a preposition: up to four words, "the" and "of" inside. */
    private int scopeEnd(List<Tok> t, int s) {
        int last = s;
        for (int k = s; k < t.size() && k - s < 5; k++) {
            Tok w = t.get(k);
            if (!w.isWord() || lex.isFunctionWord(w.lower()) && !w.is("the") && !w.is("of")) {
                break;
            }
            if (!w.is("the") && !w.is("of")) {
                last = k;
            }
        }
        return last;
    }

    private Integer ordinal(Tok w) {
        Integer r = lex.ordinals.get(w.lower());
        if (r == null && w.text().matches("\\d+(st|nd|rd|th)")) {
            r = Integer.parseInt(w.text().replaceAll("\\D", ""));
        }
        return r;
    }
}
