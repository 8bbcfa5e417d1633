package dev.claimcheck.cli;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.engine.RuleConfig;
import dev.claimcheck.engine.RuleLoadException;
import dev.claimcheck.input.InputException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Options shared by every command that loads rules. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder to load instead of the bundled rules (rules are code: trusted folders only).")
    Path rulesDirectory;

    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON config: enable/disable rules, change severities, set thresholds.")
    Path configFile;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Report only findings whose confidence (0-1, from the rule's measured precision) is at least P.")
    Double minConfidence;

    /** Builds the checker, or prints why not and returns empty. */
    Optional<ClaimChecker> checker(PrintWriter err) {
        try {
            RuleConfig config = configFile == null ? RuleConfig.DEFAULT : RuleConfig.read(configFile);
            if (minConfidence != null) {
                if (!(minConfidence >= 0 && minConfidence <= 1)) {
                    err.println("claimcheck: --min-confidence must be within 0..1, not " + minConfidence);
                    err.flush();
                    return Optional.empty();
                }
                config = config.withMinConfidence(minConfidence);
            }
            return Optional.of(ClaimChecker.builder().rulesDirectory(rulesDirectory).config(config).build());
        } catch (RuleLoadException e) {
            err.println("claimcheck: the rules could not be loaded:");
            e.problems().forEach(p -> err.println("  " + p));
        } catch (InputException e) {
            err.println("claimcheck: " + e.getMessage());
        }
        err.flush();
        return Optional.empty();
    }
}
