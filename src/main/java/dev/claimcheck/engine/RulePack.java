package dev.claimcheck.engine;

import dev.claimcheck.report.RuleInfo;
import org.kie.api.KieBase;

import java.util.List;
import java.util.Map;

/**
 * A compiled rules folder: the KieBase (compiled once, shared by every check), each rule's metadata (also keyed by
 * DRL rule name, which is what Drools reports when a rule fires), the examples the rules ship with, and the word
 * lists they read. Immutable.
 */
public record RulePack(String origin, KieBase kieBase, List<RuleInfo> rules, Map<String, RuleInfo> byRuleName,
                       List<RuleExample> examples, Lexicon lexicon, boolean declaresSupportGlobal) {
    public RulePack {
        rules = List.copyOf(rules);
        byRuleName = Map.copyOf(byRuleName);
        examples = List.copyOf(examples);
    }

    public List<RuleExample> examplesOf(String ruleId) {
        return examples.stream().filter(e -> e.rule().equals(ruleId)).toList();
    }
}
