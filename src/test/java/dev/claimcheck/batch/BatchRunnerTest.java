package dev.claimcheck.batch;

import dev.claimcheck.bench.Corpus;
import dev.claimcheck.bench.CorpusWriter;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.VerificationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch layer driven directly: timeouts, --resume, atomic writes, and .jsonl streaming. */
class BatchRunnerTest {
    private static final BiFunction<WorkUnit, VerificationReport, String> JSON = (u, r) -> r.toJson();
    private static ClaimChecker checker;
    private static List<Article> articles;

    /** Released after each test so a spinning pathological loader never outlives its test. */
    private final AtomicBoolean stop = new AtomicBoolean();

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildChecker() {
        checker = ClaimChecker.withDefaultRules();
        articles = Corpus.generate(6, 7);
    }

    @AfterEach
    void releaseSpinners() {
        stop.set(true);
    }

    private static WorkUnit good(int i) {
        Article a = articles.get(i);
        return new WorkUnit(a.id(), a.id(), null, w -> checker.extract(a));
    }

    private static List<Outcome> run(BatchOptions options, List<WorkUnit> units) {
        List<Outcome> outcomes = new ArrayList<>();
        new BatchRunner(checker, options, JSON).run(units.iterator(), outcomes::add);
        return outcomes;
    }

    @Test
    void aUnitOverTheTimeLimitBecomesAnErrorAndTheBatchGoesOn() {
        CountDownLatch sleeping = new CountDownLatch(1);
        // Sleeps: an interruptible hang, e.g. blocked I/O.
        WorkUnit sleeper = new WorkUnit("sleeper", "sleeper", null, w -> {
            sleeping.countDown();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
            return null;
        });
        // Spins ignoring interrupts: a pathological regex or loop; the runner must abandon it, not wait.
        WorkUnit spinner = new WorkUnit("spinner", "spinner", null, w -> {
            while (!stop.get()) {
                Thread.onSpinWait();
            }
            return (ClaimsDocument) null;
        });
        List<WorkUnit> units = List.of(good(0), sleeper, good(1), spinner, good(2), good(3));
        List<Outcome> outcomes = run(new BatchOptions(2, Duration.ofMillis(1500), null, ".report.json", false), units);

        assertEquals(units.size(), outcomes.size());
        for (int i = 0; i < units.size(); i++) {
            assertEquals(units.get(i).path(), outcomes.get(i).unit().path(), "outcomes come back in input order");
        }
        assertTrue(outcomes.get(1).failed() && outcomes.get(1).error().contains("sleeper: timed out after 1500 ms"),
                String.valueOf(outcomes.get(1).error()));
        assertTrue(outcomes.get(3).failed() && outcomes.get(3).error().contains("spinner: timed out"),
                String.valueOf(outcomes.get(3).error()));
        for (int i : new int[] {0, 2, 4, 5}) {
            assertFalse(outcomes.get(i).failed(), outcomes.get(i).error());
            assertTrue(outcomes.get(i).report().summary().claims() > 0);
        }
        BatchSummary summary = new BatchSummary();
        outcomes.forEach(summary::add);
        assertEquals(4, summary.articles());
        assertEquals(2, summary.failures().size());
    }

    @Test
    void aLoaderThatThrowsIsAnErrorEntryNotACrash() {
        WorkUnit broken = new WorkUnit("broken", "broken", null, w -> {
            throw new StackOverflowError();
        });
        List<Outcome> outcomes = run(new BatchOptions(1, Duration.ofSeconds(30), null, ".report.json", false),
                List.of(broken, good(0)));
        assertTrue(outcomes.get(0).failed());
        assertTrue(outcomes.get(0).error().startsWith("broken: could not be checked"), outcomes.get(0).error());
        assertFalse(outcomes.get(1).failed());
    }

