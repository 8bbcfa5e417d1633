package dev.claimcheck.extraction;

import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Ranking;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claimcheck.extraction.ExtractionTestSupport.snippet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hyphenated and head-less superlatives, "the first ...", and places in a table, each with a near miss. */
class RankingShapesTest {

    private static List<Ranking> rankings(String text) {
        ClaimsDocument d = snippet(text);
        return d.claims().stream().flatMap(c -> c.rankings().stream()).toList();
    }

    private static Ranking only(String text) {
        List<Ranking> r = rankings(text);
        assertEquals(1, r.size(), text + " -> " + r);
        return r.get(0);
    }

    @Test
    void hyphenatedSuperlatives() {
        Ranking r = only("Kestrel Foods, Canada's third-largest baker of bread, cut 200 jobs on Monday.");
        assertEquals(3, r.rank());
        assertEquals("largest", r.superlative());
        assertEquals("baker of bread", r.category());
        assertEquals("canada", r.scope());
        assertEquals("Kestrel Foods", r.entity());
        Ranking club = only("Dunmore Rovers is the best-run team in the region.");
        assertEquals(1, club.rank());
        assertEquals("team", club.category());
        assertEquals("region", club.scope());
        // near miss: "top-secret" is an adjective of its own, not a superlative
        assertTrue(rankings("The agency kept the top-secret files in a basement.").isEmpty());
    }

    @Test
    void headlessSuperlativeAfterACopulaTakesTheSubjectNoun() {
        Ranking r = only("Its vineyard is the most productive in the valley.");
        assertEquals("most productive", r.superlative());
        assertEquals("vineyard", r.category());
        assertEquals("valley", r.scope());
        Ranking storm = only("The storms were the worst to strike the coast on record.");
        assertEquals("storms", storm.category());
        assertEquals("record", storm.scope());
        assertTrue(storm.span().text().endsWith("on record"), storm.span().text());
        Ranking rate = only("Unemployment reached 9 percent, the highest in the country's history.");
        assertEquals("the highest in the country's history", rate.span().text());
        // near misses: "most people", "most of the", "one of the largest", a superlative with nothing after it
        assertTrue(rankings("Most people in the town voted for the plan.").isEmpty());
        assertTrue(rankings("Most of the bridges reopened on Tuesday.").isEmpty());
        assertTrue(rankings("It is one of the largest lakes in the province.").isEmpty());
        assertTrue(rankings("She tried the best she could on Tuesday.").isEmpty());
    }

    @Test
    void firstKnownAndFirstToAreRankings() {
        Ranking r = only("Ammonites were the first animals to develop coiled shells, researchers believe.");
        assertEquals("first", r.superlative());
        assertEquals(1, r.rank());
        assertTrue(r.span().text().contains("to develop coiled shells"), r.span().text());
        assertEquals(1, rankings("The fossil is the first known tortoise from the island.").size());
        // near miss: "the first half", "the first time" are ordinals, not claims to be first
        assertTrue(rankings("The team scored twice in the first half.").isEmpty());
        assertTrue(rankings("The market opened for the first time since March.").isEmpty());
    }

    @Test
    void placesInATable() {
        Ranking place = only("Eastfield Athletic moved into third place after the win.");
        assertEquals(3, place.rank());
        assertEquals("third place", place.span().text());
        Ranking placed = only("The visitors beat second-placed Marlow Town on Saturday.");
        assertEquals(2, placed.rank());
        assertEquals("Marlow Town", placed.entity());
        assertEquals("top of the standings", only("Marlow Town stayed top of the standings.").span().text());
        assertEquals(1, only("Senator Ruiz leads the field in the western counties.").rank());
        assertEquals(4, only("The Dutch rider finished fourth in the sprint.").rank());
        // near misses: the idiom "in the first place", a 30-second advert, an adverbial "first", a past place in a
        // time clause, the noun "lead"
        assertTrue(rankings("The council should never have sold the land in the first place.").isEmpty());
        assertTrue(rankings("The party bought a 30-second spot on local radio.").isEmpty());
        assertTrue(rankings("The virus was first reported in the capital.").isEmpty());
        assertTrue(rankings("She joined when the club was ninth, and stayed.").isEmpty());
        assertTrue(rankings("Police took the lead on the inquiry.").isEmpty());
    }

    @Test
    void aLeadAndAClosestRival() {
        Ranking lead = only("Mayor Okoro extended her lead over the other candidates this week.");
        assertEquals(1, lead.rank());
        assertTrue(lead.span().text().startsWith("her lead over"), lead.span().text());
        assertEquals(1, only("Polls show Okoro's lead in the northern wards.").rank());
        assertEquals(2, only("Okoro's closest rival, Dan Price, gained ground.").rank());
        // near misses: "took the lead" in a match, a lead investigator
        assertTrue(rankings("Rovers took the lead in the second minute.").isEmpty());
        assertTrue(rankings("Her lead investigator resigned on Friday.").isEmpty());
    }

    @Test
    void aRankingThatIsThePointMakesARankingClaim() {
        ClaimsDocument d = snippet("The 2019 drought was the worst in living memory.");
        assertEquals("ranking", d.claims().get(0).kind());
        assertEquals("ranking", snippet("Okoro's closest rival, Dan Price, gained ground.").claims().get(0).kind());
        // near miss: a place without a superlative yields to figures, which are then the point
        ClaimsDocument share = snippet("Her 41% share gives her a clear edge over her closest rival.");
        assertEquals("statistic", share.claims().get(0).kind());
        assertEquals(1, share.claims().get(0).rankings().size());
    }
}
