package dev.claimcheck.batch;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.input.InputException;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.VerificationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.BiFunction;

/**
 * Runs a batch: at most {@code threads} articles at once, each under a time limit, outcomes handed to the caller
 * in input order. Memory stays flat whatever the batch size: units are pulled from an iterator as workers free
 * up, and at most a small window of finished outcomes waits for its turn.
 *
 * <p>A unit that overruns the timeout is reported as an error at once and its permit freed; its worker thread
 * is interrupted and abandoned (threads are daemons), so one pathological article cannot stall the batch.
 */
public final class BatchRunner {
    private final ClaimChecker checker;
    private final BatchOptions options;
    private final BiFunction<WorkUnit, VerificationReport, String> renderer;

    /**
     * @param renderer renders one report for its file under --out (unused when outDir is null)
     */
    public BatchRunner(ClaimChecker checker, BatchOptions options, BiFunction<WorkUnit, VerificationReport, String> renderer) {
        this.checker = checker;
        this.options = options;
        this.renderer = renderer;
    }

    /** Processes every unit; {@code sink} receives each outcome, in input order, on the calling thread. */
    public void run(Iterator<WorkUnit> units, Consumer<Outcome> sink) {
        if (options.resume() && options.outDir() != null) {
            StaleTempFiles.remove(options.outDir(), options.extension());
        }
        ExecutorService workers = Executors.newCachedThreadPool(daemons("claimcheck-worker"));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemons("claimcheck-watchdog"));
        Semaphore permits = new Semaphore(options.threads());
        int window = options.threads() * 8;
        Deque<CompletableFuture<Outcome>> pending = new ArrayDeque<>();
        try {
            while (units.hasNext()) {
                WorkUnit unit = units.next();
                while (pending.size() >= window) {
                    sink.accept(join(pending.removeFirst()));
                }
                if (options.resume() && isUpToDate(unit)) {
                    pending.addLast(CompletableFuture.completedFuture(Outcome.skip(unit)));
                    continue;
                }
                permits.acquireUninterruptibly();
                pending.addLast(submit(unit, workers, watchdog, permits));
            }
            while (!pending.isEmpty()) {
                sink.accept(join(pending.removeFirst()));
            }
        } finally {
            workers.shutdownNow();
            watchdog.shutdownNow();
        }
    }

    private CompletableFuture<Outcome> submit(WorkUnit unit, ExecutorService workers,
                                              ScheduledExecutorService watchdog, Semaphore permits) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        AtomicReference<Thread> runner = new AtomicReference<>();
        long start = System.nanoTime();
        workers.execute(() -> {
            runner.set(Thread.currentThread());
            Outcome outcome = process(unit, start);
            if (result.complete(outcome)) {
                permits.release();
            }
        });
        watchdog.schedule(() -> {
            String limit = options.timeout().toMillis() >= 1000 && options.timeout().toMillis() % 1000 == 0
                    ? options.timeout().toSeconds() + " s" : options.timeout().toMillis() + " ms";
            if (result.complete(Outcome.error(unit, unit.path() + ": timed out after " + limit + "; skipped",
                    elapsed(start)))) {
                permits.release();
                Thread t = runner.get();
                if (t != null) {
                    t.interrupt();
                }
            }
        }, options.timeout().toNanos(), TimeUnit.NANOSECONDS);
        return result;
    }

    private Outcome process(WorkUnit unit, long start) {
        try {
            ClaimsDocument doc = unit.loader().load();
            VerificationReport report = checker.check(doc);
            if (options.outDir() != null) {
                TextFiles.writeAtomically(options.reportPath(unit), renderer.apply(unit, report));
            }
            return Outcome.ok(unit, report, elapsed(start));
        } catch (InputException e) {
            return Outcome.error(unit, e.getMessage(), elapsed(start));
        } catch (IOException e) {
            return Outcome.error(unit, unit.path() + ": report could not be written: " + e.getMessage(), elapsed(start));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // One pathological article must not take the batch down with it.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Outcome.error(unit, unit.path() + ": could not be checked: " + why, elapsed(start));
        }
    }

    private boolean isUpToDate(WorkUnit unit) {
        if (options.outDir() == null || unit.outputStem() == null || unit.inputFile() == null) {
            return false;
        }
        try {
            Path report = options.reportPath(unit);
            return Files.exists(report)
                    && Files.getLastModifiedTime(report).compareTo(Files.getLastModifiedTime(unit.inputFile())) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Outcome join(CompletableFuture<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
