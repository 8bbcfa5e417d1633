package dev.claimcheck.server;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.engine.RuleConfig;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.VerificationReport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs checks with at most {@code threads} at once, each under the time limit (counted from its start). An article
 * over the limit gets its error at once and frees its permit; its thread is interrupted and abandoned, as the CLI's
 * batch does, because a Drools run cannot be stopped from outside and one pathological article must not hold a
 * worker or the client.
 */
final class Checks implements AutoCloseable {
    private final ClaimChecker checker;
    private final Duration timeout;
    private final Semaphore permits;
    private final Metrics metrics;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("claimcheck-check"));
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemons("claimcheck-watchdog"));

    Checks(ClaimChecker checker, int threads, Duration timeout, Metrics metrics) {
        this.checker = checker;
        this.timeout = timeout;
        this.permits = new Semaphore(threads, true);
        this.metrics = metrics;
    }

    ClaimChecker checker() {
        return checker;
    }

    /** Checks one request's article under the server's config and the request's overrides; waits for the report. */
    VerificationReport check(ArticleRequest request) {
        return join(submitCheck(request));
    }

    /** Starts a check once a thread is free (blocking until then) and returns its future report. */
    CompletableFuture<VerificationReport> submitCheck(ArticleRequest request) {
        RuleConfig config = request.overrides().applyTo(checker.config(), checker.rules());
        return submit(() -> {
            VerificationReport report = checker.check(request.article(), config);
            metrics.checked(report);
            return report;
        });
    }

    ClaimsDocument extract(ArticleRequest request) {
        return join(submit(() -> checker.extract(request.article())));
    }

    private <T> CompletableFuture<T> submit(Supplier<T> work) {
        permits.acquireUninterruptibly();
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicReference<Thread> runner = new AtomicReference<>();
        workers.execute(() -> {
            runner.set(Thread.currentThread());
            try {
                if (result.complete(work.get())) {
                    permits.release();
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // One pathological article must not take a worker down; the client gets a 500 naming no internals.
                if (result.completeExceptionally(new ApiException(500, "check-failed",
                        "the article could not be checked (" + e.getClass().getSimpleName() + ")"))) {
                    permits.release();
                }
            }
        });
        watchdog.schedule(() -> {
            if (result.completeExceptionally(new ApiException(422, "time-limit",
                    "the article was not checked within the " + describe(timeout) + " time limit"))) {
                permits.release();
                Thread t = runner.get();
                if (t != null) {
                    t.interrupt();
                }
            }
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return result;
    }

    /** The result, or the ApiException it ended with. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            throw e;
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        workers.shutdownNow();
        watchdog.shutdownNow();
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
