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
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Runs a batch: at most {@code threads} articles at once, each under a time limit, outcomes handed to the caller
 * in input order. Memory stays flat whatever the batch size: units are pulled from an iterator as workers free
 * up, and at most a small window of finished outcomes waits for its turn.
 *
 * <p>A unit that overruns the timeout is reported as an error at once and its permit freed. Its worker is
 * interrupted, which extraction and rule evaluation check, so it stops soon; and whatever it still does, it can
 * no longer write: its report is renamed into place only under the unit's {@link Attempt} lock, and only if the
 * unit has not been settled as timed out. So --out holds a report exactly for the units reported as checked, and
 * --resume never takes a timed-out unit for done. A failed unit's report from an earlier run is removed for the
 * same reason.
 */
public final class BatchRunner {
    /** How long past its deadline the caller waits for a unit before settling it itself (a dead watchdog). */
    private static final long GRACE_MILLIS = 2_000;
    private final ClaimChecker checker;
    private final BatchOptions options;
    private final BiFunction<WorkUnit, VerificationReport, String> renderer;
    private final BiFunction<WorkUnit, VerificationReport, VerificationReport> after;
    /** What the reports --resume skipped had found, read back from them (see {@link EarlierReports}). */
    private final java.util.Map<String, String> earlier = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param renderer renders one report for its file under --out (unused when outDir is null)
     */
    public BatchRunner(ClaimChecker checker, BatchOptions options, BiFunction<WorkUnit, VerificationReport, String> renderer) {
        this(checker, options, renderer, (u, r) -> r);
    }

    /**
     * @param after applied to each report on its worker before it is rendered or handed on (a baseline filtering
     *              out accepted findings); must be thread-safe
     */
    public BatchRunner(ClaimChecker checker, BatchOptions options, BiFunction<WorkUnit, VerificationReport, String> renderer,
                       BiFunction<WorkUnit, VerificationReport, VerificationReport> after) {
        this.checker = checker;
        this.options = options;
        this.renderer = renderer;
        this.after = after;
    }

    /**
     * The most severe finding of a unit's report from an earlier run ("none" when it had none), so a unit --resume
     * skips still counts toward the exit code. Empty when unknown.
     */
    public java.util.Optional<String> earlierWorst(WorkUnit unit) {
        return unit.outputStem() == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(earlier.get(unit.outputStem()));
    }

