package dev.claimcheck.cli;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.engine.Inputs;
import dev.claimcheck.input.InputException;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.Severity;
import dev.claimcheck.report.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code check}: articles or claims documents in, verification reports out. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check articles (.txt .md .html .json .jsonl) or claims documents (.json) and report findings.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to check.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one report file per article into DIR.")
    Path out;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Mixin
    RulesOptions rulesOptions;

    @Spec
    CommandSpec spec;

    /** A checked article: where it came from and its report. */
    record Checked(String path, String outputStem, VerificationReport report) {
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = Severity.parse(failOn);
        Optional<ClaimChecker> checker = rulesOptions.checker(err);
        if (checker.isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        InputFiles.Expansion inputs = InputFiles.expand(paths);
        List<String> failures = new ArrayList<>(inputs.errors());
        List<Checked> checked = new ArrayList<>();
        for (InputFiles.InputFile in : inputs.files()) {
            try {
                List<Inputs.Input> units = Inputs.read(in.file());
                for (Inputs.Input unit : units) {
                    ClaimsDocument doc = unit.document() != null ? unit.document() : checker.get().extract(unit.article());
                    String stem = units.size() == 1 ? in.outputStem()
                            : ExtractCommand.parentOf(in.outputStem()) + doc.article().id();
                    checked.add(new Checked(in.file().toString(), stem, checker.get().check(doc)));
                }
            } catch (InputException e) {
                failures.add(e.getMessage());
            } catch (RuntimeException e) {
                failures.add(in.file() + ": could not be checked: " + e);
            }
        }
        failures.forEach(f -> err.println("claimcheck: " + f));
        try {
            write(checked, stdout, err);
        } catch (IOException e) {
            err.println("claimcheck: could not write reports: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        stdout.flush();
        err.flush();
        if (!failures.isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        boolean failing = checked.stream().anyMatch(c -> c.report().hasFindingsAtOrAbove(threshold));
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void write(List<Checked> checked, PrintWriter stdout, PrintWriter err) throws IOException {
        if (out != null) {
            for (Checked c : checked) {
                TextFiles.writeAtomically(out.resolve(c.outputStem() + extension()), render(List.of(c)));
            }
            err.printf("wrote %d report(s) to %s%n", checked.size(), out);
            return;
        }
        if (format == Format.json) {
            for (Checked c : checked) {
                stdout.println(checked.size() == 1 ? c.report().toJson() : c.report().toJsonLine());
            }
        } else {
            stdout.print(render(checked));
        }
    }

    private String extension() {
        return format == Format.json ? ".report.json" : ".report.txt";
    }

    private String render(List<Checked> checked) {
        if (format == Format.json) {
            return checked.get(0).report().toJson() + System.lineSeparator();
        }
        StringBuilder sb = new StringBuilder();
        for (Checked c : checked) {
            for (Finding f : c.report().findings()) {
                sb.append(c.path()).append(": ").append(f.severity()).append(' ').append(f.category()).append(' ')
                        .append(f.ruleId()).append(' ').append(f.message()).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }
}
