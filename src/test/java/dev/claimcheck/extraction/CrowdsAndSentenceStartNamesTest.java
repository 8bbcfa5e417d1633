package dev.claimcheck.extraction;

import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.EntityMention;
import dev.claimcheck.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claimcheck.extraction.ExtractionTestSupport.article;
import static dev.claimcheck.extraction.ExtractionTestSupport.snippet;
import static dev.claimcheck.extraction.ExtractionTestSupport.source;
import static dev.claimcheck.extraction.ExtractionTestSupport.sourced;
import static dev.claimcheck.extraction.ExtractionTestSupport.vague;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agentless phrases and unnamed crowds as vague attributions; unnamed outlets; names that open sentences. */
class CrowdsAndSentenceStartNamesTest {

    private static List<String> vagueCues(String text) {
        return vague(snippet(text)).stream().map(a -> a.cue().text()).toList();
    }

    @Test
    void agentlessEvaluationsAreVague() {
        assertEquals(List.of("has been described as"), vagueCues("The bridge has been described as an engineering marvel."));
        assertEquals(List.of("is widely regarded as"), vagueCues("The orchestra is widely regarded as the finest in Asia."));
        assertEquals(List.of("purported to be"), vagueCues("Letters purported to be from the bishop surfaced online."));
        assertEquals(List.of("thought to have"), vagueCues("The fire is thought to have started in a kitchen."));
        // near miss: "what he described as" has an agent
        assertTrue(vagueCues("The mayor criticised what he described as a reckless plan.").isEmpty());
    }

    @Test
    void unnamedCrowdsAreVague() {
        assertEquals(List.of("Some economists warned"), vagueCues("Some economists warned that the cut came too late."));
        assertEquals(List.of("Marine biologists have long argued"),
                vagueCues("Marine biologists have long argued that the reef is in decline."));
        ClaimsDocument d = snippet("Some economists warned that the cut came too late.");
        assertTrue(sourced(d).isEmpty(), d.attributions().toString());
        // near misses: a bare plural and a definite crowd stay sources
        assertTrue(vagueCues("Economists said the cut came too late.").isEmpty());
        assertTrue(vagueCues("The prize went to two chemists. The economists said the cut came too late.").isEmpty());
    }

    @Test
    void unnamedOutletsAreNewsOutletSourcesWithALowerCaseName() {
        ClaimsDocument d = snippet("Local media reported that nine people had died.");
        List<Attribution> a = sourced(d);
        assertEquals(1, a.size(), d.attributions().toString());
        Source s = source(d, a.get(0));
        assertEquals(Source.Kinds.NEWS_OUTLET, s.kind());
        assertEquals("local media", s.name());
        assertTrue(vague(d).isEmpty());
        // near miss: a named outlet keeps its name
        ClaimsDocument named = snippet("The Daily Press reported that nine people had died.");
        assertTrue(sourced(named).stream().noneMatch(x -> source(named, x).name().equals("the daily press")));
    }

    @Test
    void aSentenceInitialNameWithASuffixOrSeenBeforeIsAnEntity() {
        ClaimsDocument d = article("Results season", "2025-05-02",
                "Varnholt AG, a maker of pumps, reported a loss on Tuesday. Varnholt cut its outlook for the year. "
                        + "Varnholt Group shares fell in early trading.");
        List<EntityMention> v = d.entities().stream().filter(e -> e.span().text().startsWith("Varnholt")).toList();
        assertEquals(List.of("Varnholt AG", "Varnholt", "Varnholt Group"), v.stream().map(e -> e.span().text()).toList());
        assertTrue(v.stream().allMatch(e -> e.canonical().equals("Varnholt")), v.toString());
        assertTrue(v.stream().allMatch(e -> e.type().equals("organisation")), v.toString());
        // a suffix word opening a name is still found the old way (the tagger window)
        ClaimsDocument bank = snippet("Bank of Portugal officials met on Monday. Rates were held.");
        assertTrue(bank.entities().stream().anyMatch(e -> e.span().text().equals("Bank of Portugal")),
                bank.entities().toString());
        // near miss: a common word opening several sentences is no name
        ClaimsDocument shares = article("Markets", "2025-05-02",
                "Shares fell on Monday in Tokyo. Shares rose on Tuesday in Seoul. Shares were flat on Wednesday.");
        assertTrue(shares.entities().stream().noneMatch(e -> e.span().text().equals("Shares")),
                shares.entities().toString());
    }
}
