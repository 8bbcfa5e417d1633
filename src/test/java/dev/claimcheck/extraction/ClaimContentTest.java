package dev.claimcheck.extraction;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.DateMention;
import dev.claimcheck.model.DefiniteReference;
import dev.claimcheck.model.EntityMention;
import dev.claimcheck.model.Quantity;
import dev.claimcheck.model.Ranking;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claimcheck.extraction.ExtractionTestSupport.article;
import static dev.claimcheck.extraction.ExtractionTestSupport.kinds;
import static dev.claimcheck.extraction.ExtractionTestSupport.quantity;
import static dev.claimcheck.extraction.ExtractionTestSupport.snippet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quantities, rankings, dates, claim kinds, names and definite references on sentences of many topics. */
class ClaimContentTest {

    @Test
    void moneyPercentagesAndRanges() {
        ClaimsDocument d = snippet("The museum raised €12.5 million, about 40% more than planned, and expects "
                + "between 2 and 3 million visitors.");
        Quantity euros = quantity(d, "€12.5 million").orElseThrow();
        assertEquals(1.25e7, euros.value());
        assertEquals("EUR", euros.currency());
        assertEquals("€", euros.notation());
        Quantity pct = quantity(d, "about 40%").orElseThrow();
        assertTrue(pct.approximate());
        assertEquals("percent", pct.unit());
        Quantity range = quantity(d, "2 and 3 million visitors").orElseThrow();
        assertEquals(2e6, range.value());
        assertEquals(3e6, range.max());
    }

    @Test
    void boundsVagueAmountsAndFractions() {
        ClaimsDocument d = snippet("Fines of at least 500 dollars hit thousands of drivers, and half of the fleet is old.");
        Quantity fine = quantity(d, "at least 500 dollars").orElseThrow();
        assertEquals("at-least", fine.bound());
        assertEquals("dollars", fine.notation());
        Quantity drivers = quantity(d, "thousands of drivers").orElseThrow();
        assertTrue(drivers.approximate());
        assertEquals(1000, drivers.value());
        Quantity half = quantity(d, "half of").orElseThrow();
        assertEquals(0.5, half.value());
        assertEquals("fraction", half.unit());
    }

    @Test
    void yearsAreDatesNotQuantities() {
        ClaimsDocument d = snippet("The bridge opened in 1998 and carries 40,000 cars a day.");
        assertTrue(quantity(d, "1998").isEmpty());
        assertEquals(40000, quantity(d, "40,000 cars").orElseThrow().value());
        assertEquals("year", d.claims().get(0).dates().get(0).kind());
    }

    @Test
    void rankings() {
        ClaimsDocument d = snippet("Rotterdam, Europe's largest port, handled less cargo. "
                + "Norway is the third biggest exporter of gas in the world.");
        List<Ranking> r = d.claims().stream().flatMap(c -> c.rankings().stream()).toList();
        assertEquals(2, r.size(), r.toString());
        assertEquals("Rotterdam", r.get(0).entity());
        assertEquals(1, r.get(0).rank());
        assertEquals("port", r.get(0).category());
        assertEquals("europe", r.get(0).scope());
        assertEquals("Norway", r.get(1).entity());
        assertEquals(3, r.get(1).rank());
        assertEquals("exporter of gas", r.get(1).category());
        assertEquals("world", r.get(1).scope());
        // "one of the largest" names no rank
        assertTrue(snippet("It is one of the largest lakes in Africa.").claims().stream()
                .allMatch(c -> c.rankings().isEmpty()));
    }

    @Test
    void datesResolvedAgainstPublication() {
        ClaimsDocument d = article("Council votes on budget", "2024-06-14",
                "The council met on Wednesday and will vote next week. Taxes rose last year and again earlier this May. "
                        + "The plan was first drafted on March 3, 2022.");
        List<DateMention> dates = d.claims().stream().flatMap(c -> c.dates().stream()).toList();
        assertEquals("2024-06-12", find(dates, "Wednesday").resolved());
        assertEquals("WEDNESDAY", find(dates, "Wednesday").weekday());
        assertEquals("relative", find(dates, "next week").kind());
        assertEquals("2023", find(dates, "last year").resolved());
        assertEquals("2024-05", find(dates, "earlier this May").resolved());
        assertEquals("2022-03-03", find(dates, "March 3, 2022").resolved());
        assertEquals("date", find(dates, "March 3, 2022").kind());
    }

