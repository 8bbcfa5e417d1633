package dev.claimcheck.cli;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.eval.AnnotationSet;
import dev.claimcheck.eval.ExtractionReport;
import dev.claimcheck.eval.ExtractionScorer;
import dev.claimcheck.eval.FindingReport;
import dev.claimcheck.eval.FindingScorer;
import dev.claimcheck.input.ArticleReader;
import dev.claimcheck.input.InputException;
import dev.claimcheck.model.ClaimsDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code evaluate}: extraction and rules against the hand-annotated evaluation set (eval/annotations, see
 * docs/ANNOTATION-GUIDE.md), printed as the Markdown tables docs/EVALUATION.md quotes.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score extraction and findings against the hand-annotated evaluation set (eval/annotations).")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "Repository root holding eval/ (PolNeAR references resolve to DIR/../shared). Default: current directory.")
    Path repo;

    @Option(names = "--details", description = "Also list every wrong and missed finding.")
    boolean details;

    @Mixin
    RulesOptions rulesOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ClaimChecker> checker = rulesOptions.checker(err);
        if (checker.isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        AnnotationSet set = AnnotationSet.load(repo);
        Map<Path, ClaimsDocument> docs = new HashMap<>();
        java.util.function.Function<Path, ClaimsDocument> extract = p -> docs.computeIfAbsent(p, f -> {
            try {
                return checker.get().extract(ArticleReader.read(f).get(0));
            } catch (InputException e) {
                throw new UncheckedIOException(new java.io.IOException(e.getMessage()));
            }
        });
        ExtractionReport extraction = ExtractionScorer.score(set, extract);
        FindingReport findings = FindingScorer.score(set, p -> checker.get().check(extract.apply(p)).findings());
        out.println("Annotated articles: " + set.articles().size());
        out.println();
        out.println("## Extraction");
        out.println();
        out.println(extraction.toMarkdown());
        out.println("## Findings");
        out.println();
        out.println(findings.toMarkdown());
        if (details) {
            findings.details().forEach(d -> out.println("- " + d));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
