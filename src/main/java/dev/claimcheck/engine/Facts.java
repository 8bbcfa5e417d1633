package dev.claimcheck.engine;

import dev.claimcheck.model.ClaimsDocument;

import java.util.ArrayList;
import java.util.List;

/** The facts a check inserts into the rule session: the document, its article and every extracted element. */
final class Facts {
    private Facts() {
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
        return facts;
    }
}
