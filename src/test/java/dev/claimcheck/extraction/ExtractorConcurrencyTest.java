package dev.claimcheck.extraction;

import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One Extractor shared by several threads gives exactly what it gives on one thread. */
class ExtractorConcurrencyTest {
    @Test
    void sharedExtractorIsThreadSafeAndDeterministic() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            articles.add(new Article("n" + i, "Budget vote delayed " + i, null, null, "2024-02-0" + (1 + i % 9),
                    "Budget vote delayed " + i + "\n\nThe finance minister said on Tuesday the vote would slip by "
                            + (i + 2) + " weeks. According to aides, the deficit is up to " + (10 + i) + "% higher. "
                            + "\"We need more time,\" said Anna Berg, adding that the coalition was united."));
        }
        Extractor x = ExtractionTestSupport.extractor();
        List<String> sequential = articles.stream().map(a -> x.extract(a).toString()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ClaimsDocument>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Article a : articles) {
                    futures.add(pool.submit(() -> x.extract(a)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertEquals(sequential.get(k % articles.size()), futures.get(k).get().toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
