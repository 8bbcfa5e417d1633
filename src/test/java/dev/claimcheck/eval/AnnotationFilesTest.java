package dev.claimcheck.eval;

import dev.claimcheck.eval.ArticleAnnotation.Annotated;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Quantity;
import dev.claimcheck.model.Ranking;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.Categories;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every committed annotation points at the text it says it does; a stale offset fails here, not in a report. */
class AnnotationFilesTest {
    /** Surefire sets "basedir" to the Maven project directory; the IDE fallback is the working directory. */
    static Path repoRoot() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    @Test
    void everySpanMatchesTheArticleText() {
        AnnotationSet set = AnnotationSet.load(repoRoot());
        List<String> problems = new ArrayList<>();
        for (AnnotatedArticle a : set.articles()) {
            ArticleAnnotation ann = a.annotation();
            List<Annotated> all = new ArrayList<>();
            all.addAll(ann.claims());
            all.addAll(ann.quantities());
            all.addAll(ann.rankings());
            all.addAll(ann.vagueAttributions());
            all.addAll(ann.findings());
            for (Annotated x : all) {
                if (x.start() < 0 || x.end() > a.text().length() || x.start() >= x.end()
                        || !a.text().substring(x.start(), x.end()).equals(x.text())) {
                    problems.add(a.ref() + " [" + x.start() + "," + x.end() + ") \"" + x.text() + "\"");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void labelsComeFromTheContract() {
        AnnotationSet set = AnnotationSet.load(repoRoot());
        Set<String> units = Set.of("percent", "times", "currency", "fraction");
        Set<String> bounds = Set.of("up-to", "at-least", "more-than", "less-than");
        for (AnnotatedArticle a : set.articles()) {
            ArticleAnnotation ann = a.annotation();
            ann.claims().forEach(c -> assertTrue(Claim.Kinds.ALL.contains(c.kind()), a.ref() + ": " + c));
            ann.findings().forEach(f -> assertTrue(Categories.ALL.contains(f.category()), a.ref() + ": " + f));
            ann.quantities().forEach(q -> {
                assertTrue(q.bound() == null || bounds.contains(q.bound()), a.ref() + ": " + q);
                assertEquals("currency".equals(q.unit()), q.currency() != null, a.ref() + ": " + q);
                assertTrue(q.max() == null || q.max() > q.value(), a.ref() + ": " + q);
                assertTrue(q.unit() == null || units.contains(q.unit()) || q.unit().matches("[a-z ]+"),
                        a.ref() + ": " + q);
            });
            ann.rankings().forEach(r -> assertTrue(r.rank() >= 1 && r.entity() != null, a.ref() + ": " + r));
        }
    }

    @Test
    void theSetIsLargeAndVariedEnough() {
        AnnotationSet set = AnnotationSet.load(repoRoot());
        long own = set.articles().stream().filter(a -> a.ref().startsWith("eval/texts/")).count();
        List<String> publishers = set.articles().stream()
                .filter(a -> a.ref().startsWith(AnnotationSet.POLNEAR_PREFIX))
                .map(a -> a.stem().substring(0, a.stem().indexOf('_'))).distinct().toList();
        assertTrue(set.articles().size() >= 15, "at least 15 annotated articles");
        assertTrue(own >= 10, "at least 10 articles written for the set");
        assertTrue(publishers.size() >= 5, "PolNeAR articles from at least 5 publishers: " + publishers);
        for (AnnotatedArticle a : set.articles()) {
            assertTrue(!a.annotation().claims().isEmpty(), a.ref() + " has no claims");
            if (a.ref().startsWith("eval/texts/")) {
                long words = Stream.of(a.text().split("\\s+")).filter(w -> !w.isBlank()).count();
                assertTrue(words >= 250 && words <= 500, a.ref() + " has " + words + " words");
            }
        }
    }

    /**
     * The annotations turned into a perfect claims document and perfect findings must score 1.0 on every row:
     * catches annotations that cannot match themselves (duplicate spans, overlapping entries the one-to-one
     * matcher would pair wrongly) and scorer regressions on real data.
     */
    @Test
    void theAnnotationsScorePerfectlyAgainstThemselves() {
        AnnotationSet set = AnnotationSet.load(repoRoot());
        ExtractionReport extraction = ExtractionScorer.score(set, path -> oracle(set, path));
        for (Score s : extraction.totals()) {
            assertEquals(0, s.fp() + s.fn(), s.toString());
        }
        FindingReport findings = FindingScorer.score(set, path -> set.articles().stream()
                .filter(a -> a.path().equals(path)).findFirst().orElseThrow().annotation().findings().stream()
                .map(f -> new Finding("gold", f.category(), "warning", f.why(), "", List.of(f.span()), List.of()))
                .toList());
        for (FindingReport.CategoryScore c : findings.totals()) {
            assertEquals(0, c.wrong() + c.missed(), c.toString());
        }
    }

    static ClaimsDocument oracle(AnnotationSet set, Path path) {
        AnnotatedArticle a = set.articles().stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
        ArticleAnnotation g = a.annotation();
        List<Quantity> qs = g.quantities().stream().map(q -> new Quantity(q.span(), q.value(), q.max(), q.unit(),
                q.currency(), null, q.approximate(), q.bound(), null)).toList();
        List<Ranking> rs = g.rankings().stream().map(r -> new Ranking(r.span(), r.entity(), r.rank(), null,
                r.category(), r.scope())).toList();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < g.claims().size(); i++) {
            // Quantities and rankings hang off the first claim: the scorer flattens them anyway.
            claims.add(new Claim("c" + i, "s", g.claims().get(i).span(), g.claims().get(i).kind(), null,
                    i == 0 ? qs : null, null, i == 0 ? rs : null, null));
        }
        List<Attribution> vague = new ArrayList<>();
        for (int i = 0; i < g.vagueAttributions().size(); i++) {
            vague.add(new Attribution("a" + i, null, "s", null, null, g.vagueAttributions().get(i).span(), true));
        }
        return new ClaimsDocument(null, new Article(a.stem(), "", null, null, null, a.text()), null, null, claims,
                null, vague, null, null);
    }
}
