package dev.claimcheck.server;

import dev.claimcheck.engine.RuleConfig;
import dev.claimcheck.report.RuleInfo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one request may change of the server's configuration: which rules run, and the confidence floor. Severities
 * and thresholds stay the operator's.
 *
 * @param enabled       rule id to on/off, in the request's order
 * @param minConfidence the floor for this request, or null to keep the server's
 */
record Overrides(Map<String, Boolean> enabled, Double minConfidence) {
    static final Overrides NONE = new Overrides(Map.of(), null);

    Overrides {
        enabled = enabled == null ? Map.of() : new LinkedHashMap<>(enabled);
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new ApiException(400, "invalid-override", "minConfidence must be within 0..1, not " + minConfidence);
        }
    }

    /** These overrides on top of {@code other} (these win). */
    Overrides over(Overrides other) {
        Map<String, Boolean> merged = new LinkedHashMap<>(other.enabled);
        merged.putAll(enabled);
        return new Overrides(merged, minConfidence != null ? minConfidence : other.minConfidence);
    }

    /** The server's config with these overrides, or a 400 naming every rule id the server does not have. */
    RuleConfig applyTo(RuleConfig base, List<RuleInfo> rules) {
        if (enabled.isEmpty() && minConfidence == null) {
            return base;
        }
        Set<String> known = rules.stream().map(RuleInfo::id).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(enabled.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new ApiException(new ApiError(400, "unknown-rules", "unknown rule ids: " + String.join(", ", unknown)
                    + " (GET /v1/rules lists them)", null, null, List.copyOf(unknown)));
        }
        Map<String, RuleConfig.RuleSetting> settings = new HashMap<>(base.rules());
        enabled.forEach((id, on) -> {
            RuleConfig.RuleSetting s = settings.get(id);
            settings.put(id, new RuleConfig.RuleSetting(on, s == null ? null : s.severity()));
        });
        return new RuleConfig(settings, base.thresholds(),
                minConfidence != null ? minConfidence : base.minConfidence());
    }
}
