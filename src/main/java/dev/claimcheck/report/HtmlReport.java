package dev.claimcheck.report;

import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page per article for an editor: the summary at the top, the article with every evidence
 * span highlighted in its category's colour, and a side panel listing the findings by category and severity, with
 * filters and the claims and their sources. Inline CSS and JavaScript only: the page works from a file, offline,
 * attached to a ticket.
 *
 * <p>Highlights: every evidence span of every finding is a {@code <mark class="hl cat-…">} with {@code data-finding}
 * (the finding's index in the report) and {@code data-hl} (the span's own id). Spans that cross other highlights or
 * claims are split into parts ({@code data-part} 1, 2, …) so the HTML stays well formed; exactly one part of each
 * span has {@code data-part="0"} and the id {@code hl-N}. Claims are {@code <span class="claim">} with a hover
 * title naming the claim's kind and sources.
 *
 * <p>All article text, rule text and metadata is HTML-escaped and nothing from the report reaches the script, so an
 * article containing {@code <script>} shows it as text.
 */
public final class HtmlReport {
    private static final Set<String> ALL_SEVERITIES = new LinkedHashSet<>(Severity.NAMES);

    /**
     * The CSP source expressions ({@code 'sha256-…'}) of the page's one inline style and one inline script. A server
     * that answers this page with a strict Content-Security-Policy allows exactly these, so the page keeps working
     * while any other script (say, one smuggled into the article) could not run even if escaping failed.
     */
    public static List<String> styleHashes() {
        return List.of(Html.cspHash(STYLE_BLOCK));
    }

    /** See {@link #styleHashes()}. */
    public static List<String> scriptHashes() {
        return List.of(Html.cspHash(SCRIPT_BLOCK));
    }

    public String render(ReportEntry entry) {
        VerificationReport r = entry.report();
        String title = RenderSupport.title(r, entry.path());
        StringBuilder out = new StringBuilder(entry.text().length() * 3 + 20_000);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"ClaimCheck\">\n")
                .append("<title>ClaimCheck · ").append(Html.esc(title)).append("</title>\n<style>")
                .append(STYLE_BLOCK).append("</style>\n</head>\n<body>\n");
        header(entry, title, out);
        out.append("<div class=\"layout\">\n<main class=\"main\">\n");
        legend(r, out);
        out.append("<article id=\"article-text\" class=\"text\">").append(markedText(entry)).append("</article>\n")
                .append("</main>\n<aside class=\"panel\" aria-label=\"Findings\">\n");
        filters(r, out);
        findings(entry, out);
        claims(r, out);
        out.append("</aside>\n</div>\n<script>").append(SCRIPT_BLOCK).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    /** A file name for this input's page: its base name without extension, made safe, plus {@code .html}. */
    public static String pageFileName(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return (name.isEmpty() || name.startsWith(".") ? "article" + name : name) + ".html";
    }

    private static void header(ReportEntry e, String title, StringBuilder out) {
        VerificationReport r = e.report();
        VerificationReport.ArticleRef a = r.article();
        out.append("<header class=\"top\">\n<div class=\"brand\">ClaimCheck report</div>\n<h1>")
                .append(Html.esc(title)).append("</h1>\n<p class=\"meta\"><span class=\"path\">")
                .append(Html.esc(e.path())).append("</span>");
        if (a != null && !RenderSupport.isBlank(a.published())) {
            out.append(" · published ").append(Html.esc(a.published()));
        }
        if (a != null && !RenderSupport.isBlank(a.url())) {
            out.append(" · ");
            if (Html.isWebUrl(a.url())) {
                out.append("<a href=\"").append(Html.esc(a.url().strip()))
                        .append("\" rel=\"noopener noreferrer\">").append(Html.esc(a.url())).append("</a>");
            } else {
                out.append(Html.esc(a.url()));
            }
        }
        out.append("</p>\n<div class=\"summary\" id=\"summary\">\n");
        stat(out, "stat-claims", r.claims().size(), r.claims().size() == 1 ? "claim" : "claims");
        stat(out, "stat-findings", r.findings().size(), r.findings().size() == 1 ? "finding" : "findings");
        Map<String, Integer> sev = RenderSupport.bySeverity(r.findings());
        stat(out, "stat-error", sev.get("error"), sev.get("error") == 1 ? "error" : "errors");
        stat(out, "stat-warning", sev.get("warning"), sev.get("warning") == 1 ? "warning" : "warnings");
        stat(out, "stat-info", sev.get("info"), "info");
        out.append("</div>\n</header>\n");
    }

