package dev.claimcheck.engine;

import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.Categories;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.Severity;
import dev.claimcheck.report.VerificationReport;
import dev.claimcheck.report.VerificationReport.ArticleRef;
import dev.claimcheck.report.VerificationReport.ReportAttribution;
import dev.claimcheck.report.VerificationReport.ReportClaim;
import dev.claimcheck.report.VerificationReport.ReportSource;
import dev.claimcheck.report.VerificationReport.Summary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Assembles the report contract from a claims document and the findings its rules produced. */
final class ReportBuilder {
    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::firstOffset)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private ReportBuilder() {
    }

    static VerificationReport build(ClaimsDocument doc, List<Finding> findings) {
        List<Finding> sorted = findings.stream().distinct().sorted(ORDER).toList();
        var article = doc.article();
        // Attributions grouped by claim once: looking them up per claim would cost claims x attributions.
        Map<String, List<Attribution>> byClaim = doc.attributions().stream()
                .filter(a -> a.claimId() != null)
                .collect(Collectors.groupingBy(Attribution::claimId, LinkedHashMap::new, Collectors.toList()));
        List<ReportClaim> claims = doc.claims().stream()
                .map(c -> claim(c, byClaim.getOrDefault(c.id(), List.of()))).toList();
        List<ReportSource> sources = doc.sources().stream()
                .map(s -> new ReportSource(s.id(), s.name(), s.kind())).toList();
        List<ReportAttribution> attributions = doc.attributions().stream()
                .map(a -> new ReportAttribution(a.claimId(), a.vague() ? null : a.sourceId(),
                        a.vague() ? null : a.source(), a.cue(), a.vague()))
                .toList();
        return new VerificationReport(VerificationReport.SCHEMA_VERSION,
                new ArticleRef(article.id(), article.title(), article.url(), article.published()),
                summary(claims.size(), sorted), claims, sources, attributions, sorted, article.text());
    }

    /** @param attributions the claim's own attributions, in document order */
    private static ReportClaim claim(Claim c, List<Attribution> attributions) {
        List<String> sourceIds = attributions.stream()
                .filter(a -> !a.vague())
                .map(Attribution::sourceId).filter(Objects::nonNull).distinct().toList();
        return new ReportClaim(c.id(), c.text(), c.start(), c.end(), c.kind(), sourceIds);
    }

    private static Summary summary(int claims, List<Finding> findings) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        Severity.NAMES.forEach(s -> bySeverity.put(s, 0));
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        Categories.ALL.forEach(c -> byCategory.put(c, 0));
        for (Finding f : findings) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byCategory.merge(f.category(), 1, Integer::sum);
        }
        return new Summary(claims, findings.size(), bySeverity, byCategory);
    }
}
