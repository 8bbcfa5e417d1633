package dev.claimcheck.extraction;

import dev.claimcheck.input.RulesFolder;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;

import java.util.List;

/** PLACEHOLDER until the extraction branch lands: no claims. */
public final class Extractor {
    private Extractor() {
    }

    public static Extractor create(RulesFolder rules) {
        return new Extractor();
    }

    public ClaimsDocument extract(Article article) {
        return new ClaimsDocument(null, article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
