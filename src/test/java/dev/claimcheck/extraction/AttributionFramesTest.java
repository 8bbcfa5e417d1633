package dev.claimcheck.extraction;

import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claimcheck.extraction.ExtractionTestSupport.snippet;
import static dev.claimcheck.extraction.ExtractionTestSupport.source;
import static dev.claimcheck.extraction.ExtractionTestSupport.sourced;
import static dev.claimcheck.extraction.ExtractionTestSupport.vague;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribution frames on sentences about many topics, with near misses. */
class AttributionFramesTest {

    private static Attribution only(ClaimsDocument d) {
        List<Attribution> a = sourced(d);
        assertEquals(1, a.size(), () -> "expected one attribution, got " + d.attributions());
        return a.get(0);
    }

    private static void assertFrame(String text, String source, String cue, String kind) {
        ClaimsDocument d = snippet(text);
        Attribution a = only(d);
        assertEquals(source, a.source().text(), text);
        assertEquals(cue, a.cue().text(), text);
        if (kind != null) {
            assertEquals(kind, source(d, a).kind(), text);
        }
        assertNotNull(a.claimId(), "an attributed sentence has a claim");
    }

    @Test
    void subjectVerb() {
        assertFrame("Mayor Anne Hidalgo said the tram line would open in March.", "Mayor Anne Hidalgo", "said",
                Source.Kinds.NAMED_PERSON);
        assertFrame("The ministry confirmed that wheat exports fell sharply.", "The ministry", "confirmed",
                Source.Kinds.ORGANISATION);
        assertFrame("Bloomberg reported that the airline is weighing a bid.", "Bloomberg", "reported",
                Source.Kinds.NEWS_OUTLET);
    }

    @Test
    void speakerAfterTheContent() {
        assertFrame("The river has never been this low, the harbour master said.", "the harbour master", "said", null);
        assertFrame("\"We will rebuild the bridge,\" said Governor Maria Lopez.", "Governor Maria Lopez", "said",
                Source.Kinds.NAMED_PERSON);
    }

    @Test
    void accordingTo() {
        assertFrame("According to the World Health Organization, measles cases doubled last year.",
                "the World Health Organization", "According to", Source.Kinds.ORGANISATION);
        assertFrame("Measles cases doubled last year, according to a report by the health agency.",
                "a report by the health agency", "according to", Source.Kinds.DOCUMENT);
    }

    @Test
    void anonymousAndOfficials() {
        assertFrame("People familiar with the matter said the bank will cut 2,000 jobs.",
                "People familiar with the matter", "said", Source.Kinds.ANONYMOUS);
        assertFrame("Administration officials say the tariff plan is final.", "Administration officials", "say",
                Source.Kinds.UNNAMED_OFFICIAL);
        assertFrame("German officials said the pipeline had been damaged.", "German officials", "said",
                Source.Kinds.UNNAMED_OFFICIAL);
    }

    @Test
    void relativeClauseBetweenSpeakerAndVerb() {
        assertFrame("Engineers who inspected the Danube bridge said the cables were corroded.", "Engineers", "said", null);
        assertFrame("Farmers, who lost most of the harvest, said prices would rise.", "Farmers", "said", null);
    }

    @Test
    void claimThatSomeoneDenied() {
        assertFrame("The club was accused of hiding its debts, a claim that the club's owner has repeatedly denied.",
                "the club's owner", "denied", null);
    }

    @Test
    void participleContinuesTheSpeaker() {
        ClaimsDocument d = snippet("\"The season is over,\" Coach Daniels said, adding that two players were injured.");
        List<Attribution> a = sourced(d);
        assertEquals(2, a.size(), d.attributions().toString());
        assertEquals("said", a.get(0).cue().text());
        assertEquals("adding", a.get(1).cue().text());
        assertEquals(a.get(0).sourceId(), a.get(1).sourceId());
    }

    @Test
    void pronounCarriesOverToTheEarlierSource() {
        ClaimsDocument d = snippet("The central bank said inflation had peaked. It added that rates would stay high.");
        List<Attribution> a = sourced(d);
        assertEquals(2, a.size(), d.attributions().toString());
        assertEquals("It", a.get(1).source().text());
        assertEquals(a.get(0).sourceId(), a.get(1).sourceId());
    }

