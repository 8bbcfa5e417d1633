package dev.claimcheck.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claimcheck.engine.Names;
import dev.claimcheck.engine.RuleConfig.RuleSetting;
import dev.claimcheck.input.InputException;
import dev.claimcheck.input.TextFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One config file, read and checked: {@code .claimcheck.yaml} (or {@code .yml}, or {@code .json}: YAML and JSON
 * read the same). Every error names the file, line, column and key, with the nearest valid name for a misspelt
 * key, rule id, threshold or severity. The format is in docs/CONFIG.md:
 * <pre>{@code
 * extends: ../newsroom.claimcheck.yaml
 * root: true
 * rules:
 *   unsourced-ranking: off                 # or {enabled: false}
 *   anonymous-only-source: error           # or {severity: error}
 * thresholds:
 *   source-share-limit: 0.6
 * minConfidence: 0.8
 * exclude: ["drafts/**", "*.wip.md"]
 * }</pre>
 *
 * @param file       the file
 * @param root       stop looking further up for configs
 * @param extendsFile another config this one builds on (resolved against this file's folder), or null
 * @param exclude    globs, relative to this file's folder
 */
public record ConfigFile(Path file, boolean root, Path extendsFile, Map<String, RuleSetting> rules,
                         Map<String, Double> thresholds, Double minConfidence, List<String> exclude) {
    /** Names a config file may use, taken from the loaded rules. */
    public record Vocabulary(Set<String> ruleIds, Set<String> thresholds) {
    }

    static final List<String> KEYS = List.of("extends", "root", "rules", "thresholds", "minConfidence", "exclude");
    static final List<String> SETTING_KEYS = List.of("enabled", "severity");
    static final List<String> SEVERITIES = List.of("error", "warning", "info");
    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    public static boolean isYaml(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Reads and checks one file (not what it extends). */
    public static ConfigFile read(Path file, Vocabulary vocabulary) throws InputException {
        String name = file.toString();
        String text = TextFiles.readUtf8(file);
        if (text.isBlank()) {
            throw new ConfigException(name, "invalid config: the file is empty; give an object such as {}");
        }
        Tree tree;
        try (JsonParser p = (isYaml(file) ? YAML : JSON).createParser(text)) {
            if (p.nextToken() == null) {
                throw new ConfigException(name, "invalid config: the file is empty; give an object such as {}");
            }
            tree = Tree.read(p, name);
            if (!isYaml(file) && p.nextToken() != null) {
                throw new ConfigException(name, p.currentTokenLocation(), null, "text after the config object");
            }
        } catch (JsonProcessingException e) {
            throw new ConfigException(name, e.getLocation(), null, "invalid config: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(name, "could not be read: " + e.getMessage());
        }
        return check(file, tree, vocabulary);
    }

    private static ConfigFile check(Path file, Tree tree, Vocabulary v) throws ConfigException {
        String name = file.toString();
        if (!tree.isObject()) {
            throw new ConfigException(name, tree.at(), null, tree.scalar() == null && !tree.isArray()
                    ? "invalid config: the file holds null; give an object such as {}"
                    : "invalid config: expected an object (rules, thresholds, minConfidence, exclude, extends, root)");
        }
        boolean root = false;
        Path extendsFile = null;
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Double minConfidence = null;
        List<String> exclude = new ArrayList<>();
        for (var e : tree.fields().entrySet()) {
            String key = e.getKey();
            Tree value = e.getValue();
            JsonLocation keyAt = tree.keyAt().get(key);
            switch (key) {
                case "root" -> root = bool(name, key, value);
                case "extends" -> extendsFile = file.toAbsolutePath().getParent().resolve(string(name, key, value));
                case "minConfidence" -> {
                    double d = number(name, key, value);
                    if (!(d >= 0 && d <= 1)) {
                        throw new ConfigException(name, value.at(), key, "must be within 0..1, not " + d);
                    }
                    minConfidence = d;
                }
                case "exclude" -> {
                    if (value.isArray()) {
                        for (int i = 0; i < value.items().size(); i++) {
                            exclude.add(string(name, key + "[" + i + "]", value.items().get(i)));
                        }
                    } else {
                        exclude.add(string(name, key, value));
                    }
                }
                case "thresholds" -> {
                    for (var t : object(name, key, value).fields().entrySet()) {
                        String k = key + "." + t.getKey();
                        JsonLocation at = value.keyAt().get(t.getKey());
                        if (!v.thresholds().contains(t.getKey())) {
                            throw new ConfigException(name, at, k, "no rule reads this threshold" + hint(t.getKey(),
                                    v.thresholds()));
                        }
                        double d = number(name, k, t.getValue());
                        if (!Double.isFinite(d)) {
                            throw new ConfigException(name, t.getValue().at(), k, "is out of range (" + d
                                    + "); give a finite number");
                        }
                        thresholds.put(t.getKey(), d);
                    }
                }
                case "rules" -> {
                    for (var r : object(name, key, value).fields().entrySet()) {
                        rules.put(r.getKey(), setting(name, value.keyAt().get(r.getKey()), r.getKey(), r.getValue(), v));
                    }
                }
                default -> throw new ConfigException(name, keyAt, key, "unknown key" + hint(key, KEYS)
                        + " (keys: " + String.join(", ", KEYS) + ")");
            }
        }
        return new ConfigFile(file, root, extendsFile, rules, thresholds, minConfidence, exclude);
    }

    private static RuleSetting setting(String file, JsonLocation keyAt, String id, Tree value, Vocabulary v)
            throws ConfigException {
        String key = "rules." + id;
        if (value.scalar() == null && !value.isObject()) {
            throw new ConfigException(file, keyAt, key, "is null; give off, on, a severity or an object such as"
                    + " {enabled: false}, or leave the rule out");
        }
        if (!v.ruleIds().contains(id)) {
            throw new ConfigException(file, keyAt, key, "unknown rule id" + hint(id, v.ruleIds()));
        }
        if (!value.isObject()) {
            // Shorthand: off / on / false / true, or a severity.
            Object s = value.scalar();
            String word = String.valueOf(s).toLowerCase(Locale.ROOT);
            if (s instanceof Boolean b) {
                return new RuleSetting(b, null);
            }
            if (word.equals("off") || word.equals("on")) {
                return new RuleSetting(word.equals("on"), null);
            }
            if (SEVERITIES.contains(word)) {
                return new RuleSetting(null, word);
            }
            throw new ConfigException(file, value.at(), key, "'" + s + "' is not off, on or a severity"
                    + hint(word, List.of("off", "on", "error", "warning", "info")));
        }
        Boolean enabled = null;
        String severity = null;
        for (var f : value.fields().entrySet()) {
            String k = key + "." + f.getKey();
            switch (f.getKey()) {
                case "enabled" -> enabled = bool(file, k, f.getValue());
                case "severity" -> {
                    String sv = string(file, k, f.getValue()).strip().toLowerCase(Locale.ROOT);
                    if (!SEVERITIES.contains(sv)) {
                        throw new ConfigException(file, f.getValue().at(), k, "unknown severity '" + sv + "'"
                                + hint(sv, SEVERITIES) + " (error, warning or info)");
                    }
                    severity = sv;
                }
                default -> throw new ConfigException(file, value.keyAt().get(f.getKey()), k, "unknown key"
                        + hint(f.getKey(), SETTING_KEYS) + " (enabled, severity)");
            }
        }
        return new RuleSetting(enabled, severity);
    }

    private static String hint(String name, java.util.Collection<String> valid) {
        return Names.nearest(name, valid).map(n -> "; did you mean '" + n + "'?").orElse("");
    }

    private static Tree object(String file, String key, Tree v) throws ConfigException {
        if (!v.isObject()) {
            throw new ConfigException(file, v.at(), key, "expected an object of names and values");
        }
        return v;
    }

    private static String string(String file, String key, Tree v) throws ConfigException {
        if (!(v.scalar() instanceof String s)) {
            throw new ConfigException(file, v.at(), key, "expected a string");
        }
        return s;
    }

    private static boolean bool(String file, String key, Tree v) throws ConfigException {
        if (v.scalar() instanceof Boolean b) {
            return b;
        }
        throw new ConfigException(file, v.at(), key, "expected true or false, not " + describe(v));
    }

    private static double number(String file, String key, Tree v) throws ConfigException {
        if (v.scalar() instanceof Double d) {
            return d;
        }
        throw new ConfigException(file, v.at(), key, "expected a number, not " + describe(v));
    }

    private static String describe(Tree v) {
        return v.isObject() ? "an object" : v.isArray() ? "a list" : v.scalar() == null ? "null"
                : "'" + v.scalar() + "'";
    }
}
