package dev.claimcheck.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Definite noun phrases ("the list", "the 5G awards", "the agreement"): "the" plus up to four lower-case words;
 * the head is the last of them. Whether something earlier introduced it is decided by the caller.
 */
final class DefiniteReferenceFinder {
    private static final Set<String> VERB_FOLLOWERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "that", "to", "it", "them", "him");
    private final Lexicon lex;

    DefiniteReferenceFinder(Lexicon lex) {
        this.lex = lex;
    }

    /** A found phrase: token range and head word (lower case). */
    record Found(int start, int end, String head) {
    }

    List<Found> find(List<Tok> t) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).is("the")) {
                continue;
            }
            int k = i + 1;
            int head = -1;
            while (k < t.size() && k - i <= 4) {
                Tok w = t.get(k);
                boolean wordish = w.isWord() || Tokenizer.isAlnumWord(w.text());
                if (!wordish || lex.isFunctionWord(w.lower()) || lex.reportingVerbs.contains(w.lower())
                        || lex.beliefVerbs.contains(w.lower()) && head >= 0) {
                    break;
                }
                if (k + 1 < t.size() && (t.get(k + 1).is("’s") || t.get(k + 1).is("'s"))) {
                    head = -1; // "the world's ...": a possessive, not the phrase's head
                    break;
                }
                if (w.isCapitalised() && k == i + 1 && (k + 1 >= t.size() || !t.get(k + 1).isWord()
                        || t.get(k + 1).isCapitalised())) {
                    head = -1; // "the United States": a name
                    break;
                }
                if (head >= 0 && w.lower().endsWith("s") && k + 1 < t.size()
                        && VERB_FOLLOWERS.contains(t.get(k + 1).lower())) {
                    break; // "the agreement ends the strike": an -s word before a determiner is a verb
                }
                if (head >= 0 && w.lower().endsWith("ed")) {
                    break; // "the entities included ...": a participle after the head
                }
                head = w.isCapitalised() ? head : k;
                k++;
            }
            boolean ofComplement = head >= 0 && head + 1 < t.size() && t.get(head + 1).is("of");
            if (head < 0 || ofComplement || lex.genericDefinites.contains(t.get(head).lower())
                    || lex.superlatives.contains(t.get(i + 1).lower()) || lex.ordinals.containsKey(t.get(i + 1).lower())) {
                continue;
            }
            out.add(new Found(i, head, t.get(head).lower()));
        }
        return out;
    }

    /** Word forms that would introduce a head: the word itself, singular and plural variants. */
    static Set<String> forms(String head) {
        Set<String> forms = new java.util.HashSet<>();
        forms.add(head);
        forms.add(head + "s");
        forms.add(head + "es");
        if (head.endsWith("ies")) {
            forms.add(head.substring(0, head.length() - 3) + "y");
        }
        if (head.endsWith("es")) {
            forms.add(head.substring(0, head.length() - 2));
        }
        if (head.endsWith("s")) {
            forms.add(head.substring(0, head.length() - 1));
        }
        if (head.endsWith("y")) {
            forms.add(head.substring(0, head.length() - 1) + "ies");
        }
        return forms;
    }
}
