package dev.claimcheck.extraction;

import dev.claimcheck.input.ArticleReader;
import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.input.RulesFolder;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Development runner: extracts every article in a folder into {@code OUT/<id>.claims.json} and prints the speed.
 * Usage: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.claimcheck.extraction.PolnearDump
 * ../shared/polnear/train/text OUT [PASSES]}. Extraction time excludes reading and writing files; CPU time is the
 * extracting thread's own, so it holds on a busy machine where wall time does not.
 */
public final class PolnearDump {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Extractor x = Extractor.create(RulesFolder.read(Path.of("rules")));
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(in)) {
            for (Path f : files.filter(ArticleReader::isArticleFile).sorted().toList()) {
                articles.addAll(ArticleReader.read(f));
            }
        }
        List<ClaimsDocument> docs = new ArrayList<>();
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        for (int warm = 0; warm < passes; warm++) {
            docs.clear();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long chars = 0;
            for (Article a : articles) {
                docs.add(x.extract(a));
                chars += a.text().length();
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            double cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6;
            System.out.printf("pass %d: %d articles, %.0f KB, %.0f ms wall: %.1f articles/s, %.3f ms/article, "
                            + "%.3f ms per 2.5 KB; CPU %.3f ms/article, %.3f ms per 2.5 KB%n",
                    warm + 1, articles.size(), chars / 1024.0, ms, articles.size() * 1000 / ms, ms / articles.size(),
                    ms / (chars / 2560.0), cpuMs / articles.size(), cpuMs / (chars / 2560.0));
        }
        for (ClaimsDocument d : docs) {
            ClaimsDocumentJson.write(d, out.resolve(d.article().id() + ".claims.json"));
        }
    }
}
