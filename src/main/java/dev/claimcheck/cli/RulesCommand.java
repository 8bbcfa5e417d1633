package dev.claimcheck.cli;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.report.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code rules}: lists the loaded rules with their metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule: id, category, severity, description.")
final class RulesCommand implements Callable<Integer> {
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
        for (RuleInfo r : checker.get().rules()) {
            out.printf("%-32s %-22s %-8s %s%n", r.id(), r.category(), r.severity(), r.description());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
