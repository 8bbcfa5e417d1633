package dev.claimcheck.bench;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a corpus through the library on {@code threads} threads and times every article: the whole
 * {@code check(Article)}, and its two halves (extraction, rule evaluation) so a slow run says where its time went.
 */
public final class BenchRun {
    /** The three timings of one run; each array slot is one article. */
    /**
     * @param cpuNanos CPU time the worker threads used: unlike wall time it barely moves when other processes
     *                 share the machine, so it compares runs taken under different load
     */
    public record Result(Latencies total, Latencies extraction, Latencies rules, long claims, long findings,
                         long cpuNanos) {
        public double cpuMillisPerArticle() {
            return total.count() == 0 ? 0 : cpuNanos / 1e6 / total.count();
        }
    }

    private final ClaimChecker checker;
    private final int threads;

    public BenchRun(ClaimChecker checker, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.checker = checker;
        this.threads = threads;
    }

    public Result run(List<Article> articles) throws InterruptedException {
        int n = articles.size();
        double[] total = new double[n];
        double[] extraction = new double[n];
        double[] rules = new double[n];
        long[] claims = new long[n];
        long[] findings = new long[n];
        AtomicInteger nextIndex = new AtomicInteger();
        AtomicLong cpu = new AtomicLong();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                // Work stealing by index keeps both threads busy to the end whatever the article mix.
                for (int i; (i = nextIndex.getAndIncrement()) < n; ) {
                    long t0 = System.nanoTime();
                    ClaimsDocument doc = checker.extract(articles.get(i));
                    long t1 = System.nanoTime();
                    var report = checker.check(doc);
                    long t2 = System.nanoTime();
                    extraction[i] = (t1 - t0) / 1e6;
                    rules[i] = (t2 - t1) / 1e6;
                    total[i] = (t2 - t0) / 1e6;
                    claims[i] = report.summary().claims();
                    findings[i] = report.findings().size();
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
            throw new IllegalStateException("bench did not finish");
        }
        long wall = System.nanoTime() - start;
        return new Result(new Latencies(total, wall), new Latencies(extraction, wall), new Latencies(rules, wall),
                sum(claims), sum(findings), cpu.get());
    }

    private static long sum(long[] xs) {
        long s = 0;
        for (long x : xs) {
            s += x;
        }
        return s;
    }
}
