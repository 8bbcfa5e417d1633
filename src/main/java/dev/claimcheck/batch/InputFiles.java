package dev.claimcheck.batch;

import dev.claimcheck.engine.Inputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the PATH arguments: a file stands for itself, a folder for every supported file below it (sorted, so
 * batches are reproducible). A path that does not exist is an error for that path alone.
 */
public final class InputFiles {
    /** A file to process and the argument it came from (its folder, or the file itself). */
    public record InputFile(Path file, Path root) {
        /** The file's path below its root without the extension, '/'-separated: names its output file. */
        public String outputStem() {
            Path rel = root.equals(file) ? file.getFileName() : root.relativize(file);
            String s = rel.toString().replace('\\', '/');
            int dot = s.lastIndexOf('.');
            return dot > s.lastIndexOf('/') + 1 ? s.substring(0, dot) : s;
        }
    }

    public record Expansion(List<InputFile> files, List<String> errors) {
    }

    private InputFiles() {
    }

    public static Expansion expand(List<Path> paths) {
        List<InputFile> files = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(Inputs::isSupported)
                            .sorted()
                            .forEach(f -> files.add(new InputFile(f, p)));
                } catch (IOException | UncheckedIOException e) {
                    errors.add(p + ": folder could not be read: " + e.getMessage());
                }
            } else if (Files.exists(p)) {
                files.add(new InputFile(p, p));
            } else {
                errors.add(p + ": no such file or directory");
            }
        }
        return new Expansion(files, errors);
    }
}
