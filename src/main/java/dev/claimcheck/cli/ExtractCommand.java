package dev.claimcheck.cli;

import dev.claimcheck.batch.BatchOptions;
import dev.claimcheck.batch.WorkUnit;
import dev.claimcheck.batch.WorkUnits;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.input.InputException;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.model.ClaimsDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code extract}: articles in, claims documents out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract claims documents (claims, sources, attributions, quantities, names, dates) from articles.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders (.txt .md .html .json .jsonl).")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one NAME.claims.json per article here (default: stdout).")
    Path out;

    @Mixin
    RulesOptions rulesOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ClaimChecker> checker = rulesOptions.checker(err);
        if (checker.isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        int written = 0;
        int failed = 0;
        for (WorkUnits units = new WorkUnits(checker.get(), paths); units.hasNext(); ) {
            WorkUnit unit = units.next();
            try {
                ClaimsDocument doc = unit.loader().load(w -> err.println("claimcheck: warning: " + w));
                if (out == null) {
                    stdout.println(ClaimsDocumentJson.toJson(doc));
                } else {
                    // Same names as check's reports, so the same containment check applies.
                    Path file = new BatchOptions(1, java.time.Duration.ofSeconds(1), out, ".claims.json", false)
                            .reportPath(unit);
                    TextFiles.writeAtomically(file, ClaimsDocumentJson.toJson(doc));
                }
                written++;
            } catch (InputException e) {
                err.println("claimcheck: " + e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println("claimcheck: " + unit.path() + ": could not write claims document: " + e.getMessage());
                failed++;
            } catch (Exception e) {
                err.println("claimcheck: " + unit.path() + ": extraction failed: " + e.getMessage());
                failed++;
            }
        }
        stdout.flush();
        if (out != null) {
            err.printf("extracted %d claims document(s) into %s; %d input(s) failed%n", written, out, failed);
        }
        err.flush();
        return failed > 0 ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
    }
}