    @Test
    void resumeSkipsEveryReportAlreadyWrittenAndRewritesNone() throws IOException {
        Path corpus = tmp.resolve("corpus");
        CorpusWriter.write(articles, corpus);
        // Inputs older than any report, whatever the file system's time resolution.
        try (Stream<Path> inputs = Files.list(corpus.resolve("txt"))) {
            for (Path p : inputs.toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        Path out = tmp.resolve("out");
        BatchOptions first = new BatchOptions(2, Duration.ofSeconds(30), out, ".report.json", false);
        BatchSummary firstSummary = runFolder(first, corpus.resolve("txt"));
        assertEquals(articles.size(), firstSummary.articles());
        Map<Path, FileTime> written = mtimes(out);
        assertEquals(articles.size(), written.size());

        // What a kill -9 during a write leaves: the temp file of the atomic write (never a half report).
        Path leftover = Files.writeString(out.resolve("." + articles.get(0).id() + ".report.json123456789.tmp"), "{");
        Path unrelated = Files.writeString(out.resolve(".notes.tmp"), "mine");
        BatchOptions resume = new BatchOptions(2, Duration.ofSeconds(30), out, ".report.json", true);
        BatchSummary second = runFolder(resume, corpus.resolve("txt"));
        assertEquals(0, second.articles());
        assertEquals(articles.size(), second.skipped());
        assertFalse(Files.exists(leftover), "--resume clears the temp files of the interrupted run");
        assertTrue(Files.exists(unrelated), "temp files that are not ours stay");
        Files.delete(unrelated);
        assertEquals(written, mtimes(out), "no report was rewritten");

        // An input edited after its report is checked again; the rest stay skipped.
        Path edited = corpus.resolve("txt").resolve(articles.get(2).id() + ".txt");
        Files.setLastModifiedTime(edited, FileTime.from(Instant.now().plusSeconds(3600)));
        BatchSummary third = runFolder(resume, corpus.resolve("txt"));
        assertEquals(1, third.articles());
        assertEquals(articles.size() - 1, third.skipped());
    }

    @Test
    void reportsAreWrittenAtomicallyAndNoTempFileIsLeft() throws IOException {
        Path corpus = tmp.resolve("corpus");
        CorpusWriter.write(articles, corpus);
        Path out = tmp.resolve("out");
        runFolder(new BatchOptions(2, Duration.ofSeconds(30), out, ".report.json", false), corpus.resolve("txt"));
        try (Stream<Path> all = Files.walk(out)) {
            List<String> names = all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertEquals(articles.size(), names.size(), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp") || n.startsWith(".")), names.toString());
            assertTrue(names.stream().allMatch(n -> n.endsWith(".report.json")), names.toString());
        }
    }

    @Test
    void aJsonlFileIsStreamedOneReportPerLineAndABadLineFailsAlone() throws IOException {
        List<Article> many = Corpus.generate(40, 11);
        Path dir = tmp.resolve("corpus");
        CorpusWriter.write(many, dir);
        Path jsonl = dir.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl));
        lines.set(9, "{\"title\": \"cut off");
        Files.write(jsonl, lines);
        Path out = tmp.resolve("out");

        WorkUnits units = new WorkUnits(checker, List.of(jsonl));
        assertEquals(1, units.fileCount(), "a .jsonl file is one input file however many articles it holds");
        BatchSummary summary = new BatchSummary();
        new BatchRunner(checker, new BatchOptions(2, Duration.ofSeconds(30), out, ".report.json", false), JSON)
                .run(units, summary::add);

        assertEquals(39, summary.articles());
        assertEquals(1, summary.failures().size());
        assertTrue(summary.failures().get(0).contains("corpus.jsonl:10"), summary.failures().get(0));
        for (int line = 1; line <= 40; line++) {
            // Line reports are named by the article's id.
            Path report = out.resolve("corpus").resolve(many.get(line - 1).id() + ".report.json");
            assertEquals(line != 10, Files.exists(report), report.toString());
        }
    }

    @Test
    void aTimedOutUnitNeverWritesItsReportEvenWhenItsWorkerFinishesLater() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch rendered = new CountDownLatch(1);
        Article a = articles.get(0);
        ClaimsDocument doc = checker.extract(a);
        // Ignores interrupts and finishes only after the batch has reported it timed out.
        WorkUnit late = new WorkUnit("late", "late", null, w -> {
            while (reported.getCount() > 0) {
                Thread.onSpinWait();
            }
            // The runner's cancelling interrupt may land a moment after the report: wait it out, then clear it,
            // so the check really runs to the end (on a loaded machine a single clear raced it).
            long until = System.nanoTime() + 500_000_000L;
            while (System.nanoTime() < until) {
                Thread.interrupted();
                Thread.onSpinWait();
            }
            Thread.interrupted();
            return doc;
        });
        Path out = tmp.resolve("out");
        BatchOptions options = new BatchOptions(1, Duration.ofMillis(200), out, ".report.json", false);
        List<Outcome> outcomes = new ArrayList<>();
        new BatchRunner(checker, options, (u, r) -> {
            rendered.countDown();
            return r.toJson();
        }).run(List.of(late).iterator(), o -> {
            outcomes.add(o);
            reported.countDown();
        });
        assertTrue(outcomes.get(0).failed() && outcomes.get(0).error().contains("timed out"));
        assertTrue(rendered.await(30, java.util.concurrent.TimeUnit.SECONDS), "the worker did finish");
        Thread.sleep(300); // past the rename it would have done
        assertEquals(List.of(), Files.exists(out) ? Files.list(out).toList() : List.of(), "no report, no temp file");
    }

