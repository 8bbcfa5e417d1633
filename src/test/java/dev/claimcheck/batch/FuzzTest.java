package dev.claimcheck.batch;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.model.Span;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's fuzz run: a seeded corpus of hostile inputs ({@link HostileCorpus}) through the batch as the CLI runs
 * it. Every input yields a report or an error naming it, every span quotes the article at its offsets, every report
 * is its own file inside --out, nothing crashes or hangs.
 *
 * <p>A few hundred inputs by default, in seconds. The long run (docs/RELIABILITY.md):
 * {@code mvn -B -o test -Dtest=FuzzTest -Dfuzz.count=5000 -Dfuzz.seed=16 -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FuzzTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
    void hostileInputsAreEachReportedOrNamedAndNothingLeavesOut() throws IOException {
        long seed = Long.getLong("fuzz.seed", 16);
        int count = Integer.getInteger("fuzz.count", 200);
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("nested/out");
        List<Path> inputs = HostileCorpus.write(in, seed, count);
        ClaimChecker checker = ClaimChecker.withDefaultRules();
        BatchOptions options = new BatchOptions(2, Duration.ofSeconds(10), out, ".report.json", false);
        List<Outcome> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        new BatchRunner(checker, options, (u, r) -> r.toJson())
                .run(new WorkUnits(checker, List.of(in), Set.of("index"), WorkUnits.DEFAULT_MAX_ARTICLE_BYTES),
                        outcomes::add);
        double seconds = (System.nanoTime() - start) / 1e9;

        int lost = 0;
        for (Path file : inputs) {
            String name = file.toString();
            if (file.getFileName().toString().startsWith(".")) {
                continue; // hidden files are not inputs (documented); the corpus makes some, named with a leading dot
            }
            if (outcomes.stream().noneMatch(o -> o.unit().path().equals(name) || o.unit().path().startsWith(name + ":"))) {
                lost++;
                System.out.println("fuzz: lost " + name);
            }
        }
        int crashes = 0;
        int hangs = 0;
        int unnamed = 0;
        int wrongOffsets = 0;
        int reports = 0;
        for (Outcome o : outcomes) {
            if (o.failed()) {
                crashes += o.error().contains("could not be checked") ? 1 : 0;
                hangs += o.error().contains("timed out") ? 1 : 0;
                unnamed += o.error().startsWith(o.unit().path()) ? 0 : 1;
                continue;
            }
            reports++;
            assertTrue(Files.isRegularFile(options.reportPath(o.unit())), o.unit().path());
            wrongOffsets += wrongOffsets(o.report());
        }
        int outside = 0;
        int written;
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> files = all.filter(Files::isRegularFile).toList();
            outside = (int) files.stream().filter(p -> !p.startsWith(in) && !p.startsWith(out)).count();
            written = (int) files.stream().filter(p -> p.startsWith(out)).count();
        }
        String figures = String.format(Locale.ROOT, "fuzz: seed %d, %d inputs, %d units, %d reports, %d errors;"
                        + " %d crashes, %d lost, %d unnamed errors, %d wrong offsets, %d hangs, %d outside --out,"
                        + " %d reports sharing a file; %.1f s",
                seed, inputs.size(), outcomes.size(), reports, outcomes.size() - reports, crashes, lost, unnamed,
                wrongOffsets, hangs, outside, reports - written, seconds);
        System.out.println(figures);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), List.of(crashes, lost, unnamed, wrongOffsets, hangs, outside,
                reports - written), figures);
        assertTrue(reports > inputs.size() / 3 && reports < outcomes.size(), "a corpus with both: " + figures);
    }

    private static int wrongOffsets(VerificationReport r) {
        String text = r.articleText();
        int wrong = 0;
        for (Finding f : r.findings()) {
            for (Span s : f.evidence()) {
                wrong += quotes(text, s.start(), s.end(), s.text()) ? 0 : 1;
            }
        }
        for (VerificationReport.ReportClaim c : r.claims()) {
            wrong += quotes(text, c.start(), c.end(), c.text()) ? 0 : 1;
        }
        return wrong;
    }

    private static boolean quotes(String text, int start, int end, String quoted) {
        return start >= 0 && start <= end && end <= text.length() && text.substring(start, end).equals(quoted);
    }
}
