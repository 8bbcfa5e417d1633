package dev.claimcheck.eval;

import dev.claimcheck.eval.ArticleAnnotation.GoldClaim;
import dev.claimcheck.eval.ArticleAnnotation.GoldQuantity;
import dev.claimcheck.eval.ArticleAnnotation.GoldRanking;
import dev.claimcheck.eval.ArticleAnnotation.GoldSpan;
import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Quantity;
import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionScorerTest {
    static final String TEXT = "Acme sales climb\n\nAcme sold 3 million widgets, up 20 percent. "
            + "It is believed prices will rise. Acme is the world's largest widget maker.\n";
    static final String REF = "eval/texts/acme.txt";

    static Span span(String snippet) {
        int i = TEXT.indexOf(snippet);
        if (i < 0) {
            throw new IllegalArgumentException(snippet);
        }
        return Span.of(TEXT, i, i + snippet.length());
    }

    static GoldClaim goldClaim(String snippet, String kind) {
        Span s = span(snippet);
        return new GoldClaim(s.start(), s.end(), s.text(), kind);
    }

    static GoldQuantity goldQuantity(String snippet, double value, String unit) {
        Span s = span(snippet);
        return new GoldQuantity(s.start(), s.end(), s.text(), value, null, unit, null, false, null);
    }

    /** Three claims, two quantities, one ranking, one vague attribution. */
    static ArticleAnnotation gold() {
        Span r = span("the world's largest widget maker");
        Span v = span("It is believed");
        return new ArticleAnnotation(REF,
                List.of(goldClaim("Acme sold 3 million widgets, up 20 percent", "statistic"),
                        goldClaim("prices will rise", "prediction"),
                        goldClaim("Acme is the world's largest widget maker", "ranking")),
                List.of(goldQuantity("3 million widgets", 3e6, "widgets"),
                        goldQuantity("20 percent", 20, "percent")),
                List.of(new GoldRanking(r.start(), r.end(), r.text(), "Acme", 1, "widget maker", "world")),
                List.of(new GoldSpan(v.start(), v.end(), v.text())),
                List.of());
    }

    static AnnotationSet set() {
        return new AnnotationSet(List.of(new AnnotatedArticle(gold(), Path.of("acme.txt"), TEXT)));
    }

    static Claim claim(String id, String snippet, String kind, List<Quantity> qs, List<Ranking> rs) {
        return new Claim(id, "s1", span(snippet), kind, null, qs, null, rs, null);
    }

    /**
     * The statistic is found with one right and one wrong quantity value; the prediction is found but typed
     * "event"; the ranking sentence is missed entirely; the vague cue is found.
     */
    static ClaimsDocument predicted() {
        Quantity q1 = new Quantity(span("3 million widgets"), 3e6, null, "widget", null, null, false, null, "widgets");
        Quantity q2 = new Quantity(span("20 percent"), 0.2, null, "percent", null, null, false, null, null);
        List<Claim> claims = List.of(
                claim("c1", "Acme sold 3 million widgets, up 20 percent.", "statistic", List.of(q1, q2), null),
                claim("c2", "prices will rise", "event", null, null));
        Attribution vague = new Attribution("a1", "c2", "s2", null, null, span("It is believed"), true);
        return new ClaimsDocument(null, new Article("acme", "Acme sales climb", null, null, null, TEXT),
                null, null, claims, null, List.of(vague), null, null);
    }

    @Test
    void missingClaimLowersRecallExactly() {
        ExtractionReport report = ExtractionScorer.score(set(), Map.of(REF, predicted()));
        Score claims = report.total(ExtractionScorer.CLAIMS);
        assertEquals(new Score(ExtractionScorer.CLAIMS, 2, 0, 1), claims);
        assertEquals(1.0, claims.precision(), 1e-9);
        assertEquals(2.0 / 3, claims.recall(), 1e-9);
        assertEquals(0.8, claims.f1(), 1e-9);
    }

    @Test
    void kindIsJudgedOnMatchedClaimsOnly() {
        Score kind = ExtractionScorer.score(set(), Map.of(REF, predicted())).total(ExtractionScorer.CLAIM_KIND);
        // Two matched claims, one typed right: accuracy 0.5; the missed ranking claim does not count here.
        assertEquals(new Score(ExtractionScorer.CLAIM_KIND, 1, 1, 1), kind);
        assertEquals(0.5, kind.precision(), 1e-9);
    }

    @Test
    void perKindRowsNeedTheSameKind() {
        ExtractionReport report = ExtractionScorer.score(set(), Map.of(REF, predicted()));
        assertEquals(new Score("claims: statistic", 1, 0, 0), report.total("claims: statistic"));
        assertEquals(new Score("claims: prediction", 0, 0, 1), report.total("claims: prediction"));
        assertEquals(new Score("claims: event", 0, 1, 0), report.total("claims: event"));
        assertEquals(new Score("claims: ranking", 0, 0, 1), report.total("claims: ranking"));
    }

    @Test
    void quantityValueAndUnitAreScoredSeparately() {
        ExtractionReport report = ExtractionScorer.score(set(), Map.of(REF, predicted()));
        assertEquals(new Score(ExtractionScorer.QUANTITIES, 2, 0, 0), report.total(ExtractionScorer.QUANTITIES));
        // 0.2 for "20 percent" is the wrong scale: the annotation convention is 20.
        assertEquals(new Score(ExtractionScorer.QUANTITY_VALUE, 1, 1, 1), report.total(ExtractionScorer.QUANTITY_VALUE));
        // "widget" vs "widgets": singular and plural are the same unit.
        assertEquals(new Score(ExtractionScorer.QUANTITY_UNIT, 2, 0, 0), report.total(ExtractionScorer.QUANTITY_UNIT));
        assertEquals(new Score(ExtractionScorer.QUANTITY_ALL, 1, 1, 1), report.total(ExtractionScorer.QUANTITY_ALL));
    }

    @Test
    void rankingNeedsRankAndCategory() {
        Ranking wrongRank = new Ranking(span("the world's largest widget maker"), "Acme", 2, "largest", "widget maker",
                "world");
        Ranking right = new Ranking(span("the world's largest widget maker"), "Acme", 1, "largest", "maker of widgets",
                "world");
        for (Ranking r : List.of(wrongRank, right)) {
            ClaimsDocument doc = withExtraClaim(claim("c3", "Acme is the world's largest widget maker", "ranking",
                    null, List.of(r)));
            ExtractionReport report = ExtractionScorer.score(set(), Map.of(REF, doc));
            assertEquals(new Score(ExtractionScorer.RANKINGS, 1, 0, 0), report.total(ExtractionScorer.RANKINGS));
            Score all = report.total(ExtractionScorer.RANKING_ALL);
            assertEquals(r == right ? new Score(ExtractionScorer.RANKING_ALL, 1, 0, 0)
                    : new Score(ExtractionScorer.RANKING_ALL, 0, 1, 1), all);
        }
    }

    @Test
    void matchingIsOneToOne() {
        // Two predicted claims overlap the one statistic claim: one is a hit, the other a false positive.
        ClaimsDocument doc = withExtraClaim(claim("c9", "3 million widgets", "statistic", null, null));
        Score claims = ExtractionScorer.score(set(), Map.of(REF, doc)).total(ExtractionScorer.CLAIMS);
        assertEquals(new Score(ExtractionScorer.CLAIMS, 2, 1, 1), claims);
    }

    @Test
    void vagueAttributionsAreScoredBySpan() {
        Score vague = ExtractionScorer.score(set(), Map.of(REF, predicted())).total(ExtractionScorer.VAGUE);
        assertEquals(new Score(ExtractionScorer.VAGUE, 1, 0, 0), vague);
    }

    @Test
    void markdownTableShowsCountsAndRatios() {
        String md = ExtractionScorer.score(set(), path -> predicted()).toMarkdown();
        assertTrue(md.startsWith("| Item | Gold | Predicted | TP | FP | FN | Precision | Recall | F1 |"), md);
        assertTrue(md.contains("| claims (span) | 3 | 2 | 2 | 0 | 1 | 1.00 | 0.67 | 0.80 |"), md);
        assertTrue(md.contains("| rankings (span) | 1 | 0 | 0 | 0 | 1 | – | 0.00 | – |"), md);
    }

    @Test
    void readsClaimsDocumentsFromADirectoryByArticleStem(@TempDir Path dir) throws Exception {
        ClaimsDocumentJson.write(predicted(), dir.resolve("acme.claims.json"));
        ExtractionReport report = ExtractionScorer.scoreDirectory(set(), dir);
        assertEquals(new Score(ExtractionScorer.CLAIMS, 2, 0, 1), report.total(ExtractionScorer.CLAIMS));
    }

    @Test
    void refusesADocumentMadeFromAnotherText() {
        ClaimsDocument other = new ClaimsDocument(null, new Article("x", "x", null, null, null, "Other text"),
                null, null, null, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> ExtractionScorer.score(set(), Map.of(REF, other)));
        assertThrows(IllegalArgumentException.class, () -> ExtractionScorer.score(set(), Map.of()));
    }

    @Test
    void categoriesMatchLoosely() {
        assertTrue(ExtractionScorer.sameCategory("maker of frozen foods", "frozen food maker"));
        assertTrue(ExtractionScorer.sameCategory("smartphone maker", "largest smartphone maker"));
        assertTrue(!ExtractionScorer.sameCategory("smartphone maker", "telecoms equipment supplier"));
    }

    static ClaimsDocument withExtraClaim(Claim extra) {
        ClaimsDocument p = predicted();
        List<Claim> claims = new java.util.ArrayList<>(p.claims());
        claims.add(extra);
        return new ClaimsDocument(null, p.article(), null, null, claims, null, p.attributions(), null, null);
    }
}