    private static void stat(StringBuilder out, String cls, int n, String label) {
        out.append("<div class=\"stat ").append(cls).append("\"><b>").append(n).append("</b><span>")
                .append(label).append("</span></div>\n");
    }

    private static void legend(VerificationReport r, StringBuilder out) {
        out.append("<div class=\"legend\" aria-label=\"Highlight colours\">");
        for (Map.Entry<String, Integer> c : RenderSupport.byCategory(r.findings()).entrySet()) {
            out.append("<span class=\"legend-item cat-").append(Html.token(c.getKey())).append("\">")
                    .append("<span class=\"swatch\"></span>").append(Html.esc(c.getKey()))
                    .append(" <span class=\"count\">").append(c.getValue()).append("</span></span>");
        }
        out.append("</div>\n");
    }

    /** The article with claims and evidence marked up; see {@link Markup} for how overlaps stay well formed. */
    private static String markedText(ReportEntry e) {
        VerificationReport r = e.report();
        Map<String, String> sourceNames = new LinkedHashMap<>();
        r.sources().forEach(s -> sourceNames.putIfAbsent(s.id(), s.name() == null ? s.id() : s.name()));
        List<Markup.Range> ranges = new ArrayList<>();
        // Claims first: at equal extent the earlier range is the outer one, so a highlight sits inside its claim.
        for (VerificationReport.ReportClaim c : r.claims()) {
            String tip = c.id() + " · " + c.kind() + " — sources: " + sources(c, sourceNames);
            String open = "<span class=\"claim\" data-claim=\"" + Html.esc(c.id()) + "\" title=\"" + Html.esc(tip)
                    + "\" data-part=\"";
            ranges.add(new Markup.Range(c.start(), c.end(), part -> open + part + "\">", "</span>"));
        }
        int hl = 0;
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            String tip = f.severity() + " · " + f.ruleId() + ": " + f.message();
            for (Span s : f.evidence()) {
                int id = hl++;
                String base = "<mark class=\"hl cat-" + Html.token(f.category()) + " sev-" + Html.token(f.severity())
                        + (s.length() == 0 ? " hl-empty" : "") + "\" data-finding=\"" + i + "\" data-hl=\"" + id
                        + "\" data-category=\"" + Html.esc(f.category()) + "\" data-severity=\""
                        + Html.esc(f.severity()) + "\" title=\"" + Html.esc(tip) + "\"";
                ranges.add(new Markup.Range(s.start(), s.end(),
                        part -> base + (part == 0 ? " id=\"hl-" + id + "\"" : "") + " data-part=\"" + part + "\">",
                        "</mark>"));
            }
        }
        return Markup.render(e.text(), ranges);
    }

    private static String sources(VerificationReport.ReportClaim c, Map<String, String> names) {
        if (c.sourceIds() == null || c.sourceIds().isEmpty()) {
            return "none named";
        }
        return c.sourceIds().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }

    private static void filters(VerificationReport r, StringBuilder out) {
        out.append("<section class=\"filters\">\n<h2>Filter</h2>\n<fieldset class=\"filter-group\" id=\"filter-category\">")
                .append("<legend>Category</legend>\n");
        for (Map.Entry<String, Integer> c : RenderSupport.byCategory(r.findings()).entrySet()) {
            out.append("<label class=\"cat-").append(Html.token(c.getKey())).append("\"><input type=\"checkbox\" ")
                    .append("name=\"category\" value=\"").append(Html.esc(c.getKey())).append("\" checked>")
                    .append("<span class=\"swatch\"></span>").append(Html.esc(c.getKey()))
                    .append(" <span class=\"count\">").append(c.getValue()).append("</span></label>\n");
        }
        out.append("</fieldset>\n<fieldset class=\"filter-group\" id=\"filter-severity\"><legend>Severity</legend>\n");
        Set<String> severities = new LinkedHashSet<>(ALL_SEVERITIES);
        r.findings().forEach(f -> severities.add(f.severity()));
        Map<String, Integer> bySev = RenderSupport.bySeverity(r.findings());
        for (String s : severities) {
            out.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(Html.esc(s))
                    .append("\" checked><span class=\"sev sev-").append(Html.token(s)).append("\">")
                    .append(Html.esc(s)).append("</span> <span class=\"count\">")
                    .append(bySev.getOrDefault(s, 0)).append("</span></label>\n");
        }
        out.append("</fieldset>\n</section>\n");
    }

    private static void findings(ReportEntry e, StringBuilder out) {
        VerificationReport r = e.report();
        ReportEntry.Positions lines = e.positions();
        out.append("<section class=\"findings\" id=\"findings\">\n<h2>Findings <span class=\"count\" id=\"visible-count\">")
                .append(r.findings().size()).append("</span></h2>\n");
        if (r.findings().isEmpty()) {
            out.append("<p class=\"empty\">No findings. Nothing for the editor to check.</p>\n");
        }
        // category → severity → findings in reading order
        Map<String, Map<String, List<RenderSupport.Indexed>>> groups = new LinkedHashMap<>();
        Categories.ALL.forEach(c -> groups.put(c, new LinkedHashMap<>()));
        for (RenderSupport.Indexed x : RenderSupport.inReadingOrder(r)) {
            groups.computeIfAbsent(x.finding().category(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(x.finding().severity(), k -> new ArrayList<>()).add(x);
        }
        for (Map.Entry<String, Map<String, List<RenderSupport.Indexed>>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            out.append("<div class=\"group cat-").append(Html.token(g.getKey())).append("\" data-category=\"")
                    .append(Html.esc(g.getKey())).append("\">\n<h3><span class=\"swatch\"></span>")
                    .append(Html.esc(g.getKey())).append("</h3>\n");
            List<String> order = new ArrayList<>(g.getValue().keySet());
            order.sort((a, b) -> RenderSupport.severityRank(a) - RenderSupport.severityRank(b));
            for (String sev : order) {
                out.append("<ol class=\"subgroup\" data-severity=\"").append(Html.esc(sev)).append("\">\n");
                for (RenderSupport.Indexed x : g.getValue().get(sev)) {
                    finding(e, x, lines, out);
                }
                out.append("</ol>\n");
            }
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    /** The other articles' passages of a cross-article finding: links, and both passages side by side. */
    private static void related(ReportEntry e, Finding f, StringBuilder out) {
        for (RelatedPassage p : f.related()) {
            out.append("<div class=\"related\"><span class=\"related-label\">Also in</span> ");
            String page = e.linkTo(p.page());
            if (page != null) {
                out.append("<a href=\"").append(Html.esc(HtmlIndex.safeHref(page))).append("\">")
                        .append(Html.esc(p.name())).append("</a>");
            } else {
                out.append("<b>").append(Html.esc(p.name())).append("</b>");
            }
            if (p.url() != null && Html.isWebUrl(p.url())) {
                out.append(" · <a href=\"").append(Html.esc(p.url())).append("\" rel=\"noopener noreferrer\">")
                        .append(Html.esc(abbreviate(p.url(), 70))).append("</a>");
            }
            out.append(" <span class=\"where\">chars ").append(p.start()).append("–").append(p.end()).append("</span>");
            if (p.text() != null && !f.evidence().isEmpty()) {
                Span mine = f.evidence().get(0);
                String own = mine.text();
                if (f.ruleId().startsWith("figure-")) {
                    // A figure's evidence is the number alone; compare the whole sentences around it.
                    own = e.text().substring(sentenceStart(e.text(), mine.start()), sentenceEnd(e.text(), mine.end()));
                }
                WordDiff.Sides sides = WordDiff.mark(own, p.text());
                out.append("<details class=\"side\"><summary>Side by side (differences marked)</summary>")
                        .append("<div class=\"cols\"><div><h4>This article</h4><p>").append(sides.left())
                        .append("</p></div><div><h4>").append(Html.esc(p.name())).append("</h4><p>")
                        .append(sides.right()).append("</p></div></div></details>");
            }
            out.append("</div>\n");
        }
    }

    private static int sentenceStart(String text, int from) {
        int i = from;
        while (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int from) {
        int i = from;
        while (i < text.length() && ".!?\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return Math.min(text.length(), i + 1);
    }

    private static void finding(ReportEntry e, RenderSupport.Indexed x, ReportEntry.Positions lines, StringBuilder out) {
        Finding f = x.finding();
        out.append("<li class=\"finding cat-").append(Html.token(f.category())).append("\" tabindex=\"0\" role=\"button\"")
                .append(" data-finding=\"").append(x.index()).append("\" data-category=\"").append(Html.esc(f.category()))
                .append("\" data-severity=\"").append(Html.esc(f.severity())).append("\">\n<div class=\"finding-head\">")
                .append("<span class=\"sev sev-").append(Html.token(f.severity())).append("\">")
                .append(Html.esc(f.severity())).append("</span> <code class=\"rule\">").append(Html.esc(f.ruleId()))
                .append("</code>");
        if (f.evidence().isEmpty()) {
            out.append(" <span class=\"where\">whole article</span>");
        } else {
            LineIndex.Position p = lines.position(f.evidence().get(0).start());
            out.append(" <span class=\"where\">line ").append(p.line()).append(", col ").append(p.column())
                    .append("</span>");
        }
        out.append("</div>\n<p class=\"message\">").append(Html.esc(f.message())).append("</p>\n");
        if (!RenderSupport.isBlank(f.suggestion())) {
            out.append("<p class=\"suggestion\"><b>Suggestion</b> ").append(Html.esc(f.suggestion())).append("</p>\n");
        }
        for (Span s : f.evidence()) {
            out.append("<blockquote class=\"evidence\">").append(Html.esc(abbreviate(s.text(), 160)))
                    .append("</blockquote>\n");
        }
        related(e, f, out);
        if (!f.claimIds().isEmpty()) {
            out.append("<p class=\"claims-ref\">Claims: ").append(Html.esc(String.join(", ", f.claimIds())))
                    .append("</p>\n");
        }
        out.append("</li>\n");
    }

    private static void claims(VerificationReport r, StringBuilder out) {
        Map<String, VerificationReport.ReportSource> byId = new LinkedHashMap<>();
        r.sources().forEach(s -> byId.putIfAbsent(s.id(), s));
        out.append("<section class=\"claims\" id=\"claims\">\n<h2>Claims and sources <span class=\"count\">")
                .append(r.claims().size()).append("</span></h2>\n<ol class=\"claim-list\">\n");
        for (VerificationReport.ReportClaim c : r.claims()) {
            out.append("<li class=\"claim-item\" data-claim=\"").append(Html.esc(c.id())).append("\"><div>")
                    .append("<code>").append(Html.esc(c.id())).append("</code> <span class=\"kind\">")
                    .append(Html.esc(c.kind())).append("</span></div><p>").append(Html.esc(abbreviate(c.text(), 200)))
                    .append("</p><p class=\"sources\">");
            if (c.sourceIds() == null || c.sourceIds().isEmpty()) {
                out.append("<span class=\"no-source\">No source named</span>");
            } else {
                List<String> parts = new ArrayList<>();
                for (String id : c.sourceIds()) {
                    VerificationReport.ReportSource s = byId.get(id);
                    parts.add(s == null ? Html.esc(id)
                            : Html.esc(s.name()) + " <span class=\"kind\">" + Html.esc(s.kind()) + "</span>");
                }
                out.append("Source: ").append(String.join("; ", parts));
            }
            long vague = r.attributions().stream().filter(a -> a.vague() && c.id().equals(a.claimId())).count();
            if (vague > 0) {
                out.append(" <span class=\"vague\">vague attribution</span>");
            }
            out.append("</p></li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    /** At most {@code max} chars with an ellipsis; never cuts between the two halves of a surrogate pair. */
    static String abbreviate(String s, int max) {
        String t = RenderSupport.oneLine(s);
        if (t.length() <= max) {
            return t;
        }
        int cut = max - 1;
        if (Character.isLowSurrogate(t.charAt(cut)) && Character.isHighSurrogate(t.charAt(cut - 1))) {
            cut--; // an emoji or other astral character stays whole or goes whole
        }
        return t.substring(0, cut).strip() + "…";
    }

    private static final String PAGE_CSS = """
            .top{background:var(--paper);border-bottom:1px solid var(--line);padding:20px max(32px,calc((100% - 1304px)/2)) 18px}
            .brand{font-size:12px;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--accent)}
            h1{margin:4px 0 2px;font:700 26px/1.25 Georgia,"Iowan Old Style","Times New Roman",serif}
            .meta{margin:0 0 14px;color:var(--muted);font-size:13px}
            .path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            .summary{display:flex;flex-wrap:wrap;gap:10px}
            .stat{background:var(--wash);border:1px solid var(--line);border-radius:8px;padding:6px 14px;min-width:86px}
            .stat b{display:block;font-size:20px;line-height:1.2}
            .stat span{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
            .stat-error b{color:var(--error)}.stat-warning b{color:var(--warning)}.stat-info b{color:var(--info)}
            .layout{display:grid;grid-template-columns:minmax(0,860px) minmax(320px,420px);justify-content:center;
            gap:24px;padding:24px 32px;align-items:start}
            .main{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:24px 40px 40px;
            min-width:0}
            .legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:12px;color:var(--muted);
            padding-bottom:12px;margin-bottom:20px;border-bottom:1px solid var(--line)}
            .legend .count{color:var(--ink);font-weight:600}
            .text{white-space:pre-wrap;overflow-wrap:break-word;
            font:18px/1.7 Georgia,"Iowan Old Style","Times New Roman",serif}
            .claim{border-bottom:1px dotted #9aa1b1}
            .claim.hover{background:rgba(255,214,0,.28)}
            mark.hl{background:var(--bg);color:inherit;border-bottom:2px solid var(--c);border-radius:2px;
            padding:1px 0;cursor:pointer;scroll-margin:30vh}
            mark.hl mark.hl{border-bottom-style:double;border-bottom-width:3px}
            mark.hl-empty{display:inline-block;width:4px;height:1.1em;background:var(--c);vertical-align:-2px}
            mark.hl.active{background:var(--c);border-bottom-color:var(--ink);color:#fff}
            mark.hl.filtered-out{background:transparent;border-bottom-color:transparent;cursor:auto}
            mark.hl.active.filtered-out{color:inherit}
            .panel{position:sticky;top:16px;max-height:calc(100vh - 32px);overflow:auto;background:var(--paper);
            border:1px solid var(--line);border-radius:10px;padding:4px 18px 18px}
            .panel h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:18px 0 8px}
            .panel h2 .count{background:var(--wash);border-radius:9px;padding:0 7px;color:var(--ink)}
            .filter-group{border:0;padding:0;margin:0 0 10px;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:13px}
            .filter-group legend{font-weight:600;font-size:12px;color:var(--muted);padding:0;margin-bottom:4px}
            .filter-group label{cursor:pointer;white-space:nowrap}
            .filter-group input{margin:0 5px 0 0;vertical-align:-2px}
            .filter-group .count{color:var(--muted)}
            .group h3{font-size:14px;margin:14px 0 6px}
            .subgroup{list-style:none;margin:0;padding:0}
            .finding{border:1px solid var(--line);border-left:4px solid var(--c);border-radius:6px;padding:8px 10px;
            margin:0 0 8px;cursor:pointer;font-size:13.5px;transition:box-shadow .15s}
            .finding:hover{box-shadow:0 1px 6px rgba(20,30,60,.12)}
            .finding:focus-visible{outline:2px solid var(--accent)}
            .finding.active{background:#f2f6ff;box-shadow:0 0 0 2px var(--c)}
            .finding-head{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
            .rule{font-size:12px;background:var(--wash);padding:0 5px;border-radius:4px}
            .where{margin-left:auto;font-size:12px;color:var(--muted)}
            .message{margin:6px 0 0}
            .suggestion{margin:6px 0 0;color:#2d4a2d}
            .suggestion b{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:#3f7a3f;margin-right:4px}
            .evidence{margin:6px 0 0;padding:2px 8px;border-left:3px solid var(--line);color:var(--muted);
            font:italic 13px/1.45 Georgia,serif}
            .claims-ref{margin:6px 0 0;font-size:12px;color:var(--muted)}
            .related{margin:6px 0 0;font-size:12.5px}
            .related-label{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
            .side summary{cursor:pointer;color:var(--accent);margin-top:4px}
            .side .cols{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin-top:6px}
            .side h4{margin:0 0 4px;font-size:12px}
            .side p{margin:0;font:13px/1.5 Georgia,serif}
            mark.diff{background:#ffe3a3;border-radius:2px}
            .empty{color:var(--muted)}
            .claim-list{list-style:none;margin:0;padding:0;font-size:13px}
            .claim-item{border-top:1px solid var(--line);padding:8px 0}
            .claim-item p{margin:3px 0 0}
            .kind{font-size:11px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
            .sources{color:var(--muted)}
            .no-source,.vague{color:var(--error);font-weight:600}
            [hidden]{display:none!important}
            @media (max-width:960px){.layout{grid-template-columns:1fr;padding:16px}
            .panel{position:static;max-height:none}.main{padding:20px}.top{padding:16px}}
            @media print{.panel{position:static;max-height:none}.layout{grid-template-columns:1fr}}
            """;

    /** Behaviour only; it reads everything it needs from data- attributes, never from report text. */
    private static final String SCRIPT = """
            (function () {
              'use strict';
              var items = Array.prototype.slice.call(document.querySelectorAll('.finding'));
              var marks = Array.prototype.slice.call(document.querySelectorAll('mark.hl'));
              function marksOf(i) { return marks.filter(function (m) { return m.dataset.finding === String(i); }); }
              function itemOf(i) { return items.filter(function (it) { return it.dataset.finding === String(i); })[0]; }
              function select(i, from) {
                document.querySelectorAll('.active').forEach(function (e) { e.classList.remove('active'); });
                var item = itemOf(i), ms = marksOf(i);
                if (item) { item.classList.add('active'); }
                ms.forEach(function (m) { m.classList.add('active'); });
                if (from === 'panel') {
                  var first = ms.filter(function (m) { return m.dataset.part === '0'; })[0] || ms[0];
                  if (first) { first.scrollIntoView({block: 'center'}); }
                } else if (item) {
                  item.scrollIntoView({block: 'nearest'});
                }
              }
              items.forEach(function (it) {
                it.addEventListener('click', function () { select(it.dataset.finding, 'panel'); });
                it.addEventListener('keydown', function (ev) {
                  if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(it.dataset.finding, 'panel'); }
                });
              });
              marks.forEach(function (m) {
                m.addEventListener('click', function (ev) {
                  if (m.classList.contains('filtered-out')) { return; }
                  ev.stopPropagation();
                  select(m.dataset.finding, 'text');
                });
              });
              function checked(name) {
                var s = {};
                document.querySelectorAll('input[name="' + name + '"]').forEach(function (c) { s[c.value] = c.checked; });
                return s;
              }
              function applyFilters() {
                var cats = checked('category'), sevs = checked('severity'), visible = 0;
                function shown(e) { return cats[e.dataset.category] !== false && sevs[e.dataset.severity] !== false; }
                items.forEach(function (it) { it.hidden = !shown(it); if (!it.hidden) { visible++; } });
                marks.forEach(function (m) { m.classList.toggle('filtered-out', !shown(m)); });
                document.querySelectorAll('.subgroup, .group').forEach(function (g) {
                  g.hidden = !g.querySelector('.finding:not([hidden])');
                });
                var count = document.getElementById('visible-count');
                if (count) { count.textContent = String(visible); }
              }
              document.querySelectorAll('.filters input').forEach(function (c) { c.addEventListener('change', applyFilters); });
              document.querySelectorAll('.claim-item').forEach(function (li) {
                function toggle(on) {
                  document.querySelectorAll('.claim').forEach(function (c) {
                    if (c.dataset.claim === li.dataset.claim) { c.classList.toggle('hover', on); }
                  });
                }
                li.addEventListener('mouseenter', function () { toggle(true); });
                li.addEventListener('mouseleave', function () { toggle(false); });
              });
            })();
            """;

    /** The exact text of the inline style and script elements: what the page carries is what {@link #styleHashes()} hashes. */
    private static final String STYLE_BLOCK = "\n" + Html.BASE_CSS + Html.CATEGORY_CSS + PAGE_CSS;
    private static final String SCRIPT_BLOCK = "\n" + SCRIPT;
}
