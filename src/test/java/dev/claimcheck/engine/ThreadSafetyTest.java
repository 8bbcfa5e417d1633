package dev.claimcheck.engine;

import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.VerificationReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One checker, many threads: the same reports as one thread. */
class ThreadSafetyTest {
    @Test
    void thousandDocumentsFromFourThreadsMatchOneThread() throws Exception {
        ClaimChecker checker = ClaimChecker.withDefaultRules();
        ClaimsDocument seed = ClaimsDocumentJson.read(Path.of("claims/huawei-mts-5g.claims.json"));
        List<ClaimsDocument> docs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // Vary the documents so a report mixed up between threads would show: different ids, and every
            // other document without its attributions (which changes the findings).
            Article a = seed.article();
            Article renamed = new Article(a.id() + "-" + i, a.title(), a.url(), a.outlet(), a.published(), a.text());
            docs.add(new ClaimsDocument(seed.schemaVersion(), renamed, seed.paragraphs(), seed.sentences(),
                    seed.claims(), seed.sources(), i % 2 == 0 ? seed.attributions() : List.of(), seed.entities(),
                    seed.definiteReferences()));
        }
        List<String> sequential = docs.stream().map(checker::check).map(VerificationReport::toJson).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = docs.stream()
                    .map(d -> pool.submit(() -> checker.check(d).toJson())).toList();
            for (int i = 0; i < docs.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get(), "report " + i + " differs");
            }
        } finally {
            pool.shutdownNow();
        }
        assertFalse(sequential.get(0).equals(sequential.get(1)), "the varied documents should give different reports");
    }
}
