package dev.claimcheck.rules;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.engine.RuleExample;
import dev.claimcheck.engine.RuleExamples;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundled rule against the examples it ships with: one test container per rule, one test per example,
 * so a report names the rule and the text that failed. The same check as {@code claimcheck rules --test}.
 */
class RuleExamplesTest {
    // Experimental rules are off by default, but their examples still say what they do.
    private static final ClaimChecker DEFAULT = ClaimChecker.withDefaultRules();
    private static final ClaimChecker CHECKER = DEFAULT.withConfig(DEFAULT.config().withExperimental(DEFAULT.rules()));

    @TestFactory
    Stream<DynamicContainer> everyRuleFlagsItsExamplesAndLeavesItsNearMissesAlone() {
        Map<String, List<RuleExample>> byRule = new LinkedHashMap<>();
        CHECKER.rules().forEach(r -> byRule.put(r.id(), CHECKER.rulePack().examplesOf(r.id())));
        return byRule.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                e.getValue().stream().map(ex -> DynamicTest.dynamicTest(name(ex), () -> {
                    RuleExamples.Result result = RuleExamples.run(CHECKER, ex);
                    assertTrue(result.passed(), result.detail() + "\ntext: " + ex.text());
                }))));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasAtLeastThreeExamples() {
        return CHECKER.rules().stream().map(r -> DynamicTest.dynamicTest(r.id(), () ->
                assertTrue(CHECKER.rulePack().examplesOf(r.id()).size() >= 3,
                        r.id() + " has fewer than three example texts")));
    }

    private static String name(RuleExample e) {
        String t = e.text().replace('\n', ' ');
        return (e.fires() ? "flags: " : "leaves alone: ") + (t.length() > 70 ? t.substring(0, 70) + "…" : t);
    }
}
