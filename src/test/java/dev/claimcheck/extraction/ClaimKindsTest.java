package dev.claimcheck.extraction;

import dev.claimcheck.model.ClaimsDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claimcheck.extraction.ExtractionTestSupport.kinds;
import static dev.claimcheck.extraction.ExtractionTestSupport.snippet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events are someone doing something; descriptions and states in the writer's voice are not events. */
class ClaimKindsTest {

    private static String kind(String text) {
        ClaimsDocument d = snippet(text);
        return d.claims().isEmpty() ? null : d.claims().get(0).kind();
    }

    @Test
    void actionsInThePastOrPerfectAreEvents() {
        assertEquals("event", kind("Firefighters rescued a family from the flooded basement."));
        assertEquals("event", kind("The museum has closed its east wing for repairs."));
        assertEquals("event", kind("The orchestra was disbanded after the funding ran out."));
        assertEquals("event", kind("The union is balloting its members over the offer."));
        assertEquals("event", kind("Rebels seized the airport overnight."));
    }

    @Test
    void descriptionsAndStatesAreNotEvents() {
        assertTrue(snippet("The school term begins on the first Monday of September.").claims().isEmpty());
        assertTrue(snippet("Not every parent is persuaded.").claims().isEmpty());
        assertTrue(snippet("The old harbour is a popular spot for anglers.").claims().isEmpty());
    }

    @Test
    void aSourcedStateKeepsItsClaim() {
        // the attribution needs a claim to point at
        assertEquals("event", kind("The headteacher said the school term begins on the first Monday of September."));
    }

    @Test
    void headlinesStayEvents() {
        ClaimsDocument d = ExtractionTestSupport.article("Council approves new cycle lanes", null,
                "Councillors voted 9-2 for the plan on Monday.");
        assertEquals("event", d.claims().get(0).kind());
    }

    @Test
    void evaluativeSentencesAreOpinions() {
        assertEquals("opinion", kind("The new timetable is misleading for weekend travellers."));
    }

    @Test
    void aModalInsideANegatedQuestionIsNoPrediction() {
        assertEquals(List.of("event"), kinds(snippet("The ministry has not revealed how many jobs could go at the plant.")));
        assertEquals(List.of("prediction"), kinds(snippet("The ministry revealed that many jobs could go at the plant.")));
    }

    @Test
    void anAppositiveRankingIsAClaimOfItsOwn() {
        ClaimsDocument d = snippet("The strike will hurt Lindqvist Foods, Sweden's third largest dairy group, as it "
                + "buys half of its milk from the region.");
        assertEquals(List.of("prediction", "ranking"), kinds(d));
        assertEquals("Sweden's third largest dairy group", d.claims().get(1).span().text());
        assertEquals(1, d.claims().get(1).rankings().size());
        assertTrue(d.claims().get(0).rankings().isEmpty());
        assertEquals(1, d.claims().get(0).quantities().size(), "the figure stays with the main claim");
        assertEquals(List.of("c1", "c2"), d.claims().stream().map(dev.claimcheck.model.Claim::id).toList());
    }

    @Test
    void aRankingThatIsTheClaimStaysOneClaim() {
        ClaimsDocument d = snippet("Lindqvist Foods is Sweden's third largest dairy group.");
        assertEquals(List.of("ranking"), kinds(d));
    }

    @Test
    void aRankingInsideTheReportedContentStaysWithTheAttributedClaim() {
        ClaimsDocument d = snippet("The regulator said Lindqvist Foods, Sweden's third largest dairy group, had "
                + "broken the rules.");
        assertEquals(List.of("ranking"), kinds(d));
        assertEquals(d.claims().get(0).id(), d.attributions().get(0).claimId());
    }

    @Test
    void anAsideInAnAttributedSentenceKeepsTheAttributionOnTheMainClaim() {
        // the participle's content is not clearly the aside: the writer vouches for the ranking
        ClaimsDocument d = snippet("The union organised a boycott of Lindqvist Foods - Sweden's largest dairy group - "
                + "saying the firm had cut wages.");
        assertEquals(2, d.claims().size(), () -> d.claims().toString());
        assertEquals("ranking", d.claims().get(1).kind());
        assertEquals(d.claims().get(0).id(), d.attributions().get(0).claimId());
    }
}
