package dev.claimcheck.engine;

import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.Categories;
import dev.claimcheck.model.SourceMap;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.LineIndex;
import dev.claimcheck.report.VerificationReport.SuppressedFinding;
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
        return build(doc, findings, List.of());
    }

    /** @param suppressed findings the article's own directives silenced, with their reasons */
    static VerificationReport build(ClaimsDocument doc, List<Finding> findings, List<SuppressedFinding> suppressed) {
        var article = doc.article();
        Placer place = new Placer(article);
        List<Finding> sorted = findings.stream().distinct().sorted(ORDER).map(place::at).toList();
        List<SuppressedFinding> silenced = suppressed.stream()
                .sorted(Comparator.comparing(SuppressedFinding::finding, ORDER))
                .map(s -> new SuppressedFinding(s.reason(), s.where(), place.at(s.finding()))).toList();
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
                Summary.of(claims.size(), sorted), claims, sources, attributions, sorted, silenced, article.text(),
                article.sourceMap());
    }

    /** Gives findings the input file's line and column of their first evidence (the article's start without). */
    private static final class Placer {
        private final SourceMap map;
        private final LineIndex lines;

        Placer(dev.claimcheck.model.Article article) {
            map = article.sourceMap();
            lines = map == null ? new LineIndex(article.text()) : null;
        }

        Finding at(Finding f) {
            int offset = Math.max(0, f.firstOffset());
            if (map != null) {
                SourceMap.Position p = map.position(offset);
                return f.at(p.line(), p.column());
            }
            LineIndex.Position p = lines.position(offset);
            return f.at(p.line(), p.column());
        }
    }

    /** @param attributions the claim's own attributions, in document order */
    private static ReportClaim claim(Claim c, List<Attribution> attributions) {
        List<String> sourceIds = attributions.stream()
                .filter(a -> !a.vague())
                .map(Attribution::sourceId).filter(Objects::nonNull).distinct().toList();
        return new ReportClaim(c.id(), c.text(), c.start(), c.end(), c.kind(), sourceIds);
    }
}
