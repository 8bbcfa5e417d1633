package dev.claimcheck.cli;

import dev.claimcheck.batch.BatchOptions;
import dev.claimcheck.batch.BatchRunner;
import dev.claimcheck.batch.BatchSummary;
import dev.claimcheck.batch.Outcome;
import dev.claimcheck.batch.WorkUnits;
import dev.claimcheck.baseline.Baseline;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.input.InputException;
import dev.claimcheck.report.ReportFormat;
import dev.claimcheck.report.Severity;
import dev.claimcheck.report.TextReport;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code check}: articles or claims documents in, verification reports out. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check articles (.txt .md .html .json .jsonl) or claims documents (.json) and report findings.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or folders (searched recursively) to check; - reads one article from stdin.")
    List<Path> paths;

    @Option(names = "--stdin-name", defaultValue = "stdin.txt", paramLabel = "NAME",
            description = "Name (and so format, by extension) of the article read from - (default: ${DEFAULT-VALUE}).")
    String stdinName;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not in this baseline (written by --write-baseline).")
    Path baselineFile;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's findings in FILE, to accept them with --baseline.")
    Path writeBaseline;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one report file per article into DIR.")
    Path out;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--threads", paramLabel = "N", description = "Articles checked at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Per-article time limit; an article over it is reported as failed (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-article-size", defaultValue = "2MB", paramLabel = "SIZE",
            description = "Largest article (a file, or a .jsonl line) checked; larger ones are reported as failed. "
                    + "Bytes, or with KB or MB (default: ${DEFAULT-VALUE}).")
    String maxArticleSize;

    @Option(names = "--resume", description = "With --out: skip articles whose report is newer than the input.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no batch summary.")
    boolean quiet;

    @Option(names = "--no-color", description = "Never colour the text output.")
    boolean noColor;

    @Option(names = "--reference", arity = "1..*", paramLabel = "PATH",
            description = "Reference texts (files or folders, any article format) every article is compared with: "
                    + "wire copy, press releases, earlier stories.")
    List<Path> references = new java.util.ArrayList<>();

    @Option(names = "--index", paramLabel = "FILE",
            description = "A saved cross-article index (from --write-index) to compare with, e.g. a newsroom archive.")
    Path indexFile;

    @Option(names = "--write-index", paramLabel = "FILE",
            description = "Save the cross-article index built for this run (--index, --reference and, with "
                    + "--cross-batch, the batch) to FILE.")
    Path writeIndex;

    @Option(names = "--cross-batch", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compare the articles of a batch with each other (default: on; --no-cross-batch to skip).")
    boolean crossBatch;

    @Mixin
    RulesOptions rulesOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold;
        try {
            threshold = Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            err.println("claimcheck: --fail-on: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        if (resume && out == null) {
            err.println("claimcheck: --resume needs --out");
            return ExitCodes.INPUT_ERROR;
        }
        Duration timeout;
        long maxBytes;
        try {
            timeout = CliValues.timeout(timeoutSeconds);
            maxBytes = CliValues.size(maxArticleSize);
        } catch (IllegalArgumentException e) {
            err.println("claimcheck: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        if (threads != null && threads < 1) {
            err.println("claimcheck: --threads: " + threads + " is not a number of threads (at least 1)");
            return ExitCodes.INPUT_ERROR;
        }
        Optional<ClaimChecker> checker = rulesOptions.checker(err);
        if (checker.isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        Baseline baseline = null;
        if (baselineFile != null) {
            try {
                baseline = Baseline.read(baselineFile);
            } catch (InputException e) {
                err.println("claimcheck: " + e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
        }
        Inputs inputs;
        try {
            inputs = new Inputs(paths, stdinName, maxBytes, rulesOptions, checker.get(), out, format);
        } catch (IOException e) {
            err.println("claimcheck: -: stdin could not be read: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Optional<ClaimChecker> crossChecker = CrossBatch.prepare(checker.get(), this, inputs, n, maxBytes, err);
        if (crossChecker.isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        checker = crossChecker;
        BatchOptions options = new BatchOptions(n, timeout, out, format.extension(), resume);
        // index.html is the HTML batch's own page: no article may take its name.
        WorkUnits units = new WorkUnits(checker.get(), inputs.paths(),
                format == ReportFormat.html ? java.util.Set.of("index") : java.util.Set.of(), maxBytes, inputs);
        ReportOutput output = new ReportOutput(format, stdout, checker.get().rules(),
                !noColor && TextReport.terminalSupportsColour(), isSingleInput());
        Baseline.Run accepted = baseline == null ? null : baseline.startRun();
        java.util.Queue<Baseline.Entry> recorded = new java.util.concurrent.ConcurrentLinkedQueue<>();
        BatchRunner runner = new BatchRunner(checker.get(), options, output::renderFile, (unit, report) -> {
            String key = baselineKey(unit, report);
            if (writeBaseline != null) {
                recorded.addAll(Baseline.entriesOf(key, report));
            }
            return accepted == null ? report : accepted.filter(key, report);
        });
        BatchSummary summary = new BatchSummary();
        boolean[] failing = {false};
        try (ProgressBar bar = progressBar(units.fileCount())) {
            runner.run(units, outcome -> {
                summary.add(outcome);
                outcome.warnings().forEach(w -> err.println("claimcheck: warning: " + w));
                if (bar != null) {
                    bar.step();
                    bar.setExtraMessage(outcome.unit().path());
                }
                if (outcome.skipped()) {
                    // --resume: what the earlier run found still counts, or a rerun would turn a red build green.
                    runner.earlierWorst(outcome.unit()).filter(w -> !w.equals("none"))
                            .ifPresent(w -> failing[0] |= threshold.isReachedBy(w));
                } else if (outcome.failed()) {
                    err.println("claimcheck: " + outcome.error());
                    err.flush();
                } else if (outcome.report() != null) {
                    failing[0] |= outcome.report().hasFindingsAtOrAbove(threshold);
                    if (out == null) {
                        output.emit(outcome);
                    } else {
                        output.written(outcome);
                    }
                }
            });
        } catch (OutOfMemoryError e) {
            // The JVM could not recover inside a worker: stop now, with what was done, rather than hang.
            summary.addFailure("out of memory: the batch stopped early; the inputs after the last one reported were"
                    + " not checked (try a smaller --max-article-size, fewer --threads or more heap)");
            err.println("claimcheck: out of memory; batch stopped");
        }
        boolean written = out != null || output.finish(err);
        stdout.flush();
        if (!quiet && (out != null || summary.articles() + summary.failures().size() + summary.skipped() > 1)) {
            err.println(summary.render());
        }
        if (inputs.excluded() > 0 && !quiet) {
            err.println("claimcheck: " + inputs.excluded() + " input(s) left out by exclude: in the config");
        }
        if (accepted != null && !quiet) {
            err.println("claimcheck: baseline " + baselineFile + ": " + accepted.matched() + " finding(s) accepted, "
                    + accepted.gone() + " baseline entr" + (accepted.gone() == 1 ? "y" : "ies") + " no longer occur");
        }
        if (writeBaseline != null) {
            try {
                Baseline.of(new java.util.ArrayList<>(recorded)).write(writeBaseline);
                if (!quiet) {
                    err.println("claimcheck: baseline of " + recorded.size() + " finding(s) written to " + writeBaseline);
                }
            } catch (IOException e) {
                err.println("claimcheck: " + writeBaseline + ": could not be written: " + e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
        }
        inputs.close();
        if (!written) {
            err.flush();
            return ExitCodes.INPUT_ERROR;
        }
        if (out != null) {
            try {
                output.writeIndex(out);
            } catch (IOException e) {
                err.println("claimcheck: " + out.resolve("index.html") + ": could not be written: " + e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
        }
        err.flush();
        if (!summary.failures().isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        return failing[0] ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** One plain file (not a folder, not a .jsonl batch): its report is printed whole, not as JSON Lines. */
    boolean isSingleInput() {
        if (paths.size() == 1 && paths.get(0).toString().equals(Inputs.STDIN)) {
            return !stdinName.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
        }
        return paths.size() == 1 && java.nio.file.Files.isRegularFile(paths.get(0))
                && !paths.get(0).toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
    }

    /**
     * A finding's article in a baseline: the input path as given ('/' separators, no leading ./), and for a line
     * of a .jsonl file the file and the article's id, so reordering the feed does not make its findings new.
     */
    static String baselineKey(dev.claimcheck.batch.WorkUnit unit, dev.claimcheck.report.VerificationReport report) {
        String file = (unit.inputFile() != null ? unit.inputFile().toString() : unit.path()).replace('\\', '/');
        while (file.startsWith("./")) {
            file = file.substring(2);
        }
        boolean jsonl = file.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
        return jsonl ? file + "#" + report.article().id() : unit.path().replace('\\', '/').replaceFirst("^(\\./)+", "");
    }

    /** A progress bar on stderr when stderr is a terminal and the user did not ask for quiet. */
    private ProgressBar progressBar(int files) {
        if (quiet || !Terminal.interactive()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Checking").setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .build();
    }
}
