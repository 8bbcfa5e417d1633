package dev.claimcheck.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the temp files a killed batch leaves under --out. Reports are written to {@code .NAME<digits>.tmp}
 * and renamed (see {@code TextFiles.writeAtomically}), so a kill -9 mid-write leaves no half report but can leave
 * that temp file. Only --resume calls this: resuming says the earlier run is over, so its temp files are garbage.
 */
final class StaleTempFiles {
    private StaleTempFiles() {
    }

    /** Deletes {@code .*<extension><digits>.tmp} files below {@code outDir}; returns how many. */
    static int remove(Path outDir, String extension) {
        if (!Files.isDirectory(outDir)) {
            return 0;
        }
        Pattern leftover = Pattern.compile("\\..+" + Pattern.quote(extension) + "\\d+\\.tmp");
        try (Stream<Path> walk = Files.walk(outDir)) {
            List<Path> stale = walk.filter(p -> leftover.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).toList();
            int removed = 0;
            for (Path p : stale) {
                if (Files.deleteIfExists(p)) {
                    removed++;
                }
            }
            return removed;
        } catch (IOException | UncheckedIOException e) {
            // Leftovers are only clutter: a resume must not fail over them.
            return 0;
        }
    }
}
