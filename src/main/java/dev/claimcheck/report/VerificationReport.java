package dev.claimcheck.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.claimcheck.model.SourceMap;
import dev.claimcheck.model.Span;

import java.util.List;
import java.util.Map;

/**
 * The verification report: the public, documented contract (docs/report-schema.json). Field names are stable;
 * new fields may be added, none renamed or removed without a schemaVersion change.
 *
 * <p>{@code articleText} is the original text the offsets point into. It is not serialised (the report names
 * the article, it does not repeat it) but renderers that mark up the article or compute line:column need it.
 */
@JsonPropertyOrder({"schemaVersion", "article", "summary", "claims", "sources", "attributions", "findings",
        "suppressed"})
public record VerificationReport(String schemaVersion, ArticleRef article, Summary summary, List<ReportClaim> claims,
                                 List<ReportSource> sources, List<ReportAttribution> attributions,
                                 List<Finding> findings,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SuppressedFinding> suppressed,
                                 @JsonIgnore String articleText, @JsonIgnore SourceMap sourceMap) {
    public static final String SCHEMA_VERSION = "1.0";

    public VerificationReport {
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
        attributions = List.copyOf(attributions);
        findings = List.copyOf(findings);
        suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
    }

    public VerificationReport(String schemaVersion, ArticleRef article, Summary summary, List<ReportClaim> claims,
                              List<ReportSource> sources, List<ReportAttribution> attributions,
                              List<Finding> findings, String articleText) {
        this(schemaVersion, article, summary, claims, sources, attributions, findings, List.of(), articleText, null);
    }

    /**
     * A finding an editor silenced in the article itself: kept out of the findings, the counts and the exit code,
     * but listed so the report still shows what was silenced and why.
     */
    @JsonPropertyOrder({"reason", "where", "finding"})
    public record SuppressedFinding(String reason, String where, Finding finding) {
    }

    /** This report with other findings (counts recomputed): what baselines and suppressions leave. */
    public VerificationReport withFindings(List<Finding> kept, List<SuppressedFinding> silenced) {
        return new VerificationReport(schemaVersion, article, Summary.of(summary.claims(), kept), claims, sources,
                attributions, kept, silenced, articleText, sourceMap);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleRef(String id, String title, String url, String published) {
    }

    /** Counts. {@code bySeverity} and {@code byCategory} always hold every key, zero or not. */
    public record Summary(int claims, int findings, Map<String, Integer> bySeverity, Map<String, Integer> byCategory) {
        /** The counts of {@code findings}, every severity and category present. */
        public static Summary of(int claims, List<Finding> findings) {
            Map<String, Integer> bySeverity = new java.util.LinkedHashMap<>();
            Severity.NAMES.forEach(s -> bySeverity.put(s, 0));
            Map<String, Integer> byCategory = new java.util.LinkedHashMap<>();
            Categories.ALL.forEach(c -> byCategory.put(c, 0));
            for (Finding f : findings) {
                bySeverity.merge(f.severity(), 1, Integer::sum);
                byCategory.merge(f.category(), 1, Integer::sum);
            }
            return new Summary(claims, findings.size(), bySeverity, byCategory);
        }
    }

    public record ReportClaim(String id, String text, int start, int end, String kind, List<String> sourceIds) {
    }

    public record ReportSource(String id, String name, String kind) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReportAttribution(String claimId, String sourceId, Span source, Span cue, boolean vague) {
    }

    /** Pretty-printed JSON of this report. */
    public String toJson() {
        try {
            return Json.PRETTY.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report could not be serialised", e);
        }
    }

    /** The report on one line (JSON Lines). */
    public String toJsonLine() {
        try {
            return Json.COMPACT.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report could not be serialised", e);
        }
    }

    /** True when some finding is at or above {@code threshold}. */
    public boolean hasFindingsAtOrAbove(Severity threshold) {
        return findings.stream().anyMatch(f -> threshold.isReachedBy(f.severity()));
    }
}
