package dev.claimcheck.extraction;

import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.EntityMention;
import dev.claimcheck.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Odd input never throws, and every span still points at its text. */
class RobustnessTest {
    private static final List<String> ODD = List.of(
            ".", "?!", "said", "Said.", "according to", "According to,", "$", "US$", "50%", "half", "the", "The.",
            "\"", "\"\"\"", "“unclosed quote", "x, said", ", said X", "He said: ", "(((", ")))", "— said —",
            "10 to", "up to", "between 5 and", "hundreds of", "the world's", "the world's second largest",
            "earlier this May", "May", "May 32, 2020", "Feb. 30", "1999 2000 2001", "Sen.", "U.S.", "J. K.",
            "A: B: C:", "Ünïcödé Ñame said ça va.", "tab\tseparated said\tthis", "line\nbreak said\nhere",
            "a".repeat(5000), "Word ".repeat(2000), "9".repeat(400) + " dollars");

    private static ClaimsDocument roundTrip(ClaimsDocument d) {
        try {
            return dev.claimcheck.input.ClaimsDocumentJson.parse("x", dev.claimcheck.input.ClaimsDocumentJson.toJson(d));
        } catch (dev.claimcheck.input.InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void oddInputIsHandled() {
        for (String text : ODD) {
            for (String title : new String[]{null, "T"}) {
                String full = title == null ? text : title + "\n\n" + text;
                ClaimsDocument d = ExtractionTestSupport.extractor()
                        .extract(new dev.claimcheck.model.Article("x", title, null, null, "2020-02-29", full));
                List<Span> spans = new ArrayList<>();
                d.claims().stream().map(Claim::span).forEach(spans::add);
                d.claims().forEach(c -> c.quantities().forEach(q -> spans.add(q.span())));
                d.claims().forEach(c -> c.dates().forEach(q -> spans.add(q.span())));
                d.claims().forEach(c -> c.rankings().forEach(q -> spans.add(q.span())));
                d.attributions().stream().map(Attribution::cue).forEach(spans::add);
                d.attributions().stream().map(Attribution::source).filter(s -> s != null).forEach(spans::add);
                d.entities().stream().map(EntityMention::span).forEach(spans::add);
                for (Span s : spans) {
                    assertEquals(s.text(), full.substring(s.start(), s.end()), text);
                }
                assertEquals(d, roundTrip(d), "claims document survives JSON: " + text);
            }
        }
    }
}
