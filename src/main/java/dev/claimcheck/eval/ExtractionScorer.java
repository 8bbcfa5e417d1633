package dev.claimcheck.eval;

import dev.claimcheck.eval.ArticleAnnotation.Annotated;
import dev.claimcheck.eval.ArticleAnnotation.GoldClaim;
import dev.claimcheck.eval.ArticleAnnotation.GoldQuantity;
import dev.claimcheck.eval.ArticleAnnotation.GoldRanking;
import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.input.InputException;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Quantity;
import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores claims documents against the hand annotations: claims, claim kinds, quantities, rankings and vague
 * attributions, each matched one to one by span overlap (see docs/ANNOTATION-GUIDE.md, "Scoring").
 *
 * <p>Typical use, with whatever produces a claims document from an article file:
 * <pre>{@code
 * AnnotationSet set = AnnotationSet.load(repoRoot);
 * System.out.println(ExtractionScorer.score(set, path -> extractor.extract(path)).toMarkdown());
 * }</pre>
 */
public final class ExtractionScorer {
    public static final String CLAIMS = "claims (span)";
    public static final String CLAIM_KIND = "claim kind (of matched claims)";
    public static final String QUANTITIES = "quantities (span)";
    public static final String QUANTITY_VALUE = "quantities (span + value)";
    public static final String QUANTITY_UNIT = "quantities (span + unit)";
    public static final String QUANTITY_ALL = "quantities (span + value + unit)";
    public static final String RANKINGS = "rankings (span)";
    public static final String RANKING_ALL = "rankings (span + rank + category)";
    public static final String VAGUE = "vague attributions (span)";

    /** Relative tolerance on values: the annotation writes 1/3 as 0.333…, an extractor may write 0.33. */
    static final double VALUE_TOLERANCE = 0.011;

    private ExtractionScorer() {
    }

    /** Runs {@code extractor} on every annotated article file and scores what it returns. */
    public static ExtractionReport score(AnnotationSet set, Function<Path, ClaimsDocument> extractor) {
        Map<String, ClaimsDocument> docs = new LinkedHashMap<>();
        for (AnnotatedArticle a : set.articles()) {
            docs.put(a.ref(), extractor.apply(a.path()));
        }
        return score(set, docs);
    }

    /**
     * Scores claims documents read from {@code dir}, one per article, named {@code STEM.claims.json} after the
     * article file (what {@code extract --out DIR} writes); failing that, the only {@code STEM.*.json} there.
     */
    public static ExtractionReport scoreDirectory(AnnotationSet set, Path dir) {
        return score(set, path -> readClaimsDocument(dir, stemOf(path)));
    }

    /** Scores documents keyed by article reference (as written in the annotation files). Every article needs one. */
    public static ExtractionReport score(AnnotationSet set, Map<String, ClaimsDocument> docsByRef) {
        List<Score> totals = null;
        Map<String, List<Score>> perArticle = new LinkedHashMap<>();
        for (AnnotatedArticle a : set.articles()) {
            ClaimsDocument doc = docsByRef.get(a.ref());
            if (doc == null) {
                throw new IllegalArgumentException("no claims document for " + a.ref());
            }
            checkSameText(a, doc);
            List<Score> rows = scoreArticle(a.annotation(), doc);
            perArticle.put(a.ref(), rows);
            totals = totals == null ? rows : add(totals, rows);
        }
        return new ExtractionReport(totals == null ? List.of() : totals, perArticle);
    }

    /** The rows for one article. Public so a test can score a hand-made document without files. */
    public static List<Score> scoreArticle(ArticleAnnotation gold, ClaimsDocument doc) {
        List<Score> rows = new ArrayList<>();

        List<Claim> claims = doc.claims().stream().filter(c -> c.span() != null).toList();
        List<GoldClaim> goldClaims = gold.claims();
        List<OneToOneMatcher.Match> claimMatches = match(goldClaims, spansOf(claims, Claim::span), (g, p) -> true);
        rows.add(count(CLAIMS, goldClaims.size(), claims.size(), claimMatches.size()));
        int kindRight = (int) claimMatches.stream()
                .filter(m -> goldClaims.get(m.gold()).kind().equals(claims.get(m.predicted()).kind())).count();
        // Kind is judged only where the span was found: TP = right kind, and a wrong kind is both an FP and an FN,
        // so precision = recall = accuracy over matched claims.
        int kindWrong = claimMatches.size() - kindRight;
        rows.add(new Score(CLAIM_KIND, kindRight, kindWrong, kindWrong));
        for (String kind : Claim.Kinds.ALL) {
            List<GoldClaim> g = goldClaims.stream().filter(c -> kind.equals(c.kind())).toList();
            List<Claim> p = claims.stream().filter(c -> kind.equals(c.kind())).toList();
            rows.add(count("claims: " + kind, g.size(), p.size(), match(g, spansOf(p, Claim::span), (a, b) -> true).size()));
        }

        List<Quantity> quantities = distinctBySpan(doc.claims().stream().flatMap(c -> c.quantities().stream()),
                Quantity::span);
        List<GoldQuantity> goldQ = gold.quantities();
        List<List<Span>> qSpans = spansOf(quantities, Quantity::span);
        rows.add(count(QUANTITIES, goldQ.size(), quantities.size(), match(goldQ, qSpans, (g, p) -> true).size()));
        BiPredicate<Integer, Integer> valueOk = (g, p) -> sameValue(goldQ.get(g), quantities.get(p));
        BiPredicate<Integer, Integer> unitOk = (g, p) -> sameUnit(goldQ.get(g), quantities.get(p));
        rows.add(count(QUANTITY_VALUE, goldQ.size(), quantities.size(), match(goldQ, qSpans, valueOk).size()));
        rows.add(count(QUANTITY_UNIT, goldQ.size(), quantities.size(), match(goldQ, qSpans, unitOk).size()));
        rows.add(count(QUANTITY_ALL, goldQ.size(), quantities.size(),
                match(goldQ, qSpans, valueOk.and(unitOk)).size()));

        List<Ranking> rankings = distinctBySpan(doc.claims().stream().flatMap(c -> c.rankings().stream()),
                Ranking::span);
        List<GoldRanking> goldR = gold.rankings();
        List<List<Span>> rSpans = spansOf(rankings, Ranking::span);
        rows.add(count(RANKINGS, goldR.size(), rankings.size(), match(goldR, rSpans, (g, p) -> true).size()));
        BiPredicate<Integer, Integer> rankOk = (g, p) -> goldR.get(g).rank() == rankings.get(p).rank()
                && sameCategory(goldR.get(g).category(), rankings.get(p).category());
        rows.add(count(RANKING_ALL, goldR.size(), rankings.size(), match(goldR, rSpans, rankOk).size()));

        List<Attribution> vague = distinctBySpan(doc.attributions().stream()
                .filter(Attribution::vague).filter(a -> a.cue() != null), Attribution::cue);
        rows.add(count(VAGUE, gold.vagueAttributions().size(), vague.size(),
                match(gold.vagueAttributions(), spansOf(vague, Attribution::cue), (g, p) -> true).size()));
        return rows;
    }

