package dev.claimcheck.engine;

import dev.claimcheck.engine.facts.ClaimDate;
import dev.claimcheck.engine.facts.ClaimQuantity;
import dev.claimcheck.engine.facts.ClaimRanking;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.DateMention;
import dev.claimcheck.model.Quantity;
import dev.claimcheck.model.Ranking;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts a check inserts into the rule session: the document, its article, every extracted element, and the
 * quantities, rankings and dates of claims lifted out as facts of their own (see {@code engine.facts}).
 */
final class Facts {
    private Facts() {
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    static List<Object> of(ClaimsDocument doc) {
        List<Object> facts = new ArrayList<>();
        facts.add(doc);
        facts.add(doc.article());
        facts.addAll(doc.paragraphs());
        facts.addAll(doc.sentences());
        facts.addAll(doc.claims());
        facts.addAll(doc.sources());
        facts.addAll(doc.attributions());
        facts.addAll(doc.entities());
        facts.addAll(doc.definiteReferences());
        // A quantity, ranking or date can be repeated on nested claims over the same words; lift each span once.
        Set<String> seen = new HashSet<>();
        for (Claim c : doc.claims()) {
            for (Quantity q : c.quantities()) {
                if (seen.add("q" + q.span().start())) {
                    facts.add(new ClaimQuantity(c.id(), c.sentenceId(), lower(c.subject()), lower(q.subject()),
                            q.currency() != null ? "currency:" + q.currency() : lower(q.unit()), q));
                }
            }
            for (Ranking r : c.rankings()) {
                if (seen.add("r" + r.span().start())) {
                    facts.add(new ClaimRanking(c.id(), c.sentenceId(), lower(r.entity()), lower(r.category()),
                            lower(r.scope()), r.rank(), r));
                }
            }
            for (DateMention d : c.dates()) {
                if (seen.add("d" + d.span().start())) {
                    facts.add(new ClaimDate(c.id(), c.sentenceId(), c.kind(), d));
                }
            }
        }
        return facts;
    }
}
