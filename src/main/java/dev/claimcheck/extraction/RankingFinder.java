package dev.claimcheck.extraction;

import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Rankings: "[entity,] the (world's) (second) largest smartphone maker (in Europe)". The entity is the name the
 * phrase is in apposition to ("Huawei, the ...", "Huawei - the ...", "Huawei is the ..."). Also hyphenated forms
 * ("Europe's second-largest maker", "the best-run club"), a superlative with no noun after a copula ("its academy
 * is the most productive in Europe", "the floods are the worst in living memory": the category is the subject's
 * noun), "the first known X" / "the first X to <verb>", and places in a table ({@link PositionFinder}).
 */
final class RankingFinder {
    /** Verbs that make a head-less superlative predicate of the subject ("is the largest"). */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "remains", "remain",
            "remained", "became", "become", "becomes", "'s", "’s");
    /** What may follow a head-less superlative: a scope, "ever", "to <verb>" or "of them/all/the ...". */
    private static final Set<String> SCOPE_PREPOSITIONS = Set.of("in", "on", "among");
    private static final Set<String> OF_GROUPS = Set.of("them", "all", "the", "these", "those", "any", "its", "their");

    private final Lexicon lex;
    private final PositionFinder positions;

    RankingFinder(Lexicon lex) {
        this.lex = lex;
        this.positions = new PositionFinder(lex);
    }

    /** A superlative word found at a token: its spelling, the rank it implies and where its category starts. */
    private record Head(String superlative, int rank, int catStart, boolean hyphenRank) {
    }

    /**
     * @param canonical maps a name as written to its canonical entity
     * @param fallbackEntity the sentence's subject entity, used when no apposition names one
     */
    List<Ranking> find(String text, List<Tok> t, Function<String, String> canonical, String fallbackEntity) {
        List<Ranking> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Head head = head(t, i);
            if (head == null) {
                continue;
            }
            int k = i - 1;
            int rank = head.rank();
            if (!head.hyphenRank() && k >= 0 && lex.ordinals.containsKey(t.get(k).lower())) {
                rank = lex.ordinals.get(t.get(k).lower());
                k--;
            } else if (!head.hyphenRank() && k >= 0 && t.get(k).text().matches("\\d+(st|nd|rd|th)")) {
                rank = Integer.parseInt(t.get(k).text().replaceAll("\\D", ""));
                k--;
            }
            String scope = null;
            int phraseStart = k + 1;
            if (k >= 1 && (t.get(k).is("’s") || t.get(k).is("'s"))) {
                scope = t.get(k - 1).lower();
                phraseStart = k - 1;
                k -= 2;
            }
            if (k < 0 || !(t.get(k).is("the") || scope != null)) {
                continue; // "most people", "best of all": no definite ranking
            }
            int before = t.get(k).is("the") ? k - 1 : phraseStart - 1;
            if (before >= 1 && t.get(before).is("of") && t.get(before - 1).is("one")) {
                continue; // "one of the largest" names no rank
            }
            if (t.get(k).is("the")) {
                phraseStart = k;
            }
            int catStart = head.catStart();
            int catEnd = categoryEnd(t, catStart);
            String category;
            int end;
            if (catEnd >= 0) {
                category = text.substring(t.get(catStart).start(), t.get(catEnd).end());
                end = catEnd;
            } else {
                // no noun after the superlative: a predicate ("is the most productive in Europe") or "of them"
                if (!headlessAllowed(t, phraseStart, catStart)) {
                    continue;
                }
                category = subjectNoun(t, phraseStart);
                end = catStart - 1;
            }
            if (head.superlative().equals("first") && !firstIsRanking(t, catStart, catEnd, end)) {
                continue; // "the first half", "the first time": an ordinal, not a claim to be first
            }
            int[] tail = tail(t, end, catEnd < 0 || head.superlative().equals("first"));
            if (scope == null && tail[1] >= 0) {
                scope = scopeText(text, t, tail[1], tail[0]);
            }
            end = tail[0];
            String entity = appositionEntity(text, t, phraseStart, canonical);
            out.add(new Ranking(Span.of(text, t.get(phraseStart).start(), t.get(end).end()),
                    entity != null ? entity : fallbackEntity, rank, head.superlative(), category, scope));
            i = end;
        }
        out.addAll(positions.find(text, t, out, canonical, fallbackEntity));
        out.sort(java.util.Comparator.comparingInt(r -> r.span().start()));
        return out;
    }

    /**
     * A place found without a superlative ("his closest rival", "leads the field", "second place"): with figures in
     * the same claim the figures are its point ("His 32% support gives him an edge over his closest rival").
     */
    boolean isPlace(Ranking r) {
        String first = r.superlative().split("[ -]")[0];
        return r.category() == null && !lex.superlatives.contains(first);
    }

    /** The superlative at token {@code i}, or null. */
    private Head head(List<Tok> t, int i) {
        String w = t.get(i).lower();
        if (lex.superlatives.contains(w) && !(w.equals("most") || w.equals("least"))) {
            return new Head(w, 1, i + 1, false);
        }
        if ((w.equals("most") || w.equals("least")) && i + 1 < t.size() && t.get(i + 1).isWord()
                && !lex.isFunctionWord(t.get(i + 1).lower())) {
            return new Head(w + " " + t.get(i + 1).lower(), 1, i + 2, false);
        }
        if (w.equals("first") && i > 0 && t.get(i - 1).is("the")) {
            return new Head(w, 1, i + 1, false); // checked by firstIsRanking once the category is known
        }
        int dash = w.indexOf('-');
        if (dash > 0 && w.indexOf('-', dash + 1) < 0) {
            String a = w.substring(0, dash);
            String b = w.substring(dash + 1);
            if (lex.ordinals.containsKey(a) && lex.superlatives.contains(b)) {
                return new Head(b, lex.ordinals.get(a), i + 1, true); // "second-largest"
            }
            // "best-run", "most-watched", "largest-ever"; not "top-secret" or "leading-edge", whose first part is
            // an adjective in its own right
            if (lex.superlatives.contains(a) && (a.endsWith("est") || a.equals("best") || a.equals("worst")
                    || a.equals("most") || a.equals("least"))) {
                return new Head(w, 1, i + 1, false);
            }
        }
        return null;
    }

    /** The last token of the category noun phrase starting at {@code catStart}, or -1. */
    private int categoryEnd(List<Tok> t, int catStart) {
        int c = catStart;
        int catEnd = -1;
        while (c < t.size() && c - catStart < 6) {
            Tok tok = t.get(c);
            if (!tok.isWord() && !Tokenizer.isAlnumWord(tok.text())) {
                break;
            }
            if (tok.is("ever") || tok.is("known") && catEnd < 0 && c + 1 < t.size() && !t.get(c + 1).isWord()) {
                break; // "the largest ever imposed": a tail, not a noun
            }
            if (lex.isFunctionWord(tok.lower())) {
                if (tok.is("of") && catEnd >= 0 && c + 1 < t.size() && t.get(c + 1).isWord()
                        && !lex.isFunctionWord(t.get(c + 1).lower())) {
                    c++;
                    continue;
                }
                break;
            }
            if (lex.reportingVerbs.contains(tok.lower()) && catEnd >= 0) {
                break;
            }
            catEnd = c;
            c++;
        }
        return catEnd;
    }

    /**
     * A superlative with no noun is a ranking only as a predicate ("X is the most productive in Europe") or with
     * its group named ("the largest of them"), and only when a scope, "ever", "to ..." or the clause end follows.
     */
    private boolean headlessAllowed(List<Tok> t, int phraseStart, int after) {
        boolean copula = phraseStart > 0 && COPULAS.contains(t.get(phraseStart - 1).lower());
        Tok next = after < t.size() ? t.get(after) : null;
        if (next != null && next.is("of")) {
            return after + 1 < t.size() && OF_GROUPS.contains(t.get(after + 1).lower());
        }
        // "Turnout was 58 percent, the lowest in the province's history": in apposition to a figure
        boolean afterFigure = phraseStart >= 2 && t.get(phraseStart - 1).is(",") && figureEndsAt(t, phraseStart - 2);
        if (!copula && !afterFigure) {
            return false;
        }
        return next == null || next.isPunct() || next.is("ever") || next.is("to") || next.is("since")
                || SCOPE_PREPOSITIONS.contains(next.lower());
    }

    /** A number, or a unit right after one ("58 percent", "$4 billion"), ends at token {@code k}. */
    private static boolean figureEndsAt(List<Tok> t, int k) {
        return Character.isDigit(t.get(k).text().charAt(0)) || t.get(k).is("%")
                || k > 0 && Character.isDigit(t.get(k - 1).text().charAt(0)) && t.get(k).isWord();
    }

    /** "the first known pterosaur", "the first vertebrates to evolve flight", "was the first in the nation". */
    private boolean firstIsRanking(List<Tok> t, int catStart, int catEnd, int end) {
        if (catStart < t.size() && t.get(catStart).is("known")) {
            return true;
        }
        int after = end + 1;
        return after + 1 < t.size() && t.get(after).is("to") && t.get(after + 1).isWord()
                && !lex.isFunctionWord(t.get(after + 1).lower())
                || catEnd < 0 && after < t.size() && t.get(after).is("in");
    }

    /**
     * What follows the category and belongs to the ranking: "ever (imposed)", "to <verb> ..." (for head-less and
     * "first" rankings), then a scope "in/on/among ..." or "of all time". Returns {new end, scope start or -1}.
     */
    private int[] tail(List<Tok> t, int end, boolean verbTail) {
        int e = end;
        if (e + 1 < t.size() && t.get(e + 1).is("ever")) {
            e++;
            if (e + 1 < t.size() && t.get(e + 1).lower().endsWith("ed")) {
                e++;
            }
        }
        if (verbTail && e + 2 < t.size() && t.get(e + 1).is("to") && t.get(e + 2).isWord()
                && !lex.isFunctionWord(t.get(e + 2).lower())) {
            e += 2;
            int words = 0;
            while (e + 1 < t.size() && words < 3 && t.get(e + 1).isWord()
                    && !SCOPE_PREPOSITIONS.contains(t.get(e + 1).lower())
                    && (!lex.isFunctionWord(t.get(e + 1).lower()) || t.get(e + 1).is("the"))) {
                e++;
                words++;
            }
        }
        int p = e + 1;
        boolean ofGroup = p + 1 < t.size() && t.get(p).is("of") && OF_GROUPS.contains(t.get(p + 1).lower());
        if (p + 1 < t.size() && (SCOPE_PREPOSITIONS.contains(t.get(p).lower()) || ofGroup)) {
            int s = p + 1;
            int last = -1;
            int first = -1;
            for (int k = s; k < t.size() && k - s < 6; k++) {
                Tok w = t.get(k);
                boolean inner = w.is("the") || w.is("of") || w.is("all") || w.is("any");
                if (inner && k + 1 < t.size() && t.get(k + 1).isWord() || w.is("'s") || w.is("’s")) {
                    continue;
                }
                if (!(w.isWord() || Tokenizer.isAlnumWord(w.text())) || lex.isFunctionWord(w.lower())
                        && !w.is("them") || lex.reportingVerbs.contains(w.lower())) {
                    break;
                }
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
            if (last >= 0) {
                return new int[] {last, first};
            }
        }
        return new int[] {e, -1};
    }

    /** The scope as a short text: one word as before ("world", "Europe"), else the phrase as written. */
    private static String scopeText(String text, List<Tok> t, int first, int last) {
        if (first == last) {
            return t.get(first).isCapitalised() ? t.get(first).text() : t.get(first).lower();
        }
        return text.substring(t.get(first).start(), t.get(last).end());
    }

    /** "its academy is the most productive": the lower-case noun right before the copula, or null. */
    private String subjectNoun(List<Tok> t, int phraseStart) {
        int k = phraseStart - 2;
        if (k < 0 || phraseStart - 1 < 0 || !COPULAS.contains(t.get(phraseStart - 1).lower())) {
            return null;
        }
        Tok w = t.get(k);
        if (!w.isWord() || lex.isFunctionWord(w.lower()) || lex.pronouns.contains(w.lower())) {
            return null;
        }
        return w.isCapitalised() && k > 0 ? null : w.lower();
    }

    String appositionEntity(String text, List<Tok> t, int phraseStart, Function<String, String> canonical) {
        int k = phraseStart - 1;
        if (k < 0) {
            return null;
        }
        String l = t.get(k).lower();
        if (l.equals(",") || l.equals("-") || l.equals("—") || l.equals("–") || l.equals("is") || l.equals("was")
                || l.equals("remains") || l.equals("became") || l.equals("as") || l.equals("(")) {
            k--;
        } else {
            return null;
        }
        int e = k;
        while (k >= 0 && (t.get(k).isCapitalised() || lex.orgSuffixes.contains(t.get(k).lower()) && k < e)) {
            k--;
        }
        if (k == e) {
            return null;
        }
        int s = k + 1;
        while (s < e && lex.isFunctionWord(t.get(s).lower())) {
            s++;
        }
        return canonical.apply(text.substring(t.get(s).start(), t.get(e).end()));
    }
}
