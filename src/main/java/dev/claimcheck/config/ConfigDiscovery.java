package dev.claimcheck.config;

import dev.claimcheck.engine.RuleConfig;
import dev.claimcheck.engine.RuleConfig.RuleSetting;
import dev.claimcheck.input.InputException;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the config for each input, as linters do: {@code .claimcheck.yaml} ({@code .yml}, {@code .json}) in the
 * input's folder and every folder above it up to the repository root (the folder holding {@code .git}), or up to a
 * config saying {@code root: true}. A nearer config overrides a farther one key by key, so a folder's own file is
 * its per-folder override; {@code extends:} puts another file underneath. With an explicit file ({@code --config})
 * nothing is discovered and that file (and what it extends) applies to every input.
 *
 * <p>Thread-safe: resolutions are cached per folder.
 */
public final class ConfigDiscovery {
    /** Config file names, in the order they are looked for in one folder (the first found is used). */
    public static final List<String> NAMES = List.of(".claimcheck.yaml", ".claimcheck.yml", ".claimcheck.json");

    /** The config that applies to one input. */
    public record Effective(RuleConfig config, List<Exclusion> exclusions, List<Path> files) {
        /** Whether {@code file} matches an {@code exclude:} glob of one of the configs. */
        public boolean excludes(Path file) {
            Path f = file.toAbsolutePath().normalize();
            return exclusions.stream().anyMatch(e -> e.matches(f));
        }
    }

    /** One {@code exclude:} glob, relative to the folder of the config that wrote it. */
    public record Exclusion(Path base, String glob) {
        boolean matches(Path file) {
            if (!file.startsWith(base)) {
                return false;
            }
            Path rel = base.relativize(file);
            if (!glob.contains("/")) {
                // Like .gitignore: a bare name or pattern matches a file or folder name at any depth.
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
                for (Path part : rel) {
                    if (m.matches(part)) {
                        return true;
                    }
                }
                return false;
            }
            String g = glob.startsWith("/") ? glob.substring(1) : glob;
            if (FileSystems.getDefault().getPathMatcher("glob:" + g).matches(rel)) {
                return true;
            }
            // "**/x" should also match x at the top, as in .gitignore.
            return g.startsWith("**/") && FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)).matches(rel);
        }
    }

    private final Path explicit;
    private final ConfigFile.Vocabulary vocabulary;
    private final Map<Path, List<ConfigFile>> layers = new ConcurrentHashMap<>();
    private final Map<Path, Effective> effective = new ConcurrentHashMap<>();

    /** @param explicit the {@code --config} file, or null to discover configs */
    public ConfigDiscovery(Path explicit, ConfigFile.Vocabulary vocabulary) {
        this.explicit = explicit == null ? null : explicit.toAbsolutePath().normalize();
        this.vocabulary = vocabulary;
    }

    /** The config for an input file (or folder). */
    public Effective forFile(Path file) throws InputException {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
        return forDirectory(dir == null ? abs : dir);
    }

    private Effective forDirectory(Path dir) throws InputException {
        Effective e = effective.get(dir);
        if (e == null) {
            e = merge(explicit != null ? chain(explicit, new HashSet<>()) : discovered(dir));
            effective.put(dir, e);
        }
        return e;
    }

    private List<ConfigFile> discovered(Path dir) throws InputException {
        List<ConfigFile> known = layers.get(dir);
        if (known != null) {
            return known;
        }
        ConfigFile own = null;
        List<ConfigFile> ownChain = List.of();
        for (String n : NAMES) {
            Path f = dir.resolve(n);
            if (Files.isRegularFile(f)) {
                ownChain = chain(f, new HashSet<>());
                own = ownChain.get(ownChain.size() - 1);
                break;
            }
        }
        boolean top = dir.getParent() == null || Files.exists(dir.resolve(".git")) || own != null && own.root();
        List<ConfigFile> all = new ArrayList<>(top ? List.of() : discovered(dir.getParent()));
        all.addAll(ownChain);
        layers.put(dir, List.copyOf(all));
        return all;
    }

    /** A file with what it extends underneath it, farthest first. */
    private List<ConfigFile> chain(Path file, Set<Path> seen) throws InputException {
        Path f = file.toAbsolutePath().normalize();
        if (!seen.add(f)) {
            throw new ConfigException(file.toString(), "extends: goes round in a circle back to this file");
        }
        if (!Files.isRegularFile(f)) {
            throw new ConfigException(file.toString(), Files.exists(f) ? "is not a file" : "no such config file");
        }
        ConfigFile c = ConfigFile.read(file, vocabulary);
        List<ConfigFile> out = new ArrayList<>();
        if (c.extendsFile() != null) {
            if (!Files.isRegularFile(c.extendsFile())) {
                throw new ConfigException(file.toString(), "extends: " + c.extendsFile() + ": no such config file");
            }
            out.addAll(chain(c.extendsFile(), seen));
        }
        out.add(c);
        return out;
    }

    /** Farthest first; each nearer file overrides key by key (a rule's enabled and severity separately). */
    private static Effective merge(List<ConfigFile> files) {
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Double minConfidence = null;
        List<Exclusion> exclusions = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (ConfigFile c : files) {
            c.rules().forEach((id, s) -> rules.merge(id, s, (old, neu) -> new RuleSetting(
                    neu.enabled() != null ? neu.enabled() : old.enabled(),
                    neu.severity() != null ? neu.severity() : old.severity())));
            thresholds.putAll(c.thresholds());
            if (c.minConfidence() != null) {
                minConfidence = c.minConfidence();
            }
            Path base = c.file().toAbsolutePath().normalize().getParent();
            c.exclude().forEach(g -> exclusions.add(new Exclusion(base, g)));
            paths.add(c.file());
        }
        return new Effective(new RuleConfig(rules, thresholds, minConfidence), List.copyOf(exclusions),
                List.copyOf(paths));
    }
}
