package dev.claimcheck.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Quantity;
import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Sentence;
import dev.claimcheck.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 per item on the hand-annotated articles in
 * {@code src/test/resources/annotated/articles.json} (texts written for this purpose, annotation guide in
 * docs/ANNOTATION.md). Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * dev.claimcheck.extraction.AnnotatedEvaluation}. {@link AnnotatedEvaluationTest} holds the floor.
 */
public final class AnnotatedEvaluation {
    /** Counts for one item type. */
    static final class Score {
        int tp;
        int predicted;
        int expected;
        final List<String> misses = new ArrayList<>();

        double precision() {
            return predicted == 0 ? 1 : tp / (double) predicted;
        }

        double recall() {
            return expected == 0 ? 1 : tp / (double) expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static Map<String, Score> evaluate(Extractor x) throws IOException {
        JsonNode articles;
        try (InputStream in = AnnotatedEvaluation.class.getResourceAsStream("/annotated/articles.json")) {
            articles = new ObjectMapper().readTree(in);
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String item : List.of("quantities", "rankings", "vague attributions", "sourced attributions", "claim kinds")) {
            scores.put(item, new Score());
        }
        for (JsonNode a : articles) {
            String title = a.get("title").asText();
            String text = title + "\n\n" + a.get("body").asText();
            ClaimsDocument d = x.extract(new Article(a.get("id").asText(), title, null, null,
                    a.get("published").asText(), text));
            JsonNode expect = a.get("expect");
            quantities(text, d, expect.get("quantities"), scores.get("quantities"));
            rankings(text, d, expect.get("rankings"), scores.get("rankings"));
            vague(text, d, expect.get("vague"), scores.get("vague attributions"));
            sourced(text, d, expect.get("attributions"), scores.get("sourced attributions"));
            kinds(d, expect.get("kinds"), scores.get("claim kinds"));
        }
        return scores;
    }

    private static boolean overlaps(Span s, int start, int end) {
        return s != null && s.start() < end && start < s.end();
    }

    private static void quantities(String text, ClaimsDocument d, JsonNode expected, Score score) {
        List<Quantity> predicted = d.claims().stream().flatMap(c -> c.quantities().stream()).toList();
        score.predicted += predicted.size();
        score.expected += expected.size();
        boolean[] used = new boolean[predicted.size()];
        for (JsonNode e : expected) {
            int at = text.indexOf(e.get("text").asText());
            int end = at + e.get("text").asText().length();
            double value = e.get("value").asDouble();
            for (int k = 0; k < predicted.size(); k++) {
                Quantity q = predicted.get(k);
                if (!used[k] && at >= 0 && overlaps(q.span(), at, end) && Math.abs(q.value() - value) <= 0.01 * value) {
                    used[k] = true;
                    score.tp++;
                    break;
                }
            }
        }
    }

    private static void rankings(String text, ClaimsDocument d, JsonNode expected, Score score) {
        List<Ranking> predicted = d.claims().stream().flatMap(c -> c.rankings().stream()).toList();
        score.predicted += predicted.size();
        score.expected += expected.size();
        boolean[] used = new boolean[predicted.size()];
        for (JsonNode e : expected) {
            int at = text.indexOf(e.get("text").asText());
            int end = at + e.get("text").asText().length();
            String entity = e.get("entity").isNull() ? null : e.get("entity").asText();
            for (int k = 0; k < predicted.size(); k++) {
                Ranking r = predicted.get(k);
                if (!used[k] && at >= 0 && overlaps(r.span(), at, end) && r.rank() == e.get("rank").asInt()
                        && (entity == null || entity.equals(r.entity()))) {
                    used[k] = true;
                    score.tp++;
                    break;
                }
            }
        }
    }

    private static void vague(String text, ClaimsDocument d, JsonNode expected, Score score) {
        List<Attribution> predicted = d.attributions().stream().filter(Attribution::vague).toList();
        score.predicted += predicted.size();
        score.expected += expected.size();
        boolean[] used = new boolean[predicted.size()];
        for (JsonNode e : expected) {
            int at = text.indexOf(e.asText());
            for (int k = 0; k < predicted.size(); k++) {
                if (!used[k] && at >= 0 && overlaps(predicted.get(k).cue(), at, at + e.asText().length())) {
                    used[k] = true;
                    score.tp++;
                    break;
                }
            }
        }
    }

    private static void sourced(String text, ClaimsDocument d, JsonNode expected, Score score) {
        List<Attribution> predicted = d.attributions().stream().filter(a -> !a.vague()).toList();
        score.predicted += predicted.size();
        score.expected += expected.size();
        boolean[] used = new boolean[predicted.size()];
        for (JsonNode e : expected) {
            String source = e.get("source").asText();
            String cue = e.get("cue").asText();
            int s = text.indexOf(source);
            int c = nearest(text, cue, s);
            boolean found = false;
            for (int k = 0; k < predicted.size() && !found; k++) {
                Attribution a = predicted.get(k);
                if (!used[k] && s >= 0 && c >= 0 && overlaps(a.source(), s, s + source.length())
                        && overlaps(a.cue(), c, c + cue.length())) {
                    used[k] = true;
                    score.tp++;
                    found = true;
                }
            }
            if (!found) {
                score.misses.add(source + " / " + cue);
            }
        }
    }

    /** The cue just after the source ("X said"), else the occurrence closest to it ("said X"). */
    private static int nearest(String text, String needle, int near) {
        int after = near < 0 ? -1 : text.indexOf(needle, near);
        if (after >= 0 && after - near < 60 && text.substring(near, after).indexOf('.') < 0) {
            return after;
        }
        int best = -1;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) {
                best = at;
            }
        }
        return best;
    }

    /** Kinds are scored as classification: a wrong kind is a false positive and a false negative. */
    private static void kinds(ClaimsDocument d, JsonNode expected, Score score) {
        expected.fields().forEachRemaining(e -> {
            score.expected++;
            Sentence s = d.sentences().stream().filter(x -> x.text().startsWith(e.getKey())).findFirst().orElse(null);
            List<Claim> claims = s == null ? List.of()
                    : d.claims().stream().filter(c -> c.sentenceId().equals(s.id())).toList();
            score.predicted += claims.isEmpty() ? 0 : 1;
            if (!claims.isEmpty() && claims.get(0).kind().equals(e.getValue().asText())) {
                score.tp++;
            }
        });
    }

    public static void main(String[] args) throws Exception {
        Map<String, Score> scores = evaluate(ExtractionTestSupport.extractor());
        List<String> rows = new ArrayList<>();
        rows.add("| item | expected | predicted | correct | P | R | F1 |");
        rows.add("|---|---|---|---|---|---|---|");
        scores.forEach((item, s) -> rows.add(String.format("| %s | %d | %d | %d | %.2f | %.2f | %.2f |", item,
                s.expected, s.predicted, s.tp, s.precision(), s.recall(), s.f1())));
        rows.forEach(System.out::println);
        scores.forEach((item, s) -> s.misses.forEach(m -> System.out.println("missed " + item + ": " + m)));
    }
}