    @Test
    void pronounResolvesToTheLatestFittingName() {
        ClaimsDocument d = snippet("Inspector Lena Voss said the fire was arson. Mayor Tom Reyes visited the site. "
                + "He said the town would rebuild.");
        List<Attribution> a = sourced(d);
        assertEquals(2, a.size(), d.attributions().toString());
        assertEquals("He", a.get(1).source().text());
        assertEquals("Tom Reyes", source(d, a.get(1)).name());
        assertEquals(Source.Kinds.NAMED_PERSON, source(d, a.get(1)).kind());
    }

    @Test
    void vagueAttributionsHaveNoSource() {
        for (String text : List.of("The vaccine is believed to be safe for children.",
                "Critics say the stadium was too expensive.",
                "The painting is widely seen as the artist's best work.",
                "It is said that the castle was never captured.")) {
            ClaimsDocument d = snippet(text);
            assertEquals(1, vague(d).size(), text + " -> " + d.attributions());
            assertTrue(sourced(d).isEmpty(), text + " -> " + d.attributions());
        }
    }

    @Test
    void sameSourceTwiceIsRecordedTwice() {
        ClaimsDocument d = snippet("According to Eurostat, unemployment fell to 6%, according to Eurostat.");
        assertEquals(2, sourced(d).size());
        assertEquals(1, d.sources().size());
    }

    @Test
    void nearMisses() {
        // "said" inside a quotation is the quoted speaker's, not a frame of the article
        ClaimsDocument quoted = snippet("\"Nobody said it would be easy,\" the coach told reporters.");
        assertEquals(1, sourced(quoted).size(), quoted.attributions().toString());
        assertEquals("the coach", sourced(quoted).get(0).source().text());
        // a name ending in "States" is not a verb; a ranking is not a source
        ClaimsDocument ranking = snippet("The United States is the world's largest producer of natural gas.");
        assertTrue(sourced(ranking).isEmpty(), ranking.attributions().toString());
        // a report as a noun is not a reporting verb
        ClaimsDocument noun = snippet("The report was published on Monday.");
        assertTrue(sourced(noun).isEmpty(), noun.attributions().toString());
        // "was told" names the hearer, not the speaker
        ClaimsDocument passive = snippet("The driver was told to stop.");
        assertTrue(sourced(passive).isEmpty(), passive.attributions().toString());
    }

    @Test
    void idsAreDeterministicAndInTextOrder() {
        ClaimsDocument d = snippet("Ana Ruiz said the dam was safe. Engineers said it was not. Ruiz later said tests were due.");
        assertEquals(List.of("a1", "a2", "a3"), d.attributions().stream().map(Attribution::id).toList());
        assertEquals(List.of("s1", "s2"), d.sources().stream().map(Source::id).toList());
        assertEquals(d.attributions().get(0).sourceId(), d.attributions().get(2).sourceId(), "surname links to the full name");
        assertEquals(d.toString(), snippet("Ana Ruiz said the dam was safe. Engineers said it was not. Ruiz later said tests were due.").toString());
    }

    @Test
    void aReportingVerbWithAPlainObjectIsAnAction() {
        assertTrue(sourced(snippet("The library will add three reading rooms next spring.")).isEmpty());
        assertTrue(sourced(snippet("The referee answered questions from the press after the match.")).isEmpty());
        // near misses: the same verbs with content
        assertFrame("The library added that three reading rooms would open next spring.", "The library", "added",
                null);
        assertFrame("Three reading rooms will open next spring, the librarian added.", "the librarian", "added",
                null);
        assertFrame("The board answered: \"We will not sell the club.\"", "The board", "answered", null);
    }

    @Test
    void agreeingToActIsNotSpeech() {
        assertTrue(sourced(snippet("Two regional carriers and Alitra agreed to share airport lounges in Milan."))
                .isEmpty());
        assertFrame("Alitra agreed that the merger had been rushed.", "Alitra", "agreed", null);
    }

    @Test
    void notSayingWhatIsNoAttribution() {
        ClaimsDocument d = snippet("The club hasn't said what steps it might take against the fans involved.");
        assertTrue(sourced(d).isEmpty());
        assertEquals("event", d.claims().get(0).kind());
        ClaimsDocument near = snippet("The club said it might ban the fans involved.");
        assertEquals(1, sourced(near).size());
        assertEquals("prediction", near.claims().get(0).kind());
    }
}
