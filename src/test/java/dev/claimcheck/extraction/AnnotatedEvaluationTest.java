package dev.claimcheck.extraction;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A floor under the hand-annotated evaluation (figures in docs/EVALUATION.md). */
class AnnotatedEvaluationTest {
    @Test
    void qualityOnHandAnnotatedArticles() throws Exception {
        Map<String, AnnotatedEvaluation.Score> scores = AnnotatedEvaluation.evaluate(ExtractionTestSupport.extractor());
        scores.forEach((item, s) -> assertTrue(s.f1() >= 0.6,
                () -> String.format("%s: P %.2f R %.2f F1 %.2f", item, s.precision(), s.recall(), s.f1())));
    }
}
