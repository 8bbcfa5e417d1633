package dev.claimcheck.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The most severe finding of a report an earlier run wrote, read back from the report itself (nothing else is
 * kept in --out): --resume skips an up-to-date article, and what its report found must still count toward the
 * exit code, or rerunning a red build would turn it green. Each format says it in its own way: JSON's
 * {@code severity}, SARIF's {@code level}, HTML's {@code data-severity}, the counts line of text and Markdown.
 */
final class EarlierReports {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COUNTS = Pattern.compile("(\\d+) errors?, (\\d+) warnings?, (\\d+) info\\)");
    private static final Pattern HTML_SEVERITY = Pattern.compile("data-severity=\"(error|warning|info)\"");
    private static final List<String> ORDER = List.of("error", "warning", "info");

    private EarlierReports() {
    }

    /** "error", "warning", "info" or "none"; empty when the report cannot be read or understood. */
    static Optional<String> worst(Path report, String extension) {
        String content;
        try {
            content = Files.readString(report, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        try {
            if (extension.endsWith(".json")) {
                JsonNode findings = JSON.readTree(content).get("findings");
                if (findings == null) {
                    return Optional.empty();
                }
                findings.forEach(f -> found.add(f.path("severity").asText()));
            } else if (extension.endsWith(".sarif")) {
                JsonNode results = JSON.readTree(content).path("runs").path(0).get("results");
                if (results == null) {
                    return Optional.empty();
                }
                results.forEach(r -> found.add(r.path("level").asText().equals("note") ? "info"
                        : r.path("level").asText()));
            } else if (extension.endsWith(".html")) {
                Matcher m = HTML_SEVERITY.matcher(content);
                while (m.find()) {
                    found.add(m.group(1));
                }
            } else {
                Matcher m = COUNTS.matcher(content);
                if (!m.find()) {
                    return Optional.empty();
                }
                for (int i = 1; i <= 3; i++) {
                    if (Integer.parseInt(m.group(i)) > 0) {
                        found.add(ORDER.get(i - 1));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(ORDER.stream().filter(found::contains).findFirst().orElse("none"));
    }
}
