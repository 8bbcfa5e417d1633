package dev.claimcheck.extraction;

import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proper names by capitalisation: runs of capitalised words ("People's Republic of China" keeps its inner "of"),
 * organisation suffixes after a name whatever their case ("Huawei technologies"), and a POS check only for a
 * sentence-initial word the article never capitalises elsewhere — the one case capitalisation cannot decide.
 */
final class EntityFinder {
    private static final Set<String> PROPER_TAGS = Set.of("PROPN", "NNP", "NNPS");
    /** Tags the tagger gives a common word asked about alone (an unknown name comes out PROPN or ADJ). */
    private static final Set<String> COMMON_TAGS = Set.of("NOUN", "VERB", "ADV", "ADP", "PRON", "DET", "AUX",
            "CCONJ", "SCONJ", "NUM", "PART", "NN", "NNS", "VB", "VBD", "VBZ", "VBP", "RB", "IN");

    private final Lexicon lex;

    EntityFinder(Lexicon lex) {
        this.lex = lex;
    }

    /** A name as written and how it was classified. */
    record Name(int start, int end, String text, String canonical, String type) {
    }

    /**
     * @param midCapitalised   words the article capitalises somewhere other than at a sentence start
     * @param recurringInitial words that open two or more of the article's sentences
     * @param titleCase        the sentence is a title-case headline: accept only known or body-capitalised words
     */
    List<Name> find(String text, List<Tok> t, Set<String> midCapitalised, Set<String> recurringInitial,
                    boolean titleCase, List<Name> earlier) {
        List<Name> out = new ArrayList<>();
        int first = 0;
        while (first < t.size() && t.get(first).isPunct()) {
            first++;
        }
        int i = 0;
        while (i < t.size()) {
            if (!startsName(t.get(i), i == first, midCapitalised, recurringInitial, titleCase, t, earlier)) {
                i++;
                continue;
            }
            int s = i;
            int e = i;
            int k = i + 1;
            while (k < t.size()) {
                Tok w = t.get(k);
                if (w.isCapitalised() && (w.isWord() || w.text().contains(".")) && !lex.months.containsKey(w.text())
                        && !lex.weekdays.containsKey(w.text()) && (!titleCase || known(w, midCapitalised))) {
                    e = k;
                    k++;
                } else if ((w.is("of") || w.is("for") || w.is("de")) && k + 1 < t.size() && t.get(k + 1).isCapitalised()
                        && !titleCase) {
                    k++;
                } else if (lex.orgSuffixes.contains(w.lower()) && !w.isCapitalised()) {
                    e = k;
                    k++;
                    break;
                } else {
                    break;
                }
            }
            String spelled = text.substring(t.get(s).start(), t.get(e).end());
            out.add(classify(t.get(s).start(), t.get(e).end(), spelled, earlier, out));
            i = k;
        }
        return out;
    }

    private boolean startsName(Tok tok, boolean sentenceStart, Set<String> mid, Set<String> recurringInitial,
                               boolean titleCase, List<Tok> t, List<Name> earlier) {
        if (!tok.isCapitalised() || !(tok.isWord()) || tok.text().equals("I") || tok.text().contains("$")
                || lex.months.containsKey(tok.text()) || lex.weekdays.containsKey(tok.text())) {
            return false;
        }
        if (lex.isFunctionWord(tok.lower()) && (sentenceStart || titleCase || tok.lower().length() < 4)) {
            return false;
        }
        if (titleCase) {
            return known(tok, mid);
        }
        if (!sentenceStart || mid.contains(tok.text()) || lex.alias(tok.text()) != null) {
            return true;
        }
        if (lex.pronouns.contains(tok.lower()) || lex.reportingVerbs.contains(tok.lower())) {
            return false;
        }
        int idx = t.indexOf(tok);
        // "Nordfrost AG, Europe's ...", "Nordfrost Group shares rose": a company suffix after the word names it
        // (not "Holding Company": a suffix word itself is no name's first word)
        if (idx >= 0 && idx + 1 < t.size() && t.get(idx + 1).isCapitalised() && !lex.orgSuffixes.contains(tok.lower())
                && lex.orgSuffixes.contains(t.get(idx + 1).lower())) {
            return true;
        }
        // a word opening several sentences and never written mid-sentence ("Nordfrost raised ...", "Nordfrost
        // will ..."): a name if the tagger, asked about the word alone, takes it for one — common words that
        // often open sentences ("Shares", "Officials") it tags as nouns
        // a word an earlier name of the article reduces to ("Nordfrost AG" ... "Nordfrost raised its forecast")
        if (earlierName(tok.text(), earlier)) {
            return true;
        }
        if (recurringInitial.contains(tok.text())) {
            String alone = NlpModels.pos().tag(new String[] {tok.text()})[0];
            if (PROPER_TAGS.contains(alone)) {
                return true;
            }
            if (COMMON_TAGS.contains(alone)) {
                return false; // "Shares fell ... Shares were flat": a common word the article keeps opening with
            }
        }
        // the rare case for the tagger: a sentence-initial word seen nowhere else; tag a small window only
        int n = Math.min(t.size(), 4);
        String[] words = new String[n];
        for (int k = 0; k < n; k++) {
            words[k] = t.get(k).text();
        }
        if (idx < 0 || idx >= n) {
            return false;
        }
        return PROPER_TAGS.contains(NlpModels.pos().tag(words)[idx]);
    }