    private static Score count(String item, int gold, int predicted, int matched) {
        return new Score(item, matched, predicted - matched, gold - matched);
    }

    private static List<OneToOneMatcher.Match> match(List<? extends Annotated> gold, List<List<Span>> predicted,
                                                     BiPredicate<Integer, Integer> compatible) {
        return OneToOneMatcher.match(gold.stream().map(Annotated::span).toList(), predicted, compatible);
    }

    private static <T> List<List<Span>> spansOf(List<T> items, Function<T, Span> span) {
        return items.stream().map(i -> List.of(span.apply(i))).toList();
    }

    /** One quantity can hang off two claims (a sentence split in two clauses); count it once. */
    private static <T> List<T> distinctBySpan(Stream<T> items, Function<T, Span> span) {
        Set<String> seen = new LinkedHashSet<>();
        List<T> out = new ArrayList<>();
        items.forEach(i -> {
            Span s = span.apply(i);
            if (s != null && seen.add(s.start() + ":" + s.end())) {
                out.add(i);
            }
        });
        return out;
    }

    static boolean sameValue(GoldQuantity g, Quantity p) {
        if (!close(g.value(), p.value())) {
            return false;
        }
        if (g.max() == null || p.max() == null) {
            return g.max() == null && p.max() == null;
        }
        return close(g.max(), p.max());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) || a == b;
    }

    /**
     * Units compare case-insensitively and singular = plural ("people"/"person" aside); money also needs the same
     * currency code. A null unit on both sides is a match.
     */
    static boolean sameUnit(GoldQuantity g, Quantity p) {
        if (!normUnit(g.unit()).equals(normUnit(p.unit()))) {
            return false;
        }
        return !"currency".equals(normUnit(g.unit()))
                || String.valueOf(g.currency()).equalsIgnoreCase(String.valueOf(p.currency()));
    }

    private static String normUnit(String unit) {
        if (unit == null) {
            return "";
        }
        String u = unit.trim().toLowerCase(Locale.ROOT);
        return u.endsWith("s") && u.length() > 3 ? u.substring(0, u.length() - 1) : u;
    }

    /**
     * Categories are free text ("maker of frozen foods" vs "frozen food maker"), so they match when their content
     * words (singularised, function words dropped) nest or mostly coincide. A gold category of null accepts any.
     */
    static boolean sameCategory(String gold, String predicted) {
        if (gold == null) {
            return true;
        }
        Set<String> g = contentWords(gold);
        Set<String> p = contentWords(predicted);
        if (g.isEmpty() || p.isEmpty()) {
            return g.isEmpty() && p.isEmpty();
        }
        Set<String> both = new LinkedHashSet<>(g);
        both.retainAll(p);
        Set<String> either = new LinkedHashSet<>(g);
        either.addAll(p);
        return both.size() == g.size() || both.size() == p.size() || 2 * both.size() >= either.size();
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "a", "an", "in", "for", "to", "on", "by",
            "and", "among", "most", "best", "largest", "biggest", "smallest", "oldest", "worst", "lowest",
            "highest", "top", "leading", "first", "second", "third");

    private static Set<String> contentWords(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s == null) {
            return out;
        }
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                out.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static List<Score> add(List<Score> a, List<Score> b) {
        List<Score> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i).plus(b.get(i)));
        }
        return out;
    }

    /**
     * Offsets only mean something if the extractor saw the same text. Trailing whitespace is allowed to differ
     * (readers may trim the final newline); anything else is a wiring error worth stopping for.
     */
    static void checkSameText(AnnotatedArticle a, ClaimsDocument doc) {
        if (!doc.article().text().stripTrailing().equals(a.text().stripTrailing())) {
            throw new IllegalArgumentException("claims document for " + a.ref()
                    + " was made from a different text than the annotated one; offsets would not line up");
        }
    }

    static String stemOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static ClaimsDocument readClaimsDocument(Path dir, String stem) {
        Path file = dir.resolve(stem + ".claims.json");
        if (!Files.isRegularFile(file)) {
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> candidates = s.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.startsWith(stem + ".") && n.endsWith(".json");
                }).toList();
                if (candidates.size() != 1) {
                    throw new IllegalArgumentException("expected " + file + " (or exactly one " + stem
                            + ".*.json) in " + dir + ", found " + candidates.size());
                }
                file = candidates.get(0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        try {
            return ClaimsDocumentJson.read(file);
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
