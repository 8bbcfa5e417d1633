package dev.claimcheck.cli;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.engine.Inputs;
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
        InputFiles.Expansion inputs = InputFiles.expand(paths);
        int failed = inputs.errors().size();
        inputs.errors().forEach(e -> err.println("claimcheck: " + e));
        int written = 0;
        for (InputFiles.InputFile in : inputs.files()) {
            try {
                List<Inputs.Input> units = Inputs.read(in.file());
                for (Inputs.Input unit : units) {
                    ClaimsDocument doc = unit.document() != null ? unit.document() : checker.get().extract(unit.article());
                    if (out == null) {
                        stdout.println(ClaimsDocumentJson.toJson(doc));
                    } else {
                        String stem = units.size() == 1 ? in.outputStem() : parentOf(in.outputStem()) + doc.article().id();
                        TextFiles.writeAtomically(out.resolve(stem + ".claims.json"), ClaimsDocumentJson.toJson(doc));
                    }
                    written++;
                }
            } catch (InputException e) {
                err.println("claimcheck: " + e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println("claimcheck: " + in.file() + ": could not write claims document: " + e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                err.println("claimcheck: " + in.file() + ": extraction failed: " + e);
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

    static String parentOf(String stem) {
        int slash = stem.lastIndexOf('/');
        return slash < 0 ? "" : stem.substring(0, slash + 1);
    }
}