    @Test
    void weekdayAndDateTogether() {
        List<DateMention> dates = snippet("The summit opened on Tuesday, March 5, 2024, in Vienna.").claims().get(0).dates();
        assertEquals(1, dates.size(), dates.toString());
        assertEquals("date", dates.get(0).kind());
        assertEquals("2024-03-05", dates.get(0).resolved());
        assertEquals("TUESDAY", dates.get(0).weekday());
    }

    private static DateMention find(List<DateMention> dates, String text) {
        return dates.stream().filter(x -> x.span().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + dates));
    }

    @Test
    void claimKinds() {
        assertEquals(List.of(Claim.Kinds.PREDICTION), kinds(snippet("The new stadium will open in 2027.")));
        assertEquals(List.of(Claim.Kinds.EVENT), kinds(snippet("The minister resigned after the vote.")));
        assertEquals(List.of(Claim.Kinds.STATISTIC), kinds(snippet("Rents rose by 12% in Lisbon.")));
        assertEquals(List.of(Claim.Kinds.OPINION), kinds(snippet("The city should ban cars from the old town.")));
        assertEquals(List.of(Claim.Kinds.QUOTE), kinds(snippet("\"Nobody here is giving up on this team,\" she said.")));
        assertTrue(snippet("Why now?").claims().isEmpty(), "a question claims nothing");
        Claim hedged = snippet("The drug could reportedly cut deaths.").claims().get(0);
        assertTrue(hedged.hedges().contains("could") && hedged.hedges().contains("reportedly"), hedged.hedges().toString());
    }

    @Test
    void namesAndAliases() {
        ClaimsDocument d = snippet("Officials in the U.K. met Siemens Energy executives. Britain later fined Siemens.");
        List<EntityMention> uk = d.entities().stream().filter(e -> e.canonical().equals("United Kingdom")).toList();
        assertEquals(List.of("U.K.", "Britain"), uk.stream().map(EntityMention::spelling).toList());
        assertEquals("place", uk.get(0).type());
        assertTrue(d.entities().stream().noneMatch(e -> e.spelling().equals("Officials")),
                "a capitalised common word at the start of a sentence is not a name: " + d.entities());
    }

    @Test
    void titlesAndSurnamesLinkToTheFullName() {
        ClaimsDocument d = snippet("Judge Maria T. Lopez ruled on Friday. Ms. Lopez said the law was clear. Lopez left.");
        List<EntityMention> lopez = d.entities().stream().filter(e -> e.spelling().contains("Lopez")).toList();
        assertEquals(3, lopez.size(), d.entities().toString());
        assertTrue(lopez.stream().allMatch(e -> e.canonical().equals("Maria T. Lopez") && e.type().equals("person")),
                lopez.toString());
        assertEquals("place", snippet("Voters in New Hampshire went to the polls.").entities().get(0).type());
    }

    @Test
    void definiteReferencesAndWhetherTheyWereIntroduced() {
        ClaimsDocument d = snippet("The union signed an agreement with the port. The agreement ends the strike. "
                + "The inquiry will report in May.");
        DefiniteReference agreement = d.definiteReferences().stream().filter(r -> r.head().equals("agreement"))
                .findFirst().orElseThrow();
        assertTrue(agreement.introduced());
        DefiniteReference inquiry = d.definiteReferences().stream().filter(r -> r.head().equals("inquiry"))
                .findFirst().orElseThrow();
        assertFalse(inquiry.introduced());
        assertNull(d.definiteReferences().stream().filter(r -> r.head().equals("world")).findFirst().orElse(null));
    }

    @Test
    void boilerplateYieldsNothing() {
        ClaimsDocument d = article("Flood barriers tested", null,
                "Engineers tested the barriers on Friday.\n\nRead more: Ten things to know about the 2,000 homes at risk\n\n"
                        + "Sign up for our newsletter");
        assertEquals(1, d.claims().size(), d.claims().toString());
        assertTrue(d.entities().stream().noneMatch(e -> e.spelling().equals("Ten")));
    }
}