    /** Processes every unit; {@code sink} receives each outcome, in input order, on the calling thread. */
    public void run(Iterator<WorkUnit> units, Consumer<Outcome> sink) {
        if (options.resume() && options.outDir() != null) {
            StaleTempFiles.remove(options.outDir(), options.extension());
        }
        ThreadFactory workers = daemons("claimcheck-worker");
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemons("claimcheck-watchdog"));
        Semaphore permits = new Semaphore(options.threads());
        int window = options.threads() * 8;
        Deque<Attempt> pending = new ArrayDeque<>();
        try {
            while (units.hasNext()) {
                WorkUnit unit = units.next();
                while (pending.size() >= window) {
                    deliver(join(pending.removeFirst()), sink);
                }
                if (options.resume() && isUpToDate(unit)) {
                    pending.addLast(Attempt.done(unit, Outcome.skip(unit)));
                    continue;
                }
                permits.acquireUninterruptibly();
                pending.addLast(submit(unit, workers, watchdog, permits));
            }
            while (!pending.isEmpty()) {
                deliver(join(pending.removeFirst()), sink);
            }
        } finally {
            watchdog.shutdownNow();
            pending.forEach(a -> a.settle(timedOut(a), null));
        }
    }

    private Attempt submit(WorkUnit unit, ThreadFactory workers, ScheduledExecutorService watchdog, Semaphore permits) {
        Attempt attempt = new Attempt(unit, permits, System.nanoTime() + options.timeout().toNanos());
        Thread t = workers.newThread(() -> process(attempt));
        attempt.worker = t;
        t.start();
        watchdog.schedule(() -> {
            try {
                attempt.settle(timedOut(attempt), null);
            } catch (Throwable e) {
                // The caller's timed wait settles the unit if this cannot; the watchdog itself must live on.
            }
        }, options.timeout().toNanos(), TimeUnit.NANOSECONDS);
        return attempt;
    }

    /** Runs on the unit's own worker thread; settles the attempt whatever happens. */
    private void process(Attempt attempt) {
        WorkUnit unit = attempt.unit;
        List<String> warnings = new java.util.ArrayList<>();
        try {
            ClaimsDocument doc = unit.loader().load(warnings::add);
            // The unit's path is its key in a cross-batch index: an article is never compared with itself.
            VerificationReport report = after.apply(unit, checker.check(doc,
                    unit.config() == null ? checker.config() : unit.config(), unit.path()));
            Outcome ok = Outcome.ok(unit, report, attempt.elapsed(), warnings);
            if (options.outDir() != null && unit.outputStem() != null) {
                Path target = options.reportPath(unit);
                Path tmp = TextFiles.writeTemp(target, renderer.apply(unit, report));
                if (!attempt.settle(ok, () -> TextFiles.commit(tmp, target))) {
                    Files.deleteIfExists(tmp);
                }
            } else {
                attempt.settle(ok, null);
            }
        } catch (InputException e) {
            attempt.settle(Outcome.error(unit, e.getMessage(), attempt.elapsed(), warnings), null);
        } catch (IOException e) {
            attempt.settle(Outcome.error(unit, unit.path() + ": report could not be written: " + e.getMessage(),
                    attempt.elapsed(), warnings), null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // One pathological article must not take the batch down with it. After a timeout this is usually the
            // cancellation itself; the attempt is settled already and this outcome is dropped.
            String why = e instanceof OutOfMemoryError ? "out of memory (try a smaller --max-article-size or more"
                    + " heap)" : describe(e);
            attempt.settle(Outcome.error(unit, unit.path() + ": could not be checked: " + why, attempt.elapsed(),
                    warnings), null);
        } finally {
            // Reached even when building an error message failed for want of memory: the batch must not wait.
            attempt.settle(attempt.fallback, null);
        }
    }

    /** The failure and, when a rule engine wraps it, its root cause: the part a user can act on. */
    private static String describe(Throwable e) {
        String top = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? top : top + " (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }

    /** Hands an outcome on; a failed unit's report from an earlier run goes, so --resume re-checks it. */
    private void deliver(Outcome o, Consumer<Outcome> sink) {
        if (o.failed() && options.outDir() != null && o.unit().outputStem() != null) {
            try {
                Files.deleteIfExists(options.reportPath(o.unit()));
            } catch (IOException | IllegalArgumentException e) {
                // An old report we cannot remove is only stale; the failure itself is reported below.
            }
        }
        sink.accept(o);
    }

    private Outcome timedOut(Attempt a) {
        long ms = options.timeout().toMillis();
        String limit = ms >= 1000 && ms % 1000 == 0 ? options.timeout().toSeconds() + " s" : ms + " ms";
        return Outcome.error(a.unit, a.unit.path() + ": timed out after " + limit + "; not checked, no report written",
                a.elapsed(), List.of());
    }

    private boolean isUpToDate(WorkUnit unit) {
        if (options.outDir() == null || unit.outputStem() == null || unit.inputFile() == null) {
            return false;
        }
        try {
            Path report = options.reportPath(unit);
            if (!Files.exists(report)
                    || Files.getLastModifiedTime(report).compareTo(Files.getLastModifiedTime(unit.inputFile())) <= 0) {
                return false;
            }
            // A report whose findings cannot be read back is checked again: the exit code must not forget it.
            java.util.Optional<String> worst = EarlierReports.worst(report, options.extension());
            worst.ifPresent(w -> earlier.put(unit.outputStem(), w));
            return worst.isPresent();
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Waits for a unit; if even its deadline plus a grace period passes unsettled, settles it as timed out. */
    private Outcome join(Attempt a) {
        try {
            long wait = Math.max(0, a.deadline - System.nanoTime()) + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
            return a.result.get(wait, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            a.settle(timedOut(a), null);
            return a.result.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Writes a report into place; run under the attempt's lock. */
    @FunctionalInterface
    private interface Commit {
        void run() throws IOException;
    }

    /**
     * One unit's run. The worker, the watchdog and the caller race to settle it; the first wins, under one lock,
     * and frees the unit's permit. The worker's report is committed inside that same lock, so a unit settled as
     * timed out can never have its report appear afterwards.
     */
    private static final class Attempt {
        final WorkUnit unit;
        final java.util.concurrent.CompletableFuture<Outcome> result = new java.util.concurrent.CompletableFuture<>();
        final long start = System.nanoTime();
        final long deadline;
        /** Built up front: when memory has run out, even an error message may not be buildable later. */
        final Outcome fallback;
        private final Semaphore permits;
        private boolean settled;
        volatile Thread worker;

        Attempt(WorkUnit unit, Semaphore permits, long deadline) {
            this.unit = unit;
            this.permits = permits;
            this.deadline = deadline;
            this.fallback = Outcome.error(unit, unit.path() + ": could not be checked (the worker failed)", 0,
                    List.of());
        }

        static Attempt done(WorkUnit unit, Outcome outcome) {
            Attempt a = new Attempt(unit, null, System.nanoTime());
            a.settled = true;
            a.result.complete(outcome);
            return a;
        }

        /**
         * Settles with {@code outcome} unless already settled; {@code commit} (may be null) runs first, under the
         * lock. A failed commit settles the unit as an error instead. Returns whether this call settled it.
         */
        synchronized boolean settle(Outcome outcome, Commit commit) {
            if (settled) {
                return false;
            }
            settled = true;
            Outcome o = outcome;
            if (commit != null) {
                try {
                    commit.run();
                } catch (IOException e) {
                    o = Outcome.error(unit, unit.path() + ": report could not be written: " + e.getMessage(),
                            elapsed(), outcome.warnings());
                }
            }
            result.complete(o);
            if (permits != null) {
                permits.release();
            }
            Thread t = worker;
            if (o.failed() && t != null && t != Thread.currentThread()) {
                t.interrupt(); // the worker checks this between and inside its steps, and stops
            }
            return true;
        }

        double elapsed() {
            return (System.nanoTime() - start) / 1e6;
        }
    }
}
