package dev.claimcheck.engine;

import dev.claimcheck.model.Span;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.RelatedPassage;
import org.kie.api.runtime.rule.RuleContext;

import java.util.List;

/**
 * What the cross-article rules call besides {@code cc}, exposed to DRL as the global {@code xc}: report a finding
 * that names the other articles' passages, so reports can link to them and show both side by side. The finding
 * itself is made by {@link RuleSupport#flag} (metadata, config severity, confidence floor), then given its related
 * passages. One instance per check.
 */
public final class CrossSupport {
    static final String GLOBAL = "xc";
    private final RuleSupport support;

    CrossSupport(RuleSupport support) {
        this.support = support;
    }

    /** Reports a finding with one evidence span about the given other passages. */
    public void flag(RuleContext ctx, String message, String suggestion, Span evidence, List<RelatedPassage> related) {
        List<Finding> findings = support.findings();
        int before = findings.size();
        support.flag(ctx, message, suggestion, evidence, (String) null);
        if (findings.size() > before) {
            Finding f = findings.remove(findings.size() - 1);
            findings.add(f.withRelated(related));
        }
    }

    /** The names of passages for a message: "Title A", "Title B" (at most {@code max}, then "and N more"). */
    public String names(List<RelatedPassage> passages, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(max, passages.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(passages.get(i).name()).append('"');
        }
        if (passages.size() > max) {
            sb.append(" and ").append(passages.size() - max).append(" more");
        }
        return sb.toString();
    }

    /** How a message names another article's passage: "Title" (id ID, URL, chars 120-480). */
    public String describe(RelatedPassage p) {
        StringBuilder sb = new StringBuilder("\"").append(p.name()).append("\" (");
        if (p.id() != null && !p.id().isBlank() && !p.id().equals(p.title())) {
            sb.append("id ").append(p.id()).append(", ");
        }
        if (p.url() != null && !p.url().isBlank()) {
            sb.append(p.url()).append(", ");
        }
        return sb.append("chars ").append(p.start()).append('-').append(p.end()).append(')').toString();
    }

    /** A similarity as a whole percentage. */
    public long percent(double similarity) {
        return Math.round(similarity * 100);
    }
}
