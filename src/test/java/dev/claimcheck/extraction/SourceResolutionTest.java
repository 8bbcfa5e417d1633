package dev.claimcheck.extraction;

import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claimcheck.extraction.ExtractionTestSupport.snippet;
import static dev.claimcheck.extraction.ExtractionTestSupport.source;
import static dev.claimcheck.extraction.ExtractionTestSupport.sourced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** One speaker, one source: titles, surnames, definite back-references, and a source cited twice in a sentence. */
class SourceResolutionTest {

    private static List<String> sourceNames(ClaimsDocument d) {
        return sourced(d).stream().map(a -> source(d, a).name()).toList();
    }

    @Test
    void aTitledPersonIsNamedByTheName() {
        ClaimsDocument d = snippet("The museum will reopen in June, the trust's chief curator Aisha Patel said. "
                + "Visitors will need tickets, Patel said.");
        List<Attribution> a = sourced(d);
        assertEquals(2, a.size(), () -> d.attributions().toString());
        assertEquals("the trust's chief curator Aisha Patel", a.get(0).source().text());
        assertEquals(List.of("Aisha Patel", "Aisha Patel"), sourceNames(d));
        assertEquals(Source.Kinds.NAMED_PERSON, source(d, a.get(0)).kind());
        assertEquals(a.get(0).sourceId(), a.get(1).sourceId());
    }

    @Test
    void differentPeopleWithTheSameTitleStayApart() {
        ClaimsDocument d = snippet("Prices will rise, the bank's chief economist Jonas Berg said. "
                + "Prices will fall, the fund's chief economist Clara Holm said.");
        assertEquals(List.of("Jonas Berg", "Clara Holm"), sourceNames(d));
    }

    @Test
    void aDefiniteHeadNounRefersBackToTheNamedSource() {
        ClaimsDocument d = snippet("The Food Standards Agency said the recall covered three batches. "
                + "The agency said no illnesses had been reported.");
        assertEquals(List.of("Food Standards Agency", "Food Standards Agency"), sourceNames(d));
        ClaimsDocument bank = snippet("Halden Savings Bank said mortgage approvals fell. The bank added that "
                + "demand would recover.");
        assertEquals(sourced(bank).get(0).sourceId(), sourced(bank).get(1).sourceId());
        ClaimsDocument firm = snippet("Veltra Inc said sales rose in May. The company said margins were stable.");
        assertEquals(sourced(firm).get(0).sourceId(), sourced(firm).get(1).sourceId());
    }

    @Test
    void aDefiniteNounWithNoMatchingSourceIsItsOwnSource() {
        ClaimsDocument d = snippet("The Food Standards Agency said the recall covered three batches. "
                + "The ministry said inspections would increase.");
        List<Attribution> a = sourced(d);
        assertNotEquals(a.get(0).sourceId(), a.get(1).sourceId());
        ClaimsDocument agency = snippet("The Environment Agency said the river had peaked. "
                + "The company said its plant was dry.");
        assertNotEquals(sourced(agency).get(0).sourceId(), sourced(agency).get(1).sourceId());
        ClaimsDocument office = snippet("The Office for Rail Safety said the trains were checked. "
                + "The company said services would resume on Monday.");
        assertNotEquals(sourced(office).get(0).sourceId(), sourced(office).get(1).sourceId());
    }

    @Test
    void theSameSourceTwiceInOneSentenceIsTwoAttributions() {
        ClaimsDocument d = snippet("According to police, the driver was not injured in the crash, police said.");
        List<Attribution> a = sourced(d);
        assertEquals(2, a.size(), () -> d.attributions().toString());
        assertEquals(a.get(0).sourceId(), a.get(1).sourceId());
        assertEquals("the driver was not injured in the crash", d.claims().get(0).span().text());
    }
}
