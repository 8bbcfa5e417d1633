package dev.claimcheck.extraction;

import dev.claimcheck.input.ArticleReader;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Paragraph;
import dev.claimcheck.model.Quantity;
import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Sentence;
import dev.claimcheck.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static dev.claimcheck.extraction.ExtractionTestSupport.quantity;
import static dev.claimcheck.extraction.ExtractionTestSupport.source;
import static dev.claimcheck.extraction.ExtractionTestSupport.sourced;
import static dev.claimcheck.extraction.ExtractionTestSupport.vague;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 3's "done when" on the seed article (../shared/seed), found by the general rules. */
class SeedArticleTest {
    private static ClaimsDocument doc;

    @BeforeAll
    static void extract() throws Exception {
        Path seed = Path.of("..", "shared", "seed", "000_786cedc32b645e5c.txt");
        doc = ExtractionTestSupport.extractor().extract(ArticleReader.read(seed).get(0));
    }

    private static Attribution attributionWithSource(String sourceText) {
        return sourced(doc).stream().filter(a -> a.source().text().equals(sourceText)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution to " + sourceText + " in " + doc.attributions()));
    }

    @Test
    void offsetsPointIntoTheText() {
        for (Sentence s : doc.sentences()) {
            assertEquals(s.text(), doc.article().text().substring(s.start(), s.end()));
        }
        for (Attribution a : doc.attributions()) {
            assertEquals(a.cue().text(), doc.article().text().substring(a.cue().start(), a.cue().end()));
        }
    }

    @Test
    void sourcesAndKinds() {
        assertEquals(Source.Kinds.NEWS_OUTLET, source(doc, attributionWithSource("Reuters")).kind());
        assertEquals("reported", attributionWithSource("Reuters").cue().text());
        assertEquals(Source.Kinds.ORGANISATION, source(doc, attributionWithSource("MTS")).kind());
        assertEquals(Source.Kinds.UNNAMED_OFFICIAL, source(doc, attributionWithSource("US officials")).kind());
        Attribution denial = attributionWithSource("Huawei");
        assertEquals("denied", denial.cue().text());
        assertEquals(Source.Kinds.ORGANISATION, source(doc, denial).kind());
    }

    @Test
    void anonymousSourceTwiceInOneSentence() {
        List<Attribution> anon = sourced(doc).stream()
                .filter(a -> source(doc, a).kind().equals(Source.Kinds.ANONYMOUS)).toList();
        assertEquals(2, anon.size());
        assertEquals(anon.get(0).sentenceId(), anon.get(1).sentenceId());
        assertEquals(anon.get(0).sourceId(), anon.get(1).sourceId());
        assertEquals("sources close to the deal", anon.get(0).source().text());
    }

    @Test
    void vagueAttributions() {
        List<String> cues = vague(doc).stream().map(a -> a.cue().text()).toList();
        assertTrue(cues.contains("stated to be"), cues.toString());
        assertTrue(cues.contains("has been seen as"), cues.toString());
        for (Attribution a : vague(doc)) {
            assertNull(a.sourceId());
            assertNull(a.source());
        }
    }

    @Test
    void quantities() {
        Quantity times = quantity(doc, "10 to 100 times").orElseThrow();
        assertEquals(10, times.value());
        assertEquals(100, times.max());
        assertEquals("times", times.unit());
        Quantity upTo = quantity(doc, "up to 25%").orElseThrow();
        assertEquals(25, upTo.value());
        assertEquals("up-to", upTo.bound());
        assertEquals("percent", upTo.unit());
        Quantity vague = quantity(doc, "hundreds of billions of dollars").orElseThrow();
        assertTrue(vague.approximate());
        assertEquals("USD", vague.currency());
        Quantity usd = quantity(doc, "$300 billion").orElseThrow();
        assertEquals(3e11, usd.value());
        assertEquals("$", usd.notation());
        Quantity half = quantity(doc, "half of").orElseThrow();
        assertEquals(0.5, half.value());
        assertEquals("fraction", half.unit());
        Quantity deal = quantity(doc, "US$ 50 million").orElseThrow();
        assertEquals(5e7, deal.value());
        assertEquals("US$", deal.notation());
        assertEquals("USD", deal.currency());
    }

    @Test
    void rankingsInTwoCategories() {
        List<Ranking> rankings = doc.claims().stream().flatMap(c -> c.rankings().stream()).toList();
        Ranking phones = rankings.stream().filter(r -> r.category().equals("smartphone maker")).findFirst().orElseThrow();
        assertEquals("Huawei", phones.entity());
        assertEquals(2, phones.rank());
        assertEquals("largest", phones.superlative());
        assertEquals("world", phones.scope());
        Ranking equipment = rankings.stream().filter(r -> r.category().equals("maker of telecoms equipment"))
                .findFirst().orElseThrow();
        assertEquals("Huawei", equipment.entity());
        assertEquals(1, equipment.rank());
    }

    @Test
    void teaserAndRepeatedHeadlineAreNotArticleContent() {
        List<String> roles = doc.paragraphs().stream().map(Paragraph::role).toList();
        assertEquals(Paragraph.Roles.HEADLINE, roles.get(0));
        assertEquals(Paragraph.Roles.REPEATED_HEADLINE, roles.get(1));
        Sentence teaser = doc.sentences().stream().filter(s -> s.text().startsWith("More news")).findFirst().orElseThrow();
        assertEquals(Paragraph.Roles.NON_ARTICLE, teaser.role());
        assertTrue(doc.claims().stream().noneMatch(c -> c.sentenceId().equals(teaser.id())));
        assertTrue(doc.entities().stream().noneMatch(e -> e.sentenceId().equals(teaser.id())));
        String repeated = doc.sentences().get(1).id();
        assertTrue(doc.claims().stream().noneMatch(c -> c.sentenceId().equals(repeated)));
    }

    @Test
    void namesKeepTheirSpellings() {
        List<String> huawei = doc.entities().stream().filter(e -> e.canonical().equals("Huawei"))
                .map(e -> e.spelling()).distinct().toList();
        assertTrue(huawei.contains("Huawei technology") && huawei.contains("Huawei technologies"), huawei.toString());
        List<String> us = doc.entities().stream().filter(e -> e.canonical().equals("United States"))
                .map(e -> e.spelling()).distinct().toList();
        assertTrue(us.containsAll(List.of("US", "USA", "U.S.")), us.toString());
    }

    @Test
    void definiteReferences() {
        assertTrue(doc.definiteReferences().stream().anyMatch(r -> r.head().equals("list") && !r.introduced()));
        assertTrue(doc.definiteReferences().stream().anyMatch(r -> r.head().equals("awards") && !r.introduced()));
        assertFalse(doc.definiteReferences().stream().anyMatch(r -> r.head().equals("deal") && !r.introduced()));
    }

    @Test
    void everyClaimOfAnAttributedSentenceIsAttributed() {
        for (Attribution a : doc.attributions()) {
            assertTrue(a.claimId() != null, a.toString());
        }
        List<String> ids = doc.claims().stream().map(c -> c.id()).toList();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals("c" + (i + 1), ids.get(i));
        }
    }
}
