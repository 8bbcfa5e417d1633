package dev.claimcheck.eval;

import dev.claimcheck.eval.ArticleAnnotation.GoldFinding;
import dev.claimcheck.model.Span;
import dev.claimcheck.report.Categories;
import dev.claimcheck.report.Finding;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Judges rule findings against the annotated ones: a reported finding is right when an annotated finding of the
 * same category overlaps one of its evidence spans (matched one to one, so two reports of one problem count one
 * right and one wrong), wrong otherwise; annotated findings left over are missed.
 */
public final class FindingScorer {
    // Reports carry more than findings; only the findings are read, and unknown fields are tolerated.
    private static final ObjectMapper READER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FindingScorer() {
    }

    /** Runs {@code checker} (article file → findings) on every annotated article and scores the findings. */
    public static FindingReport score(AnnotationSet set, Function<Path, List<Finding>> checker) {
        Map<String, List<Finding>> byRef = new LinkedHashMap<>();
        for (AnnotatedArticle a : set.articles()) {
            byRef.put(a.ref(), checker.apply(a.path()));
        }
        return score(set, byRef);
    }

    /**
     * Scores report JSON files read from {@code dir}: for each article the one file named {@code STEM.*.json}
     * (e.g. {@code city-budget.report.json} from {@code check --format json}); only its {@code findings} are read.
     * An article with no file is an error: a silent "reported nothing" would look like perfect precision.
     */
    public static FindingReport scoreDirectory(AnnotationSet set, Path dir) {
        return score(set, path -> readFindings(dir, ExtractionScorer.stemOf(path)));
    }

    static List<Finding> readFindings(Path dir, String stem) {
        List<Path> candidates;
        try (Stream<Path> s = Files.list(dir)) {
            candidates = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(stem + ".") && n.endsWith(".json") && !n.endsWith(".claims.json");
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (candidates.size() != 1) {
            throw new IllegalArgumentException("expected exactly one report " + stem + ".*.json in " + dir
                    + ", found " + candidates.size());
        }
        try {
            JsonNode findings = READER.readTree(candidates.get(0).toFile()).path("findings");
            return READER.readerForListOf(Finding.class).readValue(findings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read findings from " + candidates.get(0), e);
        }
    }

    /** Scores findings keyed by article reference; an article with no entry is scored as reporting nothing. */
    public static FindingReport score(AnnotationSet set, Map<String, List<Finding>> findingsByRef) {
        Map<String, List<FindingReport.CategoryScore>> perArticle = new LinkedHashMap<>();
        List<String> details = new ArrayList<>();
        Map<String, FindingReport.CategoryScore> totals = new LinkedHashMap<>();
        for (String c : Categories.ALL) {
            totals.put(c, new FindingReport.CategoryScore(c, 0, 0, 0));
        }
        for (AnnotatedArticle a : set.articles()) {
            List<Finding> reported = findingsByRef.getOrDefault(a.ref(), List.of());
            List<FindingReport.CategoryScore> rows = scoreArticle(a.ref(), a.annotation().findings(), reported,
                    details);
            perArticle.put(a.ref(), rows);
            for (FindingReport.CategoryScore r : rows) {
                totals.merge(r.category(), r, FindingReport.CategoryScore::plus);
            }
        }
        return new FindingReport(new ArrayList<>(totals.values()), perArticle, details);
    }

    /**
     * One article's rows: the report categories in contract order, then any unknown category a rule used (a
     * contract violation, but better shown than silently dropped).
     */
    public static List<FindingReport.CategoryScore> scoreArticle(String ref, List<GoldFinding> gold,
                                                                 List<Finding> reported, List<String> details) {
        Set<String> categories = new LinkedHashSet<>(Categories.ALL);
        gold.forEach(g -> categories.add(g.category()));
        reported.forEach(f -> categories.add(f.category()));
        List<FindingReport.CategoryScore> rows = new ArrayList<>();
        for (String category : categories) {
            List<GoldFinding> g = gold.stream().filter(x -> category.equals(x.category())).toList();
            List<Finding> r = reported.stream().filter(x -> category.equals(x.category())).toList();
            List<OneToOneMatcher.Match> matches = OneToOneMatcher.match(
                    g.stream().map(GoldFinding::span).toList(),
                    r.stream().map(Finding::evidence).toList());
            Set<Integer> goldHit = new LinkedHashSet<>();
            Set<Integer> reportedHit = new LinkedHashSet<>();
            matches.forEach(m -> {
                goldHit.add(m.gold());
                reportedHit.add(m.predicted());
            });
            for (int i = 0; i < r.size(); i++) {
                if (!reportedHit.contains(i)) {
                    details.add(ref + ": wrong " + category + " [" + r.get(i).ruleId() + "] " + describe(r.get(i)));
                }
            }
            for (int i = 0; i < g.size(); i++) {
                if (!goldHit.contains(i)) {
                    details.add(ref + ": missed " + category + " \"" + g.get(i).text() + "\" (" + g.get(i).why() + ")");
                }
            }
            rows.add(new FindingReport.CategoryScore(category, matches.size(), r.size() - matches.size(),
                    g.size() - matches.size()));
        }
        return rows;
    }

    private static String describe(Finding f) {
        if (f.evidence().isEmpty()) {
            return "(no evidence span) " + f.message();
        }
        Span s = f.evidence().get(0);
        return "\"" + s.text() + "\" @" + s.start() + " " + f.message();
    }
}
