package dev.claimcheck.jmh;

import dev.claimcheck.bench.Corpus;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * One warm checker and the benchmark corpus, shared by every benchmark thread: the generated articles (seed 42,
 * as {@code claimcheck bench}) and their claims documents, extracted once so rule evaluation can be timed alone.
 */
@State(Scope.Benchmark)
public class CorpusState {
    static final int ARTICLES = 200;

    ClaimChecker checker;
    List<Article> articles;
    List<ClaimsDocument> documents;

    @Setup(Level.Trial)
    public void setUp() {
        checker = ClaimChecker.withDefaultRules();
        articles = Corpus.generate(ARTICLES, 42);
        documents = articles.stream().map(checker::extract).toList();
    }
}
