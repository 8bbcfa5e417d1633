package dev.claimcheck.extraction;

import dev.claimcheck.model.Source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sources one extraction has cited so far, in the order of their latest citation, with the phrases each was
 * written as; resolves definite back-references ("the agency said") to one of them. One instance per article run.
 */
final class SourceMemory {
    private final Lexicon lex;
    /** Latest citation last. */
    private final List<Source> recent = new ArrayList<>();
    /** Source id → its phrases as written, lower case: "Halden Savings Bank" is canonically "Halden Savings". */
    private final Map<String, String> spelled = new HashMap<>();

    SourceMemory(Lexicon lex) {
        this.lex = lex;
    }

    void cited(Source source, String phraseLower, boolean pronoun) {
        recent.remove(source);
        recent.add(source);
        if (!pronoun) {
            spelled.merge(source.id(), phraseLower, (a, b) -> a + " " + b);
        }
    }

    /**
     * "the agency said" after "the Environment Agency said": "the" + an organisation noun refers back to the latest
     * source whose name, canonical or as written, holds that noun ("agency" in "Environment Agency", "bank" in
     * "Halden Savings Bank"). "the company" also refers back to the latest source written with a company suffix
     * ("Nordfrost AG"); a public body ("the Office for Product Safety") is not "the company". Null otherwise.
     */
    Source definiteBackReference(String phraseLower) {
        String[] w = phraseLower.split("\\s+");
        if (w.length != 2 || !w[0].equals("the") || !lex.orgNouns.contains(w[1]) && !lex.companyNouns.contains(w[1])) {
            return null;
        }
        for (int k = recent.size() - 1; k >= 0; k--) {
            Source s = recent.get(k);
            String names = " " + s.name().toLowerCase(Locale.ROOT) + " " + spelled.getOrDefault(s.id(), "") + " ";
            if (!s.name().equalsIgnoreCase(w[1]) && names.contains(" " + w[1] + " ")
                    && !Source.Kinds.NAMED_PERSON.equals(s.kind())) {
                return s;
            }
        }
        if (lex.companyNouns.contains(w[1])) {
            for (int k = recent.size() - 1; k >= 0; k--) {
                Source s = recent.get(k);
                if (Source.Kinds.ORGANISATION.equals(s.kind())
                        && Arrays.stream(spelled.getOrDefault(s.id(), "").split("\\s+")).anyMatch(lex.orgSuffixes::contains)) {
                    return s;
                }
            }
        }
        return null;
    }
}
