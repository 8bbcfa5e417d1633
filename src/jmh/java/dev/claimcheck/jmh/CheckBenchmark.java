package dev.claimcheck.jmh;

import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.VerificationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Per-article cost of the library's three stages on a warm checker, over the generated corpus (~2.5 KB articles).
 * Sample-time mode, so JMH prints p50/p90/p99 per call next to the mean: the targets are percentiles.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class CheckBenchmark {
    /** Extraction alone: article in, claims document out. */
    @Benchmark
    public ClaimsDocument extract(CorpusState s, Cursor c) {
        return s.checker.extract(s.articles.get(c.next(s.articles.size())));
    }

    /** Rule evaluation alone: a new session, the facts, the rules, the report of an already extracted document. */
    @Benchmark
    public VerificationReport rules(CorpusState s, Cursor c) {
        return s.checker.check(s.documents.get(c.next(s.documents.size())));
    }

    /** The library call of the target: {@code check(Article)}. */
    @Benchmark
    public VerificationReport check(CorpusState s, Cursor c) {
        return s.checker.check(s.articles.get(c.next(s.articles.size())));
    }
}
