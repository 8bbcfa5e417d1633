package dev.claimcheck.cli;

import dev.claimcheck.batch.WorkUnits;
import dev.claimcheck.crossref.CrossIndex;
import dev.claimcheck.crossref.IndexFile;
import dev.claimcheck.crossref.ReferenceCorpus;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.report.ReportFormat;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first pass of a cross-article run: the index every article is compared with, built before any article is
 * checked (a batch article can only be compared with those after it once they are indexed). It reads a saved
 * index (--index), adds the reference texts (--reference), then every article of the batch (--cross-batch, text
 * only, no extraction; .jsonl streamed again line by line), and saves it (--write-index). The second pass is the
 * ordinary batch, each article checked against the index.
 */
final class CrossBatch {
    private CrossBatch() {
    }

    /** The checker for the run (with its index), or empty after naming the problem on {@code err}. */
    static Optional<ClaimChecker> prepare(ClaimChecker checker, CheckCommand cmd, Inputs inputs, int threads,
                                          long maxBytes, PrintWriter err) {
        boolean batch = cmd.crossBatch && !cmd.isSingleInput();
        if (cmd.indexFile == null && cmd.references.isEmpty() && !batch && cmd.writeIndex == null) {
            return Optional.of(checker);
        }
        CrossIndex.Builder builder;
        try {
            builder = cmd.indexFile == null ? CrossIndex.builder() : new CrossIndex.Builder(IndexFile.read(cmd.indexFile));
        } catch (IOException e) {
            err.println("claimcheck: --index: " + e.getMessage());
            return Optional.empty();
        }
        if (!cmd.references.isEmpty()) {
            List<String> problems = ReferenceCorpus.add(checker, cmd.references, builder, threads);
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println("claimcheck: --reference: " + p));
                return Optional.empty();
            }
        }
        if (batch) {
            Set<String> reserved = cmd.format == ReportFormat.html ? Set.of("index") : Set.of();
            // Units that cannot be read are left out here; the check itself reports them. The same inputs as the
            // check (stdin's stand-in, exclude: of the discovered configs), named alike, so each unit's key is its own.
            ReferenceCorpus.add(new WorkUnits(checker, inputs.paths(), reserved, maxBytes, inputs.forIndexing()),
                    builder, threads, true);
        }
        CrossIndex index = builder.build();
        if (cmd.writeIndex != null) {
            try {
                IndexFile.write(index, cmd.writeIndex);
            } catch (IOException e) {
                err.println("claimcheck: --write-index: " + cmd.writeIndex + ": " + e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(checker.withReference(index));
    }
}
