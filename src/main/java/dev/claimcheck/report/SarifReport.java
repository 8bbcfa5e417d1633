package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.model.Span;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, so code-review tools (GitHub code scanning, IDE SARIF viewers) can show findings on article files kept
 * in a repository. One run; the driver describes every rule; one result per finding, located by line and column
 * (and character offset) of its first evidence span, with further evidence spans as related locations.
 *
 * <p>Columns are UTF-16 code units, declared with {@code columnKind} so viewers do not have to guess.
 */
public final class SarifReport {
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/claimcheck/claimcheck";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** SARIF level for a ClaimCheck severity: error and warning map to themselves, info is SARIF's note. */
    static String level(String severity) {
        String s = severity == null ? "" : severity.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "error" -> "error";
            case "warning" -> "warning";
            case "info" -> "note";
            default -> "none";
        };
    }

    /** ClaimCheck's version, from the build (the POM's version), or "dev" when the resource is missing. */
    public static String version() {
        try (var in = SarifReport.class.getResourceAsStream("/dev/claimcheck/version.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v.strip();
                }
            }
        } catch (java.io.IOException e) {
            // fall through: an unknown version is "dev", never a failure
        }
        return "dev";
    }

    public String render(List<ReportEntry> entries, List<RuleInfo> rules) {
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "ClaimCheck");
        driver.put("informationUri", INFORMATION_URI);
        driver.put("version", version());
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode ruleNodes = driver.putArray("rules");
        for (RuleInfo r : rules) {
            if (r.id() == null || ruleIndex.containsKey(r.id())) {
                continue; // SARIF rule ids must be unique within the driver
            }
            ruleIndex.put(r.id(), ruleNodes.size());
            ruleNodes.add(rule(r));
        }
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (ReportEntry e : entries) {
            ReportEntry.Positions lines = e.positions();
            String uri = uri(e.path());
            for (RenderSupport.Indexed x : RenderSupport.inReadingOrder(e.report())) {
                results.add(result(x.finding(), uri, lines, ruleIndex));
            }
        }
        try {
            return Json.PRETTY.writeValueAsString(log) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("SARIF could not be serialised", ex);
        }
    }

    private static ObjectNode rule(RuleInfo r) {
        ObjectNode n = NODES.objectNode();
        n.put("id", r.id());
        n.putObject("shortDescription").put("text", RenderSupport.isBlank(r.description()) ? r.id() : r.description());
        n.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode props = n.putObject("properties");
        if (r.category() != null) {
            props.put("category", r.category());
            props.putArray("tags").add(r.category());
        }
        if (r.file() != null) {
            props.put("file", r.file());
        }
        return n;
    }

    private static ObjectNode result(Finding f, String uri, ReportEntry.Positions lines, Map<String, Integer> ruleIndex) {
        ObjectNode n = NODES.objectNode();
        n.put("ruleId", f.ruleId());
        Integer idx = ruleIndex.get(f.ruleId());
        if (idx != null) {
            n.put("ruleIndex", idx);
        }
        n.put("level", level(f.severity()));
        String text = RenderSupport.isBlank(f.message()) ? f.ruleId() : f.message();
        if (!RenderSupport.isBlank(f.suggestion())) {
            text = text + " Suggestion: " + f.suggestion();
        }
        n.putObject("message").put("text", text);
        ArrayNode locations = n.putArray("locations");
        if (f.evidence().isEmpty()) {
            // Article-level finding: the file itself, with no region.
            locations.addObject().putObject("physicalLocation").putObject("artifactLocation").put("uri", uri);
        } else {
            locations.add(location(uri, f.evidence().get(0), lines));
            if (f.evidence().size() > 1) {
                ArrayNode related = n.putArray("relatedLocations");
                for (int i = 1; i < f.evidence().size(); i++) {
                    ObjectNode loc = location(uri, f.evidence().get(i), lines);
                    // ids keep related locations distinct (the schema wants them unique) and addressable.
                    loc.put("id", i);
                    loc.putObject("message").put("text", "evidence " + (i + 1) + " of " + f.evidence().size());
                    related.add(loc);
                }
            }
        }
        ObjectNode props = n.putObject("properties");
        props.put("category", f.category());
        ArrayNode claims = props.putArray("claimIds");
        f.claimIds().forEach(claims::add);
        return n;
    }

    private static ObjectNode location(String uri, Span s, ReportEntry.Positions lines) {
        ObjectNode loc = NODES.objectNode();
        ObjectNode phys = loc.putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", uri);
        LineIndex.Position start = lines.position(s.start());
        LineIndex.Position end = lines.position(s.end());
        ObjectNode region = phys.putObject("region");
        region.put("startLine", start.line());
        region.put("startColumn", start.column());
        region.put("endLine", end.line());
        region.put("endColumn", end.column()); // SARIF: the column of the character after the region
        // The file's own characters: for HTML and JSON the article text is rebuilt, so its offsets are not the file's.
        int from = lines.fileOffset(s.start());
        region.put("charOffset", from);
        region.put("charLength", Math.max(0, lines.fileOffset(s.end()) - from));
        if (s.text() != null) {
            region.putObject("snippet").put("text", s.text());
        }
        return loc;
    }

    /**
     * The input path as a SARIF URI: relative paths stay relative with '/' separators (so a review tool resolves
     * them against the repository root), each segment percent-encoded; absolute paths become file: URIs.
     */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (Path.of(path).isAbsolute() || p.startsWith("/")) {
            return Path.of(path).toUri().toString();
        }
        // A ':' in the first segment would read as a URI scheme ("c:notes.txt"); "./" keeps it a relative path.
        int colon = p.indexOf(':');
        int slash = p.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            p = "./" + p;
        }
        try {
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path cannot be made a URI: " + path, e);
        }
    }
}
