package dev.claimcheck.engine;

import dev.claimcheck.model.Article;
import dev.claimcheck.model.Suppression;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.VerificationReport.SuppressedFinding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Applies an article's own suppression directives to the findings of its check. A directive that gives no reason,
 * or names a rule that does not exist, silences nothing and is reported itself, as a finding of the engine's own
 * {@value #RULE_ID} rule (category structure, severity warning): a silent "disable" with no why is exactly what a
 * reviewer should see.
 */
final class SuppressionFilter {
    /** The id of the engine's finding about a broken directive (configurable like any rule id). */
    static final String RULE_ID = "invalid-suppression";
    static final String CATEGORY = "structure";

    record Result(List<Finding> kept, List<SuppressedFinding> suppressed) {
    }

    private SuppressionFilter() {
    }

    static Result apply(Article article, List<Finding> findings, Collection<String> knownRules, RuleConfig config) {
        if (article.suppressions().isEmpty()) {
            return new Result(findings, List.of());
        }
        List<Suppression> valid = new ArrayList<>();
        List<Finding> kept = new ArrayList<>();
        boolean reportBroken = config.rules().get(RULE_ID) == null || config.rules().get(RULE_ID).enabled() == null
                || config.rules().get(RULE_ID).enabled();
        String severity = config.severityOf(RULE_ID, "warning");
        for (Suppression s : article.suppressions()) {
            List<String> unknown = s.rules().stream().filter(r -> !knownRules.contains(r)).toList();
            String problem = null;
            if (!s.hasReason()) {
                problem = "Suppression of " + String.join(", ", s.rules()) + " (" + s.where() + ") gives no reason,"
                        + " so it silences nothing.";
            } else if (!unknown.isEmpty()) {
                problem = "Suppression (" + s.where() + ") names unknown rule " + unknown.stream()
                        .map(u -> "'" + u + "'" + Names.nearest(u, knownRules).map(n -> " (did you mean '" + n
                                + "'?)").orElse("")).reduce((x, y) -> x + ", " + y).orElse("") + ".";
            }
            if (problem == null) {
                valid.add(s);
            } else if (reportBroken) {
                kept.add(new Finding(RULE_ID, CATEGORY, severity, problem,
                        "Write the rule ids and a reason: <!-- claimcheck-disable RULE -- why this is fine -->.",
                        s.directive() == null ? List.of() : List.of(s.directive()), List.of(), 1.0));
            }
        }
        List<SuppressedFinding> silenced = new ArrayList<>();
        for (Finding f : findings) {
            Suppression by = valid.stream().filter(s -> s.covers(f.ruleId(), f.firstOffset())).findFirst().orElse(null);
            if (by == null) {
                kept.add(f);
            } else {
                silenced.add(new SuppressedFinding(by.reason().strip(), by.where(), f));
            }
        }
        return new Result(kept, silenced);
    }
}
