package dev.claimcheck.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds attribution frames in one sentence from its tokens: "X said (that) ...", "..., X said.", "..., said X",
 * "according to X", "X reported that ...", "reported by X", participial "..., saying ...", beliefs ("X believes"),
 * and agentless phrases ("stated to be", "critics say") as vague frames. No POS tags: noun phrases are found with
 * capitalisation and the word lists, which is what keeps extraction within its time budget.
 */
final class AttributionFinder {
    private static final int MAX_NP = 8;
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    /** Words before a participle that make it continue the sentence's speaker ("..., adding", "by saying"). */
    private static final Set<String> PARTICIPLE_LEAD = Set.of(",", "and", "by", "while", "after", "before", "—", "-",
            "also", "then");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "this", "these", "those", "some", "many", "several", "two", "three", "both", "other", "one");
    /** Words that may sit inside a source noun phrase after its head ("sources close to the deal"). */
    private static final Set<String> NP_INNER = Set.of("of", "the", "a", "an", "to", "with", "on", "for", "in", "from",
            "at", "and", "by", "’s", "'s", "his", "her", "their", "its", "our");

    private static final Set<String> HAVE_FORMS = Set.of("have", "has", "had");
    private static final Set<String> CROWD_ADVERBS = Set.of("long", "also", "already", "now", "since", "often");

    private final Lexicon lex;
    private final List<String[]> prepositionalCues;

    AttributionFinder(Lexicon lex) {
        this.lex = lex;
        this.prepositionalCues = lex.multiwordCues.stream().map(c -> c.split(" ")).toList();
    }

    /** The last token of a listed cue ("according to") starting at {@code i}, or -1. */
    private int prepositionalCue(List<Tok> t, int i) {
        for (String[] cue : prepositionalCues) {
            if (QuantityFinder.matches(t, i, cue)) {
                return i + cue.length - 1;
            }
        }
        return -1;
    }

    List<Frame> find(String text, List<Tok> t, int sentStart, int sentEnd) {
        List<Frame> frames = new ArrayList<>();
        boolean[] used = new boolean[t.size()];
        vague(text, t, sentStart, sentEnd, frames, used);
        for (int i = 0; i < t.size(); i++) {
            if (used[i] || t.get(i).quoted() && !isQuoteChar(t.get(i))) {
                continue;
            }
            Tok tok = t.get(i);
            int cueLast = prepositionalCue(t, i);
            if (cueLast >= 0) {
                // "according to X": the source follows the cue
                int[] np = rightNp(t, cueLast + 1, false);
                if (np != null) {
                    int contentStart = np[1] + 1 < t.size() && t.get(np[1] + 1).is(",") && i == 0
                            ? t.get(Math.min(np[1] + 2, t.size() - 1)).start() : sentStart;
                    int contentEnd = i > 0 ? t.get(i - 1).is(",") ? t.get(i - 1).start() : tok.start() : sentEnd;
                    frames.add(new Frame(t.get(np[0]).start(), t.get(np[1]).end(), tok.start(), t.get(cueLast).end(),
                            false, contentStart, contentEnd));
                    mark(used, i, np[1]);
                }
                continue;
            }
            if (tok.isCapitalised() && i > 0 && !isQuoteChar(t.get(i - 1))) {
                continue; // "the United States", "Morris Says": a name, not a verb
            }
            int cueEnd = i;
            boolean reporting;
            if (i + 1 < t.size() && lex.reportingVerbs.contains(tok.lower() + " " + t.get(i + 1).lower())) {
                cueEnd = i + 1;
                reporting = true;
            } else if (lex.reportingVerbs.contains(tok.lower())) {
                reporting = true;
            } else if (lex.beliefVerbs.contains(tok.lower())) {
                reporting = false;
            } else {
                continue;
            }
            Frame f = verbFrame(t, i, cueEnd, reporting, sentStart, sentEnd, frames);
            if (f != null) {
                frames.add(f);
                mark(used, i, cueEnd);
            }
        }
        colonFrame(t, sentStart, sentEnd, frames, used);
        frames.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
        return frames;
    }

    private Frame verbFrame(List<Tok> t, int i, int cueEnd, boolean reporting, int sentStart, int sentEnd,
                            List<Frame> earlier) {
        Tok verb = t.get(i);
        if (i > 0) {
            String prev = t.get(i - 1).lower();
            if (DETERMINERS.contains(prev) || prev.equals("to") || prev.equals("’s") || prev.equals("'s")) {
                return null; // a noun ("the report", "a claim") or an infinitive ("to say")
            }
        }
        if (lex.commitmentVerbs.contains(verb.lower()) && infinitiveAfter(t, cueEnd)) {
            return null; // "Huawei agreed to cooperate": a commitment to act, not a stated belief
        }
        if (negated(t, i) && cueEnd + 1 < t.size() && lex.questionWords.contains(t.get(cueEnd + 1).lower())) {
            return null; // "China hasn't said what it might do": no content is reported
        }
        int cueS = verb.start();
        int cueE = t.get(cueEnd).end();
        int after = contentAfter(t, cueEnd, sentEnd);
        // passive: "was first reported by MSNBC"
        if (cueEnd + 1 < t.size() && t.get(cueEnd + 1).is("by") && reporting) {
            int[] np = rightNp(t, cueEnd + 2, false);
            if (np != null && looksLikeSource(t, np[0], np[1])) {
                return new Frame(t.get(np[0]).start(), t.get(np[1]).end(), cueS, cueE, false, sentStart, cueS);
            }
        }
        // participial: "..., saying ...", "and suggesting ..." takes the speaker already named, else the subject
        if (verb.lower().endsWith("ing") && i > 0 && PARTICIPLE_LEAD.contains(t.get(i - 1).lower())) {
            if (!reporting) {
                return null;
            }
            Frame prev = null;
            for (Frame f : earlier) {
                if (f.hasSource() && f.cueStart() < cueS) {
                    prev = f;
                }
            }
            if (prev != null) {
                return new Frame(prev.sourceStart(), prev.sourceEnd(), cueS, cueE, false, sentStart, sentEnd,
                        prev.antecedentStart(), prev.antecedentEnd());
            }
            int[] subj = subject(t, i - 1);
            return subj == null ? null
                    : new Frame(t.get(subj[0]).start(), t.get(subj[1]).end(), cueS, cueE, false, sentStart, sentEnd);
        }
        int j = i - 1;
        boolean passive = false;
        while (j >= 0) {
            if (isAuxiliary(t.get(j)) || lex.weekdays.containsKey(t.get(j).text())) {
                passive |= BE.contains(t.get(j).lower());
                j--;
            } else if (t.get(j).is(")")) {
                int k = j; // "Sen. Chuck Schumer (D-N.Y.) said"
                while (k > 0 && !t.get(k).is("(") && j - k < 12) {
                    k--;
                }
                if (!t.get(k).is("(")) {
                    break;
                }
                j = k - 1;
            } else if (j > 0 && t.get(j).is("week") && (t.get(j - 1).is("last") || t.get(j - 1).is("this"))) {
                j -= 2;
            } else {
                break;
            }
        }
        if (passive && !verb.lower().endsWith("ing") && !verb.lower().endsWith("s")) {
            return null; // "Trump was asked", "he was told": the subject is the hearer; "by X" was handled above
        }
        if (j < 0) {
            // "Said Comey, ...": the verb opens the sentence and the speaker follows
            if (i == 0 && reporting && !lex.hearerVerbs.contains(verb.lower())) {
                int[] np = rightNp(t, cueEnd + 1, true);
                if (np != null && t.get(np[0]).isCapitalised()) {
                    np = trimAtPreposition(t, np);
                    return new Frame(t.get(np[0]).start(), t.get(np[1]).end(), cueS, cueE, false, after, sentEnd);
                }
            }
            return null;
        }
        Tok left = t.get(j);
        if ((left.is("and") || left.is("but")) && reporting && !verb.lower().endsWith("ing")) {
            Frame prev = null;
            for (Frame f : earlier) {
                if (f.hasSource() && f.cueStart() < cueS) {
                    prev = f;
                }
            }
            if (prev != null) {
                return new Frame(prev.sourceStart(), prev.sourceEnd(), cueS, cueE, false, after, sentEnd,
                        prev.antecedentStart(), prev.antecedentEnd());
            }
            int[] subj = subject(t, j);
            return subj == null ? null
                    : new Frame(t.get(subj[0]).start(), t.get(subj[1]).end(), cueS, cueE, false, after, sentEnd);
        }
        if (left.is(",") || isQuoteChar(left) || left.is("—")) {
            int[] inverted = null;
            if (reporting && !verb.lower().endsWith("ing") && !lex.hearerVerbs.contains(verb.lower())) {
                int[] np = rightNp(t, cueEnd + 1, true);
                if (np != null && (isQuoteChar(left) || j > 0 && isQuoteChar(t.get(j - 1))
                        ? DETERMINERS.contains(t.get(np[0]).lower()) || hasCapital(t, np) : looksLikeSource(t, np[0], np[1]))) {
                    inverted = trimAtPreposition(t, np);
                    if (np[0] == np[1] && lex.pronouns.contains(t.get(np[0]).lower()) && !endsClause(t, np[1] + 1)) {
                        inverted = null; // "..., said he saw": "he" starts the content
                    }
                }
                boolean afterQuote = isQuoteChar(left) || j > 0 && isQuoteChar(t.get(j - 1));
                if (inverted != null && (afterQuote || !left.is(",") && endsClause(t, np[1] + 1))) {
                    return new Frame(t.get(inverted[0]).start(), t.get(inverted[1]).end(), cueS, cueE, false,
                            sentStart, left.start());
                }
            }
            if (left.is(",")) {
                // "One hopeful, Carly Fiorina, says": the name between two commas
                int k = j - 1;
                while (k >= 0 && (t.get(k).isCapitalised() || t.get(k).is(".")) && j - k < 6) {
                    k--;
                }
                if (k < j - 1 && k >= 0 && t.get(k).is(",") && looksLikeSource(t, k + 1, j - 1)) {
                    return new Frame(t.get(k + 1).start(), t.get(j - 1).end(), cueS, cueE, false, after, sentEnd);
                }
            }
            if (left.is(",")) {
                // "Smith, a spokesman for the firm, said" / "Jimmy Ghazal, 39, a visitor, told"
                for (int k = j - 1; k > 0 && j - k < 40; k--) {
                    if (!t.get(k).is(",")) {
                        continue;
                    }
                    int e = k - 1;
                    if (t.get(e).is(")")) {
                        while (e > 0 && !t.get(e).is("(") && k - e < 12) {
                            e--;
                        }
                        e--;
                    }
                    int[] np = e >= 0 ? leftNp(t, e) : null;
                    if (np != null && (t.get(np[1]).isCapitalised() || DETERMINERS.contains(t.get(np[0]).lower()))
                            && looksLikeSource(t, np[0], np[1]) && opensClause(t, np[0])) {
                        return new Frame(t.get(np[0]).start(), t.get(np[1]).end(), cueS, cueE, false, after, sentEnd);
                    }
                }
            }
            if (inverted != null && endsClause(t, inverted[1] + 1) && !lex.pronouns.contains(t.get(inverted[0]).lower())) {
                return new Frame(t.get(inverted[0]).start(), t.get(inverted[1]).end(), cueS, cueE, false,
                        sentStart, left.start());
            }
            return null;
        }
        if (left.is("who") || left.is("which") || left.is("that") && j > 0 && !lex.isFunctionWord(t.get(j - 1).lower())) {
            // the gold standard (and a reader) sees "who" as the source; the antecedent says who it is
            int k = j - 1;
            if (k >= 0 && t.get(k).is(",")) {
                k--;
            }
            int[] np = k >= 0 ? leftNp(t, k) : null;
            if (np != null && looksLikeSource(t, np[0], np[1])) {
                return new Frame(left.start(), left.end(), cueS, cueE, false, after, sentEnd,
                        t.get(np[0]).start(), t.get(np[1]).end());
            }
            return left.is("who") && reporting ? new Frame(left.start(), left.end(), cueS, cueE, false, after, sentEnd)
                    : null;
        }
        int[] np = extendAnonymous(t, leftNp(t, j));
        if (np == null || !looksLikeSource(t, np[0], np[1]) && !(reporting && sayingSubject(t, np[0], np[1]))) {
            return null;
        }
        np = beforeRelativeClause(t, np, reporting);
        if (j == i - 1 && isBaseForm(verb.lower()) && !pluralSubject(t.get(np[1]).lower())) {
            return null; // "Chinese state espionage": a base form needs a plural subject or an auxiliary
        }
        if (!reporting && !strongSubject(t, np[0], np[1])) {
            return null;
        }
        if (lex.evidenceVerbs.contains(verb.lower()) && !documentHead(t, np[0], np[1])
                && !(cueEnd + 1 < t.size() && t.get(cueEnd + 1).is("that"))) {
            return null; // "she found a job" is an action; "the poll found", "he found that" attribute
        }
        if (reporting && !looksLikeSource(t, np[0], np[1]) && !sayingSubject(t, np[0], np[1])) {
            return null;
        }
        int contentStart = after;
        int contentEnd = sentEnd;
        if (after >= sentEnd || np[0] > 0 && (t.get(np[0] - 1).is(",") || isQuoteChar(t.get(np[0] - 1)))) {
            // "..., X said." — the content came first
            contentStart = sentStart;
            contentEnd = np[0] > 0 ? t.get(np[0] - 1).start() : t.get(np[0]).start();
        } else if (lex.clauseOnlyVerbs.contains(verb.lower()) && !clauseFollows(t, cueEnd + 1)) {
            return null; // "the airport will add two routes", "the hotel confirmed the booking": an object, no content
        }
        return new Frame(t.get(np[0]).start(), t.get(np[1]).end(), cueS, cueE, false, contentStart,
                Math.max(contentStart, contentEnd));
    }

    /** "agreed to cooperate": "to" and a lower-case word that is not a determiner or pronoun (the hearer). */
    private boolean infinitiveAfter(List<Tok> t, int cueEnd) {
        if (cueEnd + 2 >= t.size() || !t.get(cueEnd + 1).is("to")) {
            return false;
        }
        Tok w = t.get(cueEnd + 2);
        return w.isWord() && !w.isCapitalised() && !DETERMINERS.contains(w.lower()) && !lex.pronouns.contains(w.lower());
    }

    /** A negation among the auxiliaries right before the verb at {@code i}: "has not said", "didn't say". */
    private boolean negated(List<Tok> t, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 3 && isAuxiliary(t.get(k)); k--) {
            if (lex.negations.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether reported content, not a plain object, starts at {@code k}: "that", a quotation, a colon or comma, a
     * subject pronoun, or a finite verb (an auxiliary or a past form) before the clause ends. "announced the plant
     * would close" has one; "add two new routes this summer" has none.
     */
    private boolean clauseFollows(List<Tok> t, int k) {
        if (k >= t.size()) {
            return true;
        }
        Tok first = t.get(k);
        if (first.is("that") || first.is(":") || first.is(",") || isQuoteChar(first)
                || lex.pronouns.contains(first.lower()) && !first.is("it") && !first.is("you")
                || first.is("it") && k + 1 < t.size() && lex.auxiliaries.contains(t.get(k + 1).lower())) {
            return true;
        }
        for (int r = k + 1; r < t.size() && r - k < 20; r++) {
            Tok w = t.get(r);
            if (w.isPunct() && !isClitic(w) && !w.is("-") && !w.is("’s") && !w.is("'s")) {
                return false;
            }
            String l = w.lower();
            boolean pastForm = l.endsWith("ed") && l.length() > 4 && !w.isCapitalised()
                    && !DETERMINERS.contains(t.get(r - 1).lower());
            if (lex.auxiliaries.contains(l) && !l.endsWith("ly") && !l.equals("also") && !l.equals("then")
                    && !l.equals("not") || pastForm) {
                return true;
            }
        }
        return false;
    }

    /** A verb form whose third-person form is also listed ("say" → "says"): present plural or bare infinitive. */
    private boolean isBaseForm(String v) {
        Set<String> all = lex.reportingVerbs.contains(v) ? lex.reportingVerbs : lex.beliefVerbs;
        return all.contains(v + "s") || all.contains(v + "es")
                || v.endsWith("y") && all.contains(v.substring(0, v.length() - 1) + "ies");
    }

    private boolean pluralSubject(String head) {
        return head.equals("i") || head.equals("we") || head.equals("they") || head.equals("you")
                || head.endsWith("s") && !head.endsWith("ss") && head.length() > 3;
    }

    /**
     * "Officials who spoke with The Huffington Post said": the phrase next to the verb sits inside a relative
     * clause; the speaker is the phrase before "who".
     */
    private int[] beforeRelativeClause(List<Tok> t, int[] np, boolean reporting) {
        for (int k = np[0] - 1; k > 0 && np[0] - k <= 8; k--) {
            Tok w = t.get(k);
            if (w.isPunct() || isQuoteChar(w)) {
                return np;
            }
            if (w.is("who")) {
                int[] outer = leftNp(t, k - 1);
                if (outer != null && (looksLikeSource(t, outer[0], outer[1])
                        || reporting && sayingSubject(t, outer[0], outer[1]))) {
                    return outer;
                }
                return np;
            }
        }
        return np;
    }

    /** "people familiar with the matter said": the noun phrase walk stops at "with"; the list knows better. */
    private int[] extendAnonymous(List<Tok> t, int[] np) {
        if (np == null) {
            return null;
        }
        for (int s = np[0] - 1; s >= 0 && np[0] - s <= 6; s--) {
            if (t.get(s).isPunct()) {
                break;
            }
            String phrase = join(t, s, np[1]).toLowerCase(Locale.ROOT) + " ";
            for (String a : lex.anonymousPhrases) {
                if (phrase.startsWith(a + " ") && a.contains(" ")) {
                    return new int[]{s, np[1]};
                }
            }
        }
        return np;
    }

    /** "Robert Antonacci of the New York delegation": the name before the first preposition is enough. */
    private int[] trimAtPreposition(List<Tok> t, int[] np) {
        for (int k = np[0] + 1; k <= np[1]; k++) {
            if (NP_INNER.contains(t.get(k).lower()) && !t.get(k).is("’s") && !t.get(k).is("'s")
                    && t.get(k - 1).isCapitalised()) {
                return new int[]{np[0], k - 1};
            }
        }
        return np;
    }

    /** Where the content after a cue starts: skips "that" and a following comma or colon. */
    private static int contentAfter(List<Tok> t, int cueEnd, int sentEnd) {
        int k = cueEnd + 1;
        while (k < t.size() && (t.get(k).is("that") || t.get(k).is(",") || t.get(k).is(":"))) {
            k++;
        }
        for (int r = k; r < t.size(); r++) {
            if (!t.get(r).isPunct() || isQuoteChar(t.get(r))) {
                return t.get(k).start();
            }
        }
        return sentEnd; // only the full stop is left: the content came before the cue
    }

    private boolean isAuxiliary(Tok tok) {
        return lex.auxiliaries.contains(tok.lower())
                || tok.lower().endsWith("ly") && !tok.isCapitalised() && tok.lower().length() > 3 && !tok.quoted();
    }

    private static boolean isQuoteChar(Tok tok) {
        char c = tok.text().charAt(0);
        return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’';
    }

    private boolean endsClause(List<Tok> t, int k) {
        return k >= t.size() || t.get(k).isPunct() && !isClitic(t.get(k))
                || t.get(k).is("in") || t.get(k).is("on") || t.get(k).is("at") || t.get(k).is("during")
                || t.get(k).is("after") || t.get(k).is("before") || t.get(k).is("when") || t.get(k).is("as")
                || t.get(k).is("and") || t.get(k).is("who") || t.get(k).is("adding") || t.get(k).is("to");
    }

    /** The noun phrase ending at token {@code end}, walking left. */
    private int[] leftNp(List<Tok> t, int end) {
        Tok head = t.get(end);
        if (lex.pronouns.contains(head.lower())) {
            return new int[]{end, end};
        }
        if (!head.isWord() || lex.isFunctionWord(head.lower()) || lex.reportingVerbs.contains(head.lower())) {
            return null;
        }
        int k = end;
        int start = end;
        while (k >= 0 && end - k < MAX_NP) {
            Tok w = t.get(k);
            String l = w.lower();
            if (DETERMINERS.contains(l) && k < end) {
                start = k;
                break;
            }
            if (w.isWord() && (!lex.isFunctionWord(l) || l.equals("of") && k < end && k > 0
                    && (t.get(k - 1).isCapitalised() || lex.personTitles.contains(t.get(k - 1).lower())))
                    && !lex.reportingVerbs.contains(l) && !lex.beliefVerbs.contains(l) && !w.quoted()
                    || (l.equals("’s") || l.equals("'s")) && k < end) {
                start = k;
                k--;
                continue;
            }
            break;
        }
        // drop lower-case words before a capitalised head run unless a determiner opened the phrase
        return trimLeft(t, start, end);
    }

    private int[] trimLeft(List<Tok> t, int start, int end) {
        if (DETERMINERS.contains(t.get(start).lower())) {
            return new int[]{start, end};
        }
        // without a determiner keep only the capitalised run (and titles) ending at the head
        int s = end;
        while (s - 1 >= start && (t.get(s - 1).isCapitalised() || lex.personTitles.contains(t.get(s - 1).lower())
                || t.get(s - 1).is("’s") || t.get(s - 1).is("'s") || t.get(s - 1).is("of") && s - 2 >= start
                && t.get(s - 2).isCapitalised())) {
            s--;
        }
        if (!t.get(end).isCapitalised() && s == end) {
            // a bare lower-case head ("officials", "sources"): allow a lower-case modifier or two
            s = end;
            while (s - 1 >= start && end - s < 2 && t.get(s - 1).isWord() && !lex.isFunctionWord(t.get(s - 1).lower())) {
                s--;
            }
        }
        return new int[]{s, end};
    }

    /** The noun phrase starting at token {@code from}, walking right. */
    private int[] rightNp(List<Tok> t, int from, boolean inversion) {
        if (from >= t.size()) {
            return null;
        }
        Tok first = t.get(from);
        if (lex.pronouns.contains(first.lower())) {
            return new int[]{from, from};
        }
        if (!first.isWord() || lex.isFunctionWord(first.lower()) && !DETERMINERS.contains(first.lower())) {
            return null;
        }
        int k = from;
        int last = from;
        while (k < t.size() && k - from < (inversion ? MAX_NP : 12)) {
            Tok w = t.get(k);
            String l = w.lower();
            if (w.isPunct() && !l.equals("’s") && !l.equals("'s") && !l.equals("-") && !l.equals("&")) {
                break;
            }
            if (lex.reportingVerbs.contains(l) || lex.beliefVerbs.contains(l) && k > from) {
                break;
            }
            if (lex.isFunctionWord(l) && !NP_INNER.contains(l) && !(DETERMINERS.contains(l) && k == from)) {
                break;
            }
            if (inversion && (l.equals("and") || l.equals("in") || l.equals("on") || l.equals("at") || l.equals("to"))) {
                break;
            }
            if (w.isWord() || w.isNumber() || NP_INNER.contains(l) || l.equals("-") || l.equals("&")) {
                if (!NP_INNER.contains(l)) {
                    last = k;
                }
                k++;
                continue;
            }
            break;
        }
        return new int[]{from, last};
    }

    /** The subject at the start of the clause ending before {@code before}: a pronoun, a name, or det + noun. */
    private int[] subject(List<Tok> t, int before) {
        int k = 0;
        while (k < before && (t.get(k).isPunct() || isQuoteChar(t.get(k)))) {
            k++;
        }
        if (k >= before) {
            return null;
        }
        Tok w = t.get(k);
        if (w.lower().endsWith("ing") || w.lower().endsWith("ly") || lex.isFunctionWord(w.lower())
                && !DETERMINERS.contains(w.lower()) && !lex.pronouns.contains(w.lower())) {
            // "Continuing, Carson said ...", "In an interview, he said ...": the subject follows the first comma
            int c = k;
            while (c < before && !t.get(c).is(",")) {
                c++;
            }
            if (c + 1 < before) {
                k = c + 1;
                w = t.get(k);
            }
        }
        if (lex.pronouns.contains(w.lower())) {
            return new int[]{k, k};
        }
        int s = k;
        if (DETERMINERS.contains(w.lower())) {
            k++;
        }
        int e = -1;
        while (k < before && t.get(k).isWord() && !lex.isFunctionWord(t.get(k).lower())
                && !lex.reportingVerbs.contains(t.get(k).lower()) && k - s < 6) {
            boolean cap = t.get(k).isCapitalised();
            if (!cap && e >= 0 && t.get(e).isCapitalised() && !lex.personTitles.contains(t.get(k).lower())
                    && !lex.orgNouns.contains(t.get(k).lower())) {
                break;
            }
            e = k;
            k++;
            if (k < before && (t.get(k).is("’s") || t.get(k).is("'s"))) {
                k++;
            }
        }
        return e < 0 ? null : new int[]{s, e};
    }

    /** A phrase can be a source if it names someone: a pronoun, a capitalised name, or a person/organisation noun. */
    private boolean looksLikeSource(List<Tok> t, int s, int e) {
        Tok head = t.get(e);
        String h = head.lower();
        if (lex.pronouns.contains(h)) {
            return !h.equals("you");
        }
        if (lex.months.containsKey(head.text()) || lex.weekdays.containsKey(head.text())) {
            return false;
        }
        if (head.isCapitalised()) {
            return !lex.isFunctionWord(h) || s < e;
        }
        String singular = h.endsWith("s") && h.length() > 3 ? h.substring(0, h.length() - 1) : h;
        if (lex.unnamedOutlets.contains(h)) {
            return true; // "Local media reported": an outlet, though unnamed
        }
        if (lex.personTitles.contains(h) || lex.orgNouns.contains(h) || lex.documentWords.contains(h)
                || lex.personTitles.contains(singular) || lex.orgNouns.contains(singular)
                || lex.documentWords.contains(singular)) {
            return true;
        }
        String phrase = " " + join(t, s, e).toLowerCase(Locale.ROOT) + " ";
        for (String a : lex.anonymousPhrases) {
            if (phrase.contains(" " + a + " ")) {
                return true;
            }
        }
        // a plural noun with a determiner ("the numbers", "many residents")
        return s < e && DETERMINERS.contains(t.get(s).lower()) && h.endsWith("s") && !h.endsWith("ss");
    }

    /**
     * With a verb of saying almost any subject is a speaker: "the admiral said", "59 percent said", "most said",
     * "abortion opponents said" — a determiner, a group word or a plural head is enough.
     */
    private boolean sayingSubject(List<Tok> t, int s, int e) {
        String h = t.get(e).lower();
        if (lex.groupSources.contains(h) || lex.unnamedOutlets.contains(h) || t.get(e).isNumber()) {
            return true;
        }
        if (DETERMINERS.contains(t.get(s).lower()) && s < e && !lex.isFunctionWord(h)) {
            return true;
        }
        return h.endsWith("s") && !h.endsWith("ss") && h.length() > 3 && !lex.isFunctionWord(h);
    }

    /** "said race director Paula Grant": after a quotation any phrase naming someone is the speaker. */
    private static boolean hasCapital(List<Tok> t, int[] np) {
        for (int k = np[0]; k <= np[1]; k++) {
            if (t.get(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClitic(Tok tok) {
        return tok.text().length() > 1 && (tok.text().charAt(0) == '\'' || tok.text().charAt(0) == '’')
                && Character.isLetter(tok.text().charAt(1));
    }

    private boolean documentHead(List<Tok> t, int s, int e) {
        String h = t.get(e).lower();
        String singular = h.endsWith("s") ? h.substring(0, h.length() - 1) : h;
        return lex.documentWords.contains(h) || lex.documentWords.contains(singular);
    }

    /** The phrase starting at {@code s} begins its clause: nothing but modifiers since the last punctuation. */
    private boolean opensClause(List<Tok> t, int s) {
        for (int k = s - 1; k >= 0; k--) {
            Tok w = t.get(k);
            if (w.isPunct() || isQuoteChar(w)) {
                return true;
            }
            if (lex.isFunctionWord(w.lower()) && !DETERMINERS.contains(w.lower()) && !w.is("and") && !w.is("of")) {
                return false;
            }
        }
        return true;
    }

    /** Beliefs ("X thinks") need a clear subject: a pronoun, a name, or a person or organisation noun. */
    private boolean strongSubject(List<Tok> t, int s, int e) {
        Tok head = t.get(e);
        String h = head.lower();
        return lex.pronouns.contains(h) && !h.equals("it") && !h.equals("you")
                || head.isCapitalised() && !lex.months.containsKey(head.text())
                || lex.personTitles.contains(h) || lex.orgNouns.contains(h);
    }

    private static String join(List<Tok> t, int s, int e) {
        StringBuilder sb = new StringBuilder();
        for (int k = s; k <= e; k++) {
            if (k > s) {
                sb.append(' ');
            }
            sb.append(t.get(k).text());
        }
        return sb.toString();
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < used.length; k++) {
            used[k] = true;
        }
    }

    /** "Elizabeth Warren: Donald Trump is ..." — a name, a colon, then what the person says (headline style). */
    private void colonFrame(List<Tok> t, int sentStart, int sentEnd, List<Frame> frames, boolean[] used) {
        int k = 0;
        while (k < t.size() && k < 6 && (t.get(k).isCapitalised() || t.get(k).is("’s") || t.get(k).is("'s")
                || t.get(k).is(".") && k > 0)) {
            k++;
        }
        if (k == 0 || k >= t.size() - 2 || !t.get(k).is(":") || used[k]) {
            return;
        }
        Tok head = t.get(k - 1);
        Tok next = t.get(k + 1);
        if (Character.isDigit(next.text().charAt(0)) || k > 1 && (t.get(1).is("’s") || t.get(1).is("'s"))) {
            return; // "Bernie Sanders: 1,501" is a tally, "X's Report: ..." a section title
        }
        if (lex.months.containsKey(head.text()) || lex.weekdays.containsKey(head.text())
                || lex.isFunctionWord(head.lower()) || lex.isFunctionWord(t.get(0).lower())
                || lex.colonLabels.contains(join(t, 0, k - 1).toLowerCase(Locale.ROOT))
                || lex.colonLabels.contains(t.get(0).lower())) {
            return;
        }
        Tok colon = t.get(k);
        frames.add(new Frame(t.get(0).start(), head.end(), colon.start(), colon.end(), false, t.get(k + 1).start(),
                sentEnd));
        used[k] = true;
    }

    /**
     * Agentless attributions: longest list phrases first, at word boundaries, not overlapping each other; then
     * unnamed crowds ({@link #crowd}).
     */
    private void vague(String text, List<Tok> t, int s, int e, List<Frame> frames, boolean[] used) {
        phrases(text, t, s, e, frames, used);
        crowd(t, s, e, frames, used);
    }

    /**
     * "Some experts cautioned", "Climate scientists have long warned", "Local media reported": a crowd noun with a
     * quantifier or a modifier, opening its clause, right before a verb of saying (after an optional "have" and
     * adverbs). Nobody is named, so this is a vague attribution, not a source. A bare plural ("Analysts said") or a
     * definite one ("the experts said", which refers back) stays a source.
     */
    private void crowd(List<Tok> t, int s, int e, List<Frame> frames, boolean[] used) {
        for (int k = 1; k < t.size(); k++) {
            if (!lex.crowdNouns.contains(t.get(k).lower()) || used[k]) {
                continue;
            }
            int start = crowdStart(t, k);
            if (start < 0) {
                continue;
            }
            int v = k + 1;
            if (v < t.size() && HAVE_FORMS.contains(t.get(v).lower())) {
                v++;
            }
            while (v < t.size() && v - k <= 4 && (t.get(v).lower().endsWith("ly") || CROWD_ADVERBS.contains(t.get(v).lower()))) {
                v++;
            }
            if (v >= t.size() || !lex.reportingVerbs.contains(t.get(v).lower()) || used[v]) {
                continue;
            }
            frames.add(new Frame(-1, -1, t.get(start).start(), t.get(v).end(), true, s, e));
            mark(used, start, v);
            k = v;
        }
    }

    /** Where the crowd phrase before noun {@code k} starts: at a quantifier or one modifier, at a clause start. */
    private int crowdStart(List<Tok> t, int k) {
        Tok m = t.get(k - 1);
        String l = m.lower();
        if (!m.isWord() || m.quoted() || DETERMINERS.contains(l) && !lex.crowdQuantifiers.contains(l)) {
            return -1; // "the experts", "their critics": someone already introduced
        }
        int start = k - 1;
        if (!lex.crowdQuantifiers.contains(l)) {
            boolean modifier = !lex.isFunctionWord(l) && !lex.pronouns.contains(l)
                    && (!m.isCapitalised() || start == 0 || t.get(start - 1).isPunct());
            if (!modifier) {
                return -1;
            }
            if (start > 0 && lex.crowdQuantifiers.contains(t.get(start - 1).lower())) {
                start--; // "some independent experts"
            }
        }
        return start == 0 || t.get(start - 1).isPunct() || isQuoteChar(t.get(start - 1)) ? start : -1;
    }

    /** Agentless list phrases: longest first, at word boundaries, not overlapping each other. */
    private void phrases(String text, List<Tok> t, int s, int e, List<Frame> frames, boolean[] used) {
        String lower = text.substring(s, e).toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[lower.length()];
        for (String phrase : lex.vaguePhrases) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(phrase, from)) >= 0) {
                from = at + 1;
                int end = at + phrase.length();
                if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))
                        || end < lower.length() && Character.isLetterOrDigit(lower.charAt(end)) || taken[at] || taken[end - 1]) {
                    continue;
                }
                for (int k = at; k < end; k++) {
                    taken[k] = true;
                }
                frames.add(new Frame(-1, -1, s + at, s + end, true, s, e));
                for (int k = 0; k < t.size(); k++) {
                    if (t.get(k).start() >= s + at && t.get(k).end() <= s + end) {
                        used[k] = true;
                    }
                }
            }
        }
    }
}
