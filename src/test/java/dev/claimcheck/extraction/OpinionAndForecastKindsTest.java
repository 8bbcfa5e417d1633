package dev.claimcheck.extraction;

import dev.claimcheck.model.ClaimsDocument;
import org.junit.jupiter.api.Test;

import static dev.claimcheck.extraction.ExtractionTestSupport.snippet;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Judgements in predicate position are opinions; quotations stay quotes; uncertain forecasts of figures predict. */
class OpinionAndForecastKindsTest {

    private static String kind(String text) {
        ClaimsDocument d = snippet(text);
        return d.claims().isEmpty() ? null : d.claims().get(0).kind();
    }

    @Test
    void aJudgingAdjectiveAfterACopulaIsAnOpinion() {
        assertEquals("opinion", kind("The council's case was weak, the judge said."));
        assertEquals("opinion", kind("His reforms have not been particularly effective."));
        assertEquals("opinion", kind("The survey data are inconclusive."));
        // near miss: the adjective before a noun describes
        assertEquals("event", kind("Workers poured a solid concrete base for the tower."));
    }

    @Test
    void aQuotationThatJudgesIsAQuote() {
        assertEquals("quote", kind("\"This is a disgraceful decision and they should be ashamed,\" Okafor said."));
    }

    @Test
    void anUncertainForecastOfAFigureIsAPrediction() {
        assertEquals("prediction", kind("Repairs could cost more than 40 million dollars, engineers said."));
        assertEquals("prediction", kind("The airline is expected to cut 300 jobs next year."));
        // near misses: a plain "will" keeps the figure the point; "may have" looks back
        assertEquals("statistic", kind("Each school will receive 12,000 dollars under the plan."));
        assertEquals("statistic", kind("Up to 30 people may have been inside the building."));
    }
}
