package dev.claimcheck.jmh;

import dev.claimcheck.bench.Corpus;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.model.Article;
import dev.claimcheck.report.VerificationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The growth check: {@code check(Article)} on articles 1 and 10 times as long. "repeated" is one article's body
 * ten times over (every claim then has nine exact duplicates: the worst case for pairwise rules); "joined" is ten
 * different articles' bodies under one headline (a long article whose parts do not repeat). The target: 10x the
 * length costs at most 12x the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class GrowthBenchmark {
    @Param({"1", "10"})
    int length;

    @Param({"repeated", "joined"})
    String shape;

    private ClaimChecker checker;
    private List<Article> articles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        checker = ClaimChecker.withDefaultRules();
        List<Article> base = Corpus.generate(20 + 20 * 10, 42);
        articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add(length == 1 ? base.get(i)
                    : shape.equals("repeated") ? Corpus.lengthened(base.get(i), length)
                    : Corpus.joined(base.subList(20 + i * length, 20 + (i + 1) * length)));
        }
    }

    @Benchmark
    public VerificationReport check() {
        Article a = articles.get(next);
        next = (next + 1) % articles.size();
        return checker.check(a);
    }
}
