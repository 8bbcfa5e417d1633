package dev.claimcheck.extraction;

import dev.claimcheck.input.RulesFolder;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Quantity;
import dev.claimcheck.model.Source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Shared helpers: one Extractor for all tests (it is immutable and thread-safe), built from the repo's rules/. */
final class ExtractionTestSupport {
    private static final class Holder {
        static final Extractor EXTRACTOR = create();

        private static Extractor create() {
            try {
                return Extractor.create(RulesFolder.read(Path.of("rules")));
            } catch (dev.claimcheck.input.InputException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private ExtractionTestSupport() {
    }

    static Extractor extractor() {
        return Holder.EXTRACTOR;
    }

    /** A title-less snippet: all body, as rule tests feed it. */
    static ClaimsDocument snippet(String text) {
        return extractor().extract(new Article("snippet", null, null, null, null, text));
    }

    static ClaimsDocument article(String title, String published, String body) {
        return extractor().extract(new Article("a", title, null, null, published, title + "\n\n" + body));
    }

    static List<Attribution> sourced(ClaimsDocument d) {
        return d.attributions().stream().filter(a -> !a.vague()).toList();
    }

    static List<Attribution> vague(ClaimsDocument d) {
        return d.attributions().stream().filter(Attribution::vague).toList();
    }

    static Source source(ClaimsDocument d, Attribution a) {
        return d.sources().stream().filter(s -> s.id().equals(a.sourceId())).findFirst().orElseThrow();
    }

    static List<Quantity> quantities(ClaimsDocument d) {
        return d.claims().stream().flatMap(c -> c.quantities().stream()).toList();
    }

    static Optional<Quantity> quantity(ClaimsDocument d, String spanText) {
        return quantities(d).stream().filter(q -> q.span().text().equals(spanText)).findFirst();
    }

    static List<String> kinds(ClaimsDocument d) {
        return d.claims().stream().map(Claim::kind).toList();
    }
}