    @Test
    void outOfMemoryInAWorkerEndsThatUnitAndTheBatchGoesOn() {
        WorkUnit hungry = new WorkUnit("hungry", "hungry", null, w -> {
            throw new OutOfMemoryError("Java heap space");
        });
        List<Outcome> outcomes = run(new BatchOptions(1, Duration.ofSeconds(30), null, ".report.json", false),
                List.of(hungry, good(0)));
        assertTrue(outcomes.get(0).error().startsWith("hungry: could not be checked: out of memory"),
                outcomes.get(0).error());
        assertFalse(outcomes.get(1).failed());
    }

    @Test
    void aReportNameThatWouldLeaveOutIsRefused() {
        BatchOptions options = new BatchOptions(1, Duration.ofSeconds(30), tmp.resolve("out"), ".report.json", false);
        for (String stem : List.of("../x", "a/../../x", "/etc/x")) {
            WorkUnit u = new WorkUnit(stem, stem, null, w -> null);
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> options.reportPath(u));
        }
        assertTrue(options.reportPath(good(0)).startsWith(tmp.resolve("out")));
    }

    @Test
    void segmentsAreEncodedSoTheyCanOnlyBeOneName() {
        assertEquals("%2E.%5C..%5CX", ReportNames.encodeSegment("..\\..\\X"));
        assertEquals("a%23b%3F%09c%0Ad%25e%7E2", ReportNames.encodeSegment("a#b?\tc\nd%e~2"));
        assertEquals("ünï cödé", ReportNames.encodeSegment("ünï cödé"));
        assertEquals("dots.%2E", ReportNames.encodeSegment("dots.."));
        String longName = ReportNames.encodeSegment("ü".repeat(300));
        assertTrue(longName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= ReportNames.MAX_SEGMENT_BYTES);
        assertEquals("./a%2523b.html", ReportNames.href("a%23b.html"));
    }

    private static BatchSummary runFolder(BatchOptions options, Path folder) {
        BatchSummary summary = new BatchSummary();
        new BatchRunner(checker, options, JSON).run(new WorkUnits(checker, List.of(folder)), summary::add);
        return summary;
    }

    private static Map<Path, FileTime> mtimes(Path dir) throws IOException {
        Map<Path, FileTime> m = new HashMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                m.put(p, Files.getLastModifiedTime(p));
            }
        }
        return m;
    }
}
