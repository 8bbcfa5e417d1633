package dev.claimcheck.cli;

import dev.claimcheck.bench.BenchRun;
import dev.claimcheck.bench.Corpus;
import dev.claimcheck.bench.CorpusWriter;
import dev.claimcheck.bench.Latencies;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.input.InputException;
import dev.claimcheck.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code bench}: an end-to-end throughput and latency measurement of the library on a generated or given corpus.
 * Not a microbenchmark (see the jmh profile for those): it warms up, then times every {@code check(Article)}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate (or read) a corpus, check it with N threads and print articles/s and per-article percentiles.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "2000", paramLabel = "N",
            description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--corpus", paramLabel = "PATH", split = ",",
            description = "Read articles from these files or folders instead of generating them.")
    List<Path> corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--warmup", defaultValue = "500", paramLabel = "N",
            description = "Untimed articles first, so the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "1", paramLabel = "N",
            description = "Timed passes over the corpus; each is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--length", defaultValue = "1", paramLabel = "K",
            description = "Make every article K times longer by joining K different articles (default: ${DEFAULT-VALUE}).")
    int length;

    @Option(names = "--write", paramLabel = "DIR",
            description = "Only write the generated corpus to DIR (txt/*.txt and corpus.jsonl) and exit.")
    Path write;

    @Mixin
    RulesOptions rulesOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> list;
        try {
            list = corpus == null ? Corpus.generate(articles * length, seed) : Corpus.read(corpus);
        } catch (InputException e) {
            err.println("claimcheck: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        if (list.isEmpty()) {
            err.println("claimcheck: the corpus holds no articles");
            return ExitCodes.INPUT_ERROR;
        }
        if (length > 1) {
            list = joinGroups(list, length);
        }
        if (write != null) {
            try {
                CorpusWriter.write(list, write);
            } catch (IOException e) {
                err.println("claimcheck: " + write + ": could not be written: " + e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
            out.printf(Locale.ROOT, "wrote %d articles to %s (txt/ and corpus.jsonl)%n", list.size(), write);
            return ExitCodes.OK;
        }
        long t0 = System.nanoTime();
        Optional<ClaimChecker> checker = rulesOptions.checker(err);
        if (checker.isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        BenchRun run = new BenchRun(checker.get(), n);
        out.printf(Locale.ROOT, "checker built in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        out.printf(Locale.ROOT, "corpus: %d articles (%s), mean %.0f chars; threads %d%n", list.size(),
                corpus == null ? "generated, seed " + seed : "read", list.stream().mapToInt(a -> a.text().length())
                        .average().orElse(0), n);
        int done = 0;
        while (done < warmup) {
            int chunk = Math.min(list.size(), warmup - done);
            run.run(list.subList(0, chunk));
            done += chunk;
        }
        out.printf(Locale.ROOT, "warm-up: %d articles%n", warmup);
        for (int r = 1; r <= rounds; r++) {
            BenchRun.Result result = run.run(list);
            Latencies t = result.total();
            out.printf(Locale.ROOT, "round %d: %d articles in %.2f s = %.1f articles/s (%d claims, %d findings)%n", r,
                    t.count(), t.wallNanos() / 1e9, t.articlesPerSecond(), result.claims(), result.findings());
            out.printf(Locale.ROOT, "  cpu %.2f ms per article (all worker threads)%n", result.cpuMillisPerArticle());
            out.println("  check(Article) " + line(t));
            out.println("  extraction     " + line(result.extraction()));
            out.println("  rules          " + line(result.rules()));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static String line(Latencies l) {
        return String.format(Locale.ROOT, "ms  p50 %6.2f  p90 %6.2f  p99 %6.2f  max %7.2f  mean %6.2f",
                l.percentile(50), l.percentile(90), l.percentile(99), l.max(), l.mean());
    }

    private static List<Article> joinGroups(List<Article> list, int k) {
        int groups = Math.max(1, list.size() / k);
        return java.util.stream.IntStream.range(0, groups)
                .mapToObj(g -> Corpus.joined(list.subList(g * k, Math.min(list.size(), (g + 1) * k))))
                .toList();
    }
}
