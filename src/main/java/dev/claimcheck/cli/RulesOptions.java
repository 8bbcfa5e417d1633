package dev.claimcheck.cli;

import dev.claimcheck.config.ConfigDiscovery;
import dev.claimcheck.config.ConfigFile;
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
            description = "A newsroom's rules folder, added to the bundled rules; its word lists extend the bundled"
                    + " lists of the same name (rules are code: trusted folders only).")
    Path rulesDirectory;

    @Option(names = "--no-default-rules", description = "Leave the bundled rules and word lists out: --rules DIR is all.")
    boolean noDefaultRules;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (.claimcheck.yaml or .json): enable/disable rules, severities, thresholds,"
                    + " exclude globs. Without it, check finds .claimcheck.yaml from each input's folder upward.")
    Path configFile;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Report only findings whose confidence (0-1, from the rule's measured precision) is at least P.")
    Double minConfidence;

    /** Builds the checker (under --config when given), or prints why not and returns empty. */
    Optional<ClaimChecker> checker(PrintWriter err) {
        try {
            if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
                err.println("claimcheck: --min-confidence must be within 0..1, not " + minConfidence);
                err.flush();
                return Optional.empty();
            }
            ClaimChecker checker = ClaimChecker.builder().rulesDirectory(rulesDirectory)
                    .defaultRules(!noDefaultRules).build();
            RuleConfig config = configFile == null ? RuleConfig.DEFAULT
                    : discovery(checker).forFile(configFile).config();
            return Optional.of(checker.withConfig(withOptions(config)));
        } catch (RuleLoadException e) {
            err.println("claimcheck: the rules could not be loaded:");
            e.problems().forEach(p -> err.println("  " + p));
        } catch (InputException e) {
            err.println("claimcheck: " + e.getMessage());
        }
        err.flush();
        return Optional.empty();
    }

    /** Finds each input's config (or applies --config to all), checking names against the loaded rules. */
    ConfigDiscovery discovery(ClaimChecker checker) {
        return new ConfigDiscovery(configFile, new ConfigFile.Vocabulary(checker.knownRuleIds(),
                checker.knownThresholds()));
    }

    /** A config with the command line's own overrides (--min-confidence) on top. */
    RuleConfig withOptions(RuleConfig config) {
        return minConfidence == null ? config : config.withMinConfidence(minConfidence);
    }
}
