package dev.claimcheck.input;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An in-memory snapshot of a rules folder: DRL rule packs, their example files and the word lists they use.
 * Reading everything once makes the rest of the program indifferent to whether the rules came from a directory
 * or from inside the jar, and a checker never touches the disk after it is built.
 *
 * <p>Keys are '/'-separated paths relative to the folder, e.g. {@code core/sourcing.drl},
 * {@code lexicon/reporting-verbs.txt}.
 */
public final class RulesFolder {
    /** Where the bundled copy of {@code rules/} lives on the classpath. */
    public static final String BUNDLED_ROOT = "claimcheck-rules";
    /** How the bundled rules are named in messages ("bundled rules/structure.drl:12: ..."). */
    public static final String BUNDLED_ORIGIN = "bundled rules";

    private static final String LEXICON = "lexicon/";
    private final String origin;
    private final Map<String, String> files;
    /** Each file's display path: where it came from, for messages (a stacked folder mixes two origins). */
    private final Map<String, String> displayPaths;

    public RulesFolder(String origin, Map<String, String> files) {
        this(origin, files, Map.of());
    }

    private RulesFolder(String origin, Map<String, String> files, Map<String, String> displayPaths) {
        this.origin = origin;
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        Map<String, String> shown = new TreeMap<>();
        files.keySet().forEach(p -> shown.put(p, displayPaths.getOrDefault(p, origin + "/" + p)));
        this.displayPaths = Collections.unmodifiableMap(shown);
    }

    /**
     * A newsroom's folder on top of {@code base} (the bundled rules): its rule packs and examples are added, a pack
     * or example file at the same path replaces the base's, and a word list ({@code lexicon/NAME.txt}) of the same
     * name extends the base's list rather than replacing it, so extra outlets or house aliases keep the bundled ones.
     */
    public static RulesFolder stack(RulesFolder base, RulesFolder top) {
        Map<String, String> files = new TreeMap<>(base.files);
        Map<String, String> shown = new TreeMap<>(base.displayPaths);
        top.files.forEach((path, content) -> {
            String existing = files.get(path);
            if (existing != null && path.startsWith(LEXICON) && path.endsWith(".txt")) {
                files.put(path, existing.endsWith("\n") || existing.isEmpty() ? existing + content : existing + "\n" + content);
                shown.put(path, base.displayPath(path) + " + " + top.displayPath(path));
            } else {
                files.put(path, content);
                shown.put(path, top.displayPath(path));
            }
        });
        return new RulesFolder(base.origin + " + " + top.origin, files, shown);
    }

    /** The rules bundled in the jar (a copy of the repository's {@code rules/}). */
    public static RulesFolder bundled() {
        URL url = RulesFolder.class.getClassLoader().getResource(BUNDLED_ROOT);
        if (url == null) {
            throw new IllegalStateException("bundled rules not found on the classpath (" + BUNDLED_ROOT + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return snapshot(BUNDLED_ORIGIN, fs.getPath("/" + BUNDLED_ROOT));
                }
            }
            return snapshot(BUNDLED_ORIGIN, Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("bundled rules could not be read: " + e.getMessage(), e);
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Reads every file below {@code dir}. */
    public static RulesFolder read(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, Files.exists(dir) ? "rules path is not a directory" : "rules directory does not exist");
        }
        try {
            return snapshot(dir.toString(), dir);
        } catch (IOException e) {
            throw new InputException(dir, "rules directory could not be read: " + e.getMessage());
        }
    }

    private static RulesFolder snapshot(String origin, Path root) throws IOException, InputException {
        Map<String, String> files = new TreeMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(paths::add);
        }
        for (Path p : paths) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (rel.startsWith(".") || rel.contains("/.")) {
                continue;
            }
            files.put(rel, decode(origin + "/" + rel, Files.newInputStream(p)));
        }
        return new RulesFolder(origin, files);
    }

    private static String decode(String name, InputStream in) throws IOException, InputException {
        try (in) {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name, "not valid UTF-8");
        }
    }

    /** Where the rules came from: a directory path or "bundled rules". */
    public String origin() {
        return origin;
    }

    public Map<String, String> files() {
        return files;
    }

    /** Relative paths ending in {@code suffix}, sorted. */
    public List<String> pathsEndingWith(String suffix) {
        return files.keySet().stream().filter(p -> p.endsWith(suffix)).toList();
    }

    public Optional<String> file(String relativePath) {
        return Optional.ofNullable(files.get(relativePath));
    }

    /**
     * The entries of a word list: one per line, trimmed, blank lines and {@code #} comments skipped.
     * A missing list is empty, so a newsroom may delete a list it does not want.
     */
    public List<String> wordList(String relativePath) {
        String content = files.get(relativePath);
        if (content == null) {
            return List.of();
        }
        return content.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    /** Full display path of a file in this folder, for messages. */
    public String displayPath(String relativePath) {
        return displayPaths.getOrDefault(relativePath, origin + "/" + relativePath);
    }

    /** Whether the folder has the word list {@code lexicon/NAME.txt} (empty counts: deleting every entry is a choice). */
    public boolean hasWordList(String name) {
        return files.containsKey(LEXICON + name + ".txt");
    }

}
