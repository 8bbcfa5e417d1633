package dev.claimcheck.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.input.InputException;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.report.RuleInfo;
import dev.claimcheck.report.Severity;

import java.nio.file.Path;
import java.util.Map;

/**
 * Tuning without DRL edits: which rules run, at what severity, with which thresholds. Read from a JSON file:
 * <pre>{@code
 * {
 *   "rules": { "unsupported-ranking": { "enabled": false }, "anonymous-only-source": { "severity": "error" } },
 *   "thresholds": { "source-share-limit": 0.6 },
 *   "minConfidence": 0.8
 * }
 * }</pre>
 * Rules read thresholds with {@code cc.threshold("name", default)}; the default lives with the rule in its DRL.
 */
public record RuleConfig(Map<String, RuleSetting> rules, Map<String, Double> thresholds, Double minConfidence) {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public static final RuleConfig DEFAULT = new RuleConfig(Map.of(), Map.of(), null);

    public RuleConfig(Map<String, RuleSetting> rules, Map<String, Double> thresholds) {
        this(rules, thresholds, null);
    }

    public RuleConfig {
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be within 0..1, not " + minConfidence);
        }
        if (rules != null) {
            rules.forEach((id, setting) -> {
                if (setting == null) {
                    throw new IllegalArgumentException("rules." + id + " is null; give an object such as"
                            + " {\"enabled\": false} or leave the rule out");
                }
            });
        }
        if (thresholds != null) {
            thresholds.forEach((name, v) -> {
                if (v == null || !Double.isFinite(v)) {
                    // JSON 1e999 reads as infinity: a threshold no figure can meet, surely a typo.
                    throw new IllegalArgumentException("thresholds." + name + " is " + (v == null ? "null"
                            : v.isNaN() ? "not a number" : "out of range (" + v + ")") + "; give a finite number");
                }
            });
        }
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        rules.forEach((id, s) -> {
            if (s.severity() != null) {
                Severity.parse(s.severity());
            }
        });
    }

    /** One rule's setting; null fields leave the rule's own metadata in force. */
    public record RuleSetting(Boolean enabled, String severity) {
    }

    /** Whether a rule runs: the config's word, else on unless the rule is experimental. */
    public boolean isEnabled(RuleInfo rule) {
        RuleSetting s = rules.get(rule.id());
        return s == null || s.enabled() == null ? !rule.experimental() : s.enabled();
    }

    /** This config with every experimental rule switched on (unless the config itself switches it off). */
    public RuleConfig withExperimental(java.util.Collection<RuleInfo> all) {
        Map<String, RuleSetting> on = new java.util.HashMap<>(rules);
        all.stream().filter(RuleInfo::experimental).forEach(r -> on.putIfAbsent(r.id(), new RuleSetting(true, null)));
        return new RuleConfig(on, thresholds, minConfidence);
    }

    /** This config with another confidence floor (null: report every finding). */
    public RuleConfig withMinConfidence(Double floor) {
        return new RuleConfig(rules, thresholds, floor);
    }

    /** Whether a finding of this confidence is reported. */
    public boolean reports(double confidence) {
        return minConfidence == null || confidence >= minConfidence;
    }

    /** The severity to report for a rule: the config's override or the rule's declared one. */
    public String severityOf(String ruleId, String declared) {
        RuleSetting s = rules.get(ruleId);
        return s == null || s.severity() == null ? declared : Severity.parse(s.severity()).label();
    }

    public double threshold(String name, double defaultValue) {
        Double v = thresholds.get(name);
        return v == null ? defaultValue : v;
    }

    public static RuleConfig read(Path file) throws InputException {
        String json = TextFiles.readUtf8(file);
        try {
            if (json.isBlank()) {
                throw new InputException(file, "invalid config: the file is empty; give a JSON object such as {}");
            }
            RuleConfig c = MAPPER.readValue(json, RuleConfig.class);
            if (c == null) {
                throw new InputException(file, "invalid config: the file holds null; give a JSON object such as {}");
            }
            return c;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            // A value the record refuses (a null setting, an infinite threshold) arrives wrapped: say its words.
            String why = e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException
                    && e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new InputException(file.toString(), loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "invalid config: " + why, e);
        } catch (IllegalArgumentException e) {
            throw new InputException(file, "invalid config: " + e.getMessage());
        }
    }
}
