package dev.claimcheck.batch;

import dev.claimcheck.engine.Inputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the PATH arguments: a file stands for itself, a folder for every supported file below it (sorted, so
 * batches are reproducible). A path that does not exist is an error for that path alone.
 *
 * <p>Every file also gets its report's name here, once for the whole batch, so that no two inputs share a report:
 * the path below its argument without the extension ({@code sub/story}); the full name ({@code sub/story.txt})
 * when another input in the batch wants the same name ({@code story.txt} beside {@code story.md}), the name is
 * reserved ({@code index} for the HTML index), or a {@code .jsonl} file's folder of line reports would be an
 * input folder too; then {@code ~2}, {@code ~3} in input order. Names compare case-insensitively. Segments are
 * encoded by {@link ReportNames}.
 */
public final class InputFiles {
    /**
     * A file to process, the argument it came from (its folder, or the file itself), and its report's name
     * below --out without the extension ('/'-separated, every segment encoded).
     */
    public record InputFile(Path file, Path root, String outputStem) {
        boolean isJsonl() {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
        }
    }

    public record Expansion(List<InputFile> files, List<String> errors) {
    }

    private InputFiles() {
    }

    public static Expansion expand(List<Path> paths) {
        return expand(paths, Set.of());
    }

    /** @param reserved report names (without extension, top level) no input may take, e.g. {@code index} */
    public static Expansion expand(List<Path> paths, Set<String> reserved) {
        return expand(paths, reserved, f -> false);
    }

    /**
     * @param skip files left out (a config's {@code exclude:}, the batch's own --out folder), whether found in a
     *             folder or named on the command line
     */
    public static Expansion expand(List<Path> paths, Set<String> reserved, java.util.function.Predicate<Path> skip) {
        List<Path[]> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(Inputs::isSupported)
                            .filter(f -> !skip.test(f))
                            .sorted()
                            .forEach(f -> found.add(new Path[] {f, p}));
                } catch (IOException | UncheckedIOException e) {
                    errors.add(p + ": folder could not be read: " + e.getMessage());
                }
            } else if (Files.exists(p)) {
                if (!skip.test(p)) {
                    found.add(new Path[] {p, p});
                }
            } else {
                errors.add(p + ": no such file or directory");
            }
        }
        return new Expansion(name(found, reserved), errors);
    }

    private static List<InputFile> name(List<Path[]> found, Set<String> reserved) {
        List<List<String>> segments = new ArrayList<>();
        Map<String, Integer> wanted = new HashMap<>();
        Set<String> folders = new HashSet<>();
        for (Path[] f : found) {
            List<String> segs = segments(f[0], f[1]);
            segments.add(segs);
            wanted.merge(ReportNames.key(join(segs, false)), 1, Integer::sum);
            for (int i = 1; i < segs.size(); i++) {
                folders.add(ReportNames.key(String.join("/", segs.subList(0, i))));
            }
        }
        Set<String> used = new HashSet<>();
        reserved.forEach(r -> used.add(ReportNames.key(r)));
        List<InputFile> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Path file = found.get(i)[0];
            boolean jsonl = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
            String bare = join(segments.get(i), false);
            String full = join(segments.get(i), true);
            String stem = wanted.get(ReportNames.key(bare)) == 1 && free(bare, jsonl, used, folders) ? bare : full;
            for (int n = 2; !free(stem, jsonl, used, folders); n++) {
                stem = full + "~" + n;
            }
            used.add(ReportNames.key(stem));
            out.add(new InputFile(file, found.get(i)[1], stem));
        }
        return out;
    }

    /** A .jsonl file's name is also the folder of its line reports, so it must not be an input folder's name. */
    private static boolean free(String stem, boolean jsonl, Set<String> used, Set<String> folders) {
        String k = ReportNames.key(stem);
        return !used.contains(k) && !(jsonl && folders.contains(k));
    }

    /** The file's path below its root, one encoded name per segment (the extension kept apart in the last). */
    private static List<String> segments(Path file, Path root) {
        Path rel = root.equals(file) ? file.getFileName() : root.relativize(file);
        List<String> segs = new ArrayList<>();
        for (Path part : rel) {
            segs.add(part.toString());
        }
        return segs;
    }

    private static String join(List<String> raw, boolean withExtension) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (i == raw.size() - 1 && !withExtension) {
                int dot = s.lastIndexOf('.');
                s = dot > 0 ? s.substring(0, dot) : s;
            }
            sb.append(i == 0 ? "" : "/").append(ReportNames.encodeSegment(s));
        }
        return sb.toString();
    }
}