    private static boolean earlierName(String word, List<Name> earlier) {
        for (Name n : earlier) {
            if (n.canonical().equals(word) || n.text().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean known(Tok tok, Set<String> mid) {
        return mid.contains(tok.text()) || lex.alias(tok.text()) != null || tok.text().length() > 1
                && tok.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || Character.isDigit(c));
    }

    /** Canonical name and type of a spelling, linking a surname to an earlier full name. */
    Name classify(int start, int end, String spelled, List<Name> earlier, List<Name> sameSentence) {
        String stripped = stripSuffixes(spelled);
        String bare = stripTitles(stripped);
        Lexicon.Alias alias = lex.alias(spelled);
        if (alias == null) {
            alias = lex.alias(stripped);
        }
        if (alias == null) {
            alias = lex.alias(bare);
        }
        String canonical;
        String type;
        if (alias != null) {
            canonical = alias.canonical();
            type = alias.type() == null ? "other" : alias.type();
        } else {
            canonical = bare;
            type = guessType(spelled, stripped, bare);
        }
        if (alias == null && !bare.contains(" ")) {
            Name full = surnameOf(bare, earlier, sameSentence);
            if (full != null) {
                canonical = full.canonical();
                type = full.type();
            }
        }
        if ("other".equals(type)) {
            // "Nordfrost" after "Nordfrost AG": the bare name is the organisation named before
            for (List<Name> list : List.of(sameSentence, earlier)) {
                for (Name n : list) {
                    if (n.canonical().equals(canonical) && !"other".equals(n.type())) {
                        type = n.type();
                    }
                }
            }
        }
        if ("outlet".equals(type) || isOutlet(spelled) || isOutlet(stripped)) {
            type = "outlet";
        }
        return new Name(start, end, spelled, canonical, type);
    }

    boolean isOutlet(String s) {
        for (String o : lex.outlets) {
            if (o.equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }

    private Name surnameOf(String word, List<Name> earlier, List<Name> same) {
        for (List<Name> list : List.of(same, earlier)) {
            for (int k = list.size() - 1; k >= 0; k--) {
                Name n = list.get(k);
                if ("person".equals(n.type()) && n.canonical().contains(" ")
                        && n.canonical().endsWith(" " + word)) {
                    return n;
                }
            }
        }
        return null;
    }

    private String guessType(String spelled, String stripped, String bare) {
        if (lex.places.contains(bare)) {
            return "place";
        }
        if (!stripped.equals(spelled)) {
            return "organisation";
        }
        String[] words = bare.split(" ");
        for (String w : words) {
            if (lex.orgWords.contains(w)) {
                return "organisation";
            }
        }
        if (words.length == 1 && bare.length() > 1 && bare.chars().allMatch(c -> Character.isUpperCase(c) || c == '.'
                || Character.isDigit(c) || c == '&')) {
            return "organisation";
        }
        if (!bare.equals(spelled.strip()) || words.length >= 2 && words.length <= 4) {
            return "person";
        }
        return "other";
    }

    String stripSuffixes(String name) {
        String[] words = name.split(" ");
        int n = words.length;
        while (n > 1 && lex.orgSuffixes.contains(words[n - 1].toLowerCase(Locale.ROOT))) {
            n--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    String stripTitles(String name) {
        String[] words = name.split(" ");
        int s = 0;
        while (s < words.length - 1 && lex.personTitles.contains(words[s].toLowerCase(Locale.ROOT))) {
            s++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, s, words.length));
    }

    static Span span(String text, Name n) {
        return Span.of(text, n.start(), n.end());
    }
}
