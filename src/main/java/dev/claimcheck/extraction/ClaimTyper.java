package dev.claimcheck.extraction;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a clause is an event — someone did something — rather than a description or a state. Without a
 * parser the signal is the verb form: a past tense ("-ed" or a listed irregular form), a perfect ("has cut", "have
 * already been closed") or a progressive ("is shifting"). "The fiscal year begins on July 1", "The margin of error
 * is six points" and "Not everyone is convinced" have none of these and are not events that need a source.
 */
final class ClaimTyper {
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "’s", "be", "isn", "aren");
    private static final Set<String> BE = Set.of("is", "are", "am", "was", "were", "be", "been", "being", "isn",
            "aren", "wasn", "weren");
    private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "’ve", "hasn", "haven", "hadn");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "my", "your");

    /** Words opening a subordinate clause after a main one ("..., as it gets half of ..."). */
    private static final Set<String> SUBORDINATORS = Set.of("as", "because", "since", "while", "although",
            "though", "after", "when", "whereas");

    private final Lexicon lex;

    ClaimTyper(Lexicon lex) {
        this.lex = lex;
    }

    /** Whether the tokens lying within [start, end) hold an action verb in a past, perfect or progressive form. */
    boolean reportsAction(List<Tok> t, int start, int end) {
        for (int k = 0; k < t.size(); k++) {
            Tok w = t.get(k);
            if (w.start() < start || w.end() > end || !w.isWord() || w.isCapitalised() || w.quoted()) {
                continue;
            }
            String l = w.lower();
            String prev = previousWord(t, k);
            if (HAVE.contains(prev) && (l.endsWith("ed") || l.endsWith("en") || lex.pastTenseVerbs.contains(l)
                    || l.equals("been"))) {
                return true; // "has cut", "had risen", "have been closed"
            }
            if (DETERMINERS.contains(prev)) {
                continue; // "the injured", "a cut": adjectives and nouns
            }
            if (l.endsWith("ing") && l.length() > 5 && BE.contains(prev)) {
                return true; // "is shifting staff", "were fleeing"
            }
            boolean past = l.endsWith("ed") && l.length() > 4 && !l.endsWith("eed") || lex.pastTenseVerbs.contains(l);
            if (past && !PRESENT_BE.contains(prev)) {
                return true; // "fled", "closed", "was cancelled"; not "is convinced"
            }
        }
        return false;
    }

    /** The word before token {@code k}, skipping adverbs and negations ("has already cut", "was not told"). */
    private String previousWord(List<Tok> t, int k) {
        for (int j = k - 1; j >= 0 && k - j <= 3; j--) {
            String l = t.get(j).lower();
            if (l.endsWith("ly") || lex.negations.contains(l) || l.equals("also") || l.equals("just")
                    || l.equals("already") || l.equals("since") || l.equals("now")) {
                continue;
            }
            return l;
        }
        return "";
    }

    /**
     * Blanks embedded questions after a negated verb, so their modals do not make a prediction: "China hasn't said
     * what action it might take" is about what China has (not) done. {@code masked} covers [offset, ...).
     */
    void maskEmbeddedQuestions(List<Tok> t, char[] masked, int offset) {
        for (int k = 1; k < t.size(); k++) {
            if (!lex.questionWords.contains(t.get(k).lower()) || !negatedVerbBefore(t, k)) {
                continue;
            }
            for (int r = k; r < t.size() && !(t.get(r).isPunct() && !t.get(r).is("'s") && !t.get(r).is("’s")); r++) {
                for (int c = Math.max(t.get(r).start(), offset); c < t.get(r).end() && c - offset < masked.length; c++) {
                    masked[c - offset] = ' ';
                }
            }
        }
    }

    /** "hasn't said what", "did not reveal how": a verb right before {@code k} with a negation in front of it. */
    private boolean negatedVerbBefore(List<Tok> t, int k) {
        Tok verb = t.get(k - 1);
        if (!verb.isWord() || lex.isFunctionWord(verb.lower()) && !lex.auxiliaries.contains(verb.lower())) {
            return false;
        }
        for (int j = k - 2; j >= 0 && k - j <= 4; j--) {
            String l = t.get(j).lower();
            if (lex.negations.contains(l)) {
                return true;
            }
            if (!lex.auxiliaries.contains(l)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "It will hurt Huawei ... as it gets half of the chips": the forecast is the main clause and the figures sit in
     * a subordinate clause after it, so the claim is a prediction carrying a figure. {@code lower} is the claim's
     * text from {@code offset}, masked; the first prediction cue must come before the subordinator.
     */
    boolean figuresOnlyInSubordinateClause(List<Tok> t, List<dev.claimcheck.model.Quantity> qs, String lower,
                                           int offset) {
        int firstFigure = qs.stream().mapToInt(q -> q.span().start()).min().orElse(Integer.MAX_VALUE);
        int firstCue = Integer.MAX_VALUE;
        for (String cue : lex.predictionCues) {
            int at = Extractor.indexOfWord(lower, cue);
            if (at >= 0) {
                firstCue = Math.min(firstCue, offset + at);
            }
        }
        for (Tok w : t) {
            if (w.start() > firstCue && w.start() < firstFigure && SUBORDINATORS.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Copulas and verbs of seeming before a judging adjective. */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "remains",
            "remained", "seems", "seemed", "appears", "appeared", "looks", "looked", "'s", "’s");

    /**
     * "the evidence is mixed", "the dating was solid", "his attacks have not been memorably effective": a copula, at
     * most three adverbs or negations, then a listed judging adjective. A judgement in predicate position is an
     * opinion; the same adjective before a noun only describes. Quoted words do not count (a quotation is a quote).
     */
    boolean evaluativePredicate(List<Tok> t, int start, int end) {
        for (int k = 0; k < t.size(); k++) {
            Tok w = t.get(k);
            if (w.start() < start || w.end() > end || w.quoted() || !COPULAS.contains(w.lower())) {
                continue;
            }
            int a = k + 1;
            while (a < t.size() && a - k <= 3 && (t.get(a).lower().endsWith("ly") || lex.negations.contains(t.get(a).lower())
                    || t.get(a).is("so") || t.get(a).is("too") || t.get(a).is("very") || t.get(a).is("far")
                    || t.get(a).is("less") || t.get(a).is("more"))) {
                a++;
            }
            if (a < t.size() && t.get(a).end() <= end && !t.get(a).quoted()
                    && lex.evaluativeAdjectives.contains(t.get(a).lower())
                    && (a + 1 >= t.size() || !t.get(a + 1).isWord() || t.get(a + 1).is("and") || t.get(a + 1).is("but")
                    || t.get(a + 1).is("to") || t.get(a + 1).is("for") || t.get(a + 1).is("in"))) {
                return true; // "is mixed." / "was solid, ..." ; not "was good news" (a noun follows)
            }
        }
        return false;
    }

    /**
     * Whether an uncertain forecast cue ("could", "is expected to") occurs in {@code lower}: its figures are then a
     * forecast. "may have", "could have" look back, not forward, and do not count.
     */
    boolean forecasts(String lower) {
        for (String cue : lex.forecastCues) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(cue, from)) >= 0) {
                from = at + 1;
                int e = at + cue.length();
                boolean word = (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                        && (e >= lower.length() || !Character.isLetterOrDigit(lower.charAt(e)));
                if (word && !lower.startsWith(" have ", e)) {
                    return true;
                }
            }
        }
        return false;
    }
}
