package dev.claimcheck.cli;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.engine.RuleCatalogue;
import dev.claimcheck.engine.RuleExamples;
import dev.claimcheck.report.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code rules}: lists the loaded rules, generates their catalogue, or runs their examples. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule (id, category, severity, description), generate docs (--format md), or run the rules' examples (--test).")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, md }

    @Mixin
    RulesOptions rulesOptions;

    @Option(names = "--format", defaultValue = "text", description = "text (a table) or md (the rule catalogue, docs/RULES.md).")
    Format format;

    @Option(names = "--test", description = "Run every rule's examples; exit 1 when a rule misses a text it must flag or flags a near miss.")
    boolean test;

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
        if (test) {
            return test(checker.get(), out);
        }
        if (format == Format.md) {
            out.print(RuleCatalogue.markdown(checker.get().rulePack()));
        } else {
            for (RuleInfo r : checker.get().rules()) {
                out.printf("%-34s %-22s %-8s %s%n", r.id(), r.category(), r.severity(), r.description());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int test(ClaimChecker checker, PrintWriter out) {
        List<RuleExamples.Result> results = RuleExamples.run(checker);
        long failed = results.stream().filter(r -> !r.passed()).count();
        for (RuleExamples.Result r : results) {
            if (!r.passed()) {
                out.printf("FAIL %s (%s): %s%n     text: %s%n", r.example().rule(),
                        r.example().fires() ? "must fire" : "near miss", r.detail(),
                        r.example().text().replace("\n", " "));
            }
        }
        out.printf("%d passed, %d failed%n", results.size() - failed, failed);
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
