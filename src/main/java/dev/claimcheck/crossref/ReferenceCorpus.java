package dev.claimcheck.crossref;

import dev.claimcheck.batch.WorkUnit;
import dev.claimcheck.batch.WorkUnits;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.model.Article;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads articles (files, folders, .jsonl streamed line by line, as {@code check} reads them) into a
 * {@link CrossIndex.Builder}. Articles are read and hashed on {@code threads} threads but added in input order, so
 * the same inputs always give the same index. Nothing is extracted: indexing needs only the text.
 */
public final class ReferenceCorpus {
    private ReferenceCorpus() {
    }

    /** Reference texts: indexed without their text (figure sentences kept), no report page. Returns the problems. */
    public static List<String> add(ClaimChecker checker, List<Path> paths, CrossIndex.Builder index, int threads) {
        return add(new WorkUnits(checker, paths), index, threads, false);
    }

    /**
     * Adds every unit's article. {@code batch}: the units are the batch being checked, indexed under their path
     * with their report page and whole text (for the side-by-side view); a unit that cannot be read is left out
     * (the check reports it). Returns one line per unit that could not be read.
     */
    public static List<String> add(Iterator<WorkUnit> units, CrossIndex.Builder index, int threads, boolean batch) {
        List<String> problems = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "claimcheck-indexer");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<CrossIndex.Builder.Prepared>> window = new ArrayDeque<>();
        try {
            while (units.hasNext()) {
                WorkUnit unit = units.next();
                window.addLast(pool.submit(() -> prepare(unit, batch)));
                if (window.size() >= threads * 16) {
                    take(window.removeFirst(), index, problems);
                }
            }
            while (!window.isEmpty()) {
                take(window.removeFirst(), index, problems);
            }
        } finally {
            pool.shutdownNow();
        }
        return problems;
    }

    private static CrossIndex.Builder.Prepared prepare(WorkUnit unit, boolean batch) throws Exception {
        Article a = unit.loadArticle();
        IndexedDoc doc = new IndexedDoc(unit.path(), a.id(), a.title(), a.url(), a.outlet(),
                batch ? unit.outputStem() : null, batch ? a.text() : null);
        return CrossIndex.Builder.prepare(doc, a.text());
    }

    private static void take(Future<CrossIndex.Builder.Prepared> f, CrossIndex.Builder index, List<String> problems) {
        try {
            index.add(f.get());
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            problems.add(c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        }
    }
}
