package dev.claimcheck.extraction;

import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Quantity;
import org.junit.jupiter.api.Test;

import static dev.claimcheck.extraction.ExtractionTestSupport.quantities;
import static dev.claimcheck.extraction.ExtractionTestSupport.quantity;
import static dev.claimcheck.extraction.ExtractionTestSupport.snippet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changes written as ranges, vague amounts as ranges, and numbers that belong to dates and clock times. */
class QuantityRangesTest {

    @Test
    void aChangeKeepsBothEndsWhateverItsDirection() {
        Quantity down = quantity(snippet("Enrolment fell from 450 to 390 over the decade."), "450 to 390").orElseThrow();
        assertEquals(450.0, down.value());
        assertEquals(390.0, down.max());
        Quantity up = quantity(snippet("Ridership climbed from 1.2 million to 1.5 million last year."),
                "1.2 million to 1.5 million").orElseThrow();
        assertEquals(1_200_000.0, up.value());
        assertEquals(1_500_000.0, up.max());
    }

    @Test
    void aScoreIsNotARange() {
        ClaimsDocument d = snippet("The visitors won the cup final 4-1 in extra time.");
        quantities(d).forEach(q -> assertNull(q.max(), q.span().text()));
    }

    @Test
    void vagueAmountsSpanAnOrderOfMagnitude() {
        ClaimsDocument d = snippet("The storm cost farmers millions of pounds and killed thousands of sheep.");
        Quantity money = quantity(d, "millions of pounds").orElseThrow();
        assertEquals(1e6, money.value());
        assertEquals(1e7, money.max());
        assertTrue(money.approximate());
        Quantity sheep = quantity(d, "thousands of sheep").orElseThrow();
        assertEquals(1e3, sheep.value());
        assertEquals(1e4, sheep.max());
        Quantity big = quantity(snippet("Investors poured hundreds of billions of dollars into the sector."),
                "hundreds of billions of dollars").orElseThrow();
        assertEquals(1e11, big.value());
        assertEquals(1e12, big.max());
    }

    @Test
    void exactAmountsStayExact() {
        Quantity q = quantity(snippet("The council borrowed 3 million pounds for the scheme."), "3 million pounds")
                .orElseThrow();
        assertNull(q.max());
    }

    @Test
    void numbersInDatesAndClockTimesAreNotQuantities() {
        ClaimsDocument d = snippet("The vote took place on Thursday, 14 October 2027, and polls closed at 10:30 or "
                + "at 9 p.m. on 2 November.");
        assertTrue(quantities(d).isEmpty(), () -> "got " + quantities(d));
        assertEquals("Thursday, 14 October 2027", d.claims().get(0).dates().get(0).span().text());
    }

    @Test
    void aCountNextToADateIsStillAQuantity() {
        ClaimsDocument d = snippet("On 3 March, 14 schools closed because of the snow.");
        assertTrue(quantity(d, "14 schools").isPresent(), () -> "got " + quantities(d));
        assertTrue(quantity(d, "3").isEmpty());
    }
}
