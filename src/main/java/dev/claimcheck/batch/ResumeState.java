package dev.claimcheck.batch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.VerificationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each report under --out found, kept beside the reports ({@code .claimcheck-state-EXT.json}, hidden so it is
 * never read as an input): the most severe finding per report name. --resume skips an up-to-date article without
 * reading its report back, so this is how the skipped article still counts toward the exit code. A report with
 * no entry (an older run, or a failed write of this file) is not skipped but checked again.
 */
final class ResumeState {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Map<String, String> worst = new ConcurrentHashMap<>();

    private ResumeState(Path file) {
        this.file = file;
    }

    static ResumeState load(Path outDir, String extension) {
        ResumeState s = new ResumeState(outDir.resolve(".claimcheck-state" + extension.replace('.', '-') + ".json"));
        try {
            if (Files.isRegularFile(s.file)) {
                s.worst.putAll(JSON.readValue(Files.readString(s.file), new TypeReference<Map<String, String>>() { }));
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable state only means every article is checked again.
        }
        return s;
    }

    Optional<String> worst(String stem) {
        return Optional.ofNullable(worst.get(stem));
    }

    void record(String stem, VerificationReport report) {
        if (report == null) {
            worst.remove(stem);
            return;
        }
        String w = report.findings().stream().map(Finding::severityLevel).min(Enum::compareTo)
                .map(dev.claimcheck.report.Severity::label).orElse("none");
        worst.put(stem, w);
    }

    void save() {
        try {
            if (Files.isDirectory(file.getParent())) {
                TextFiles.writeAtomically(file, JSON.writeValueAsString(new TreeMap<>(worst)));
            }
        } catch (IOException e) {
            // Only --resume reads it, and without it the articles are checked again.
        }
    }
}
