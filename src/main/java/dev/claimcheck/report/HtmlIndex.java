package dev.claimcheck.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code index.html} of a batch: one row per article with its counts by severity and category, sortable by
 * clicking a column header, each title linking to the article's page. Self-contained like the pages.
 */
public final class HtmlIndex {

    public String render(List<IndexRow> rows) {
        return render(rows, List.of());
    }

    /** The index, with a section grouping articles that share passages (none when {@code clusters} is empty). */
    public String render(List<IndexRow> rows, List<IndexCluster> clusters) {
        StringBuilder out = new StringBuilder(4_000 + rows.size() * 600);
        int findings = rows.stream().mapToInt(r -> r.report().findings().size()).sum();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"ClaimCheck\">\n")
                .append("<title>ClaimCheck · ").append(RenderSupport.plural(rows.size(), "article"))
                .append("</title>\n<style>\n").append(Html.BASE_CSS).append(Html.CATEGORY_CSS).append(CSS)
                .append("</style>\n</head>\n<body>\n<header class=\"top\"><div class=\"brand\">ClaimCheck report</div>")
                .append("<h1>").append(RenderSupport.plural(rows.size(), "article")).append(", ")
                .append(RenderSupport.plural(findings, "finding")).append("</h1>")
                .append("<p class=\"hint\">Click a column header to sort; click a title to open its marked-up page.</p>")
                .append("</header>\n<main>\n<table id=\"index\">\n<thead><tr>")
                .append("<th data-type=\"text\" aria-sort=\"none\"><button type=\"button\">Article</button></th>");
        numberHeader(out, "Claims", null);
        numberHeader(out, "Findings", null);
        for (String s : Severity.NAMES) {
            numberHeader(out, s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1), "sev-" + s);
        }
        for (String c : Categories.ALL) {
            numberHeader(out, c, "cat-" + c);
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (IndexRow row : rows) {
            VerificationReport r = row.report();
            String title = RenderSupport.isBlank(row.title()) ? RenderSupport.title(r, row.href()) : row.title();
            out.append("<tr><td data-value=\"").append(Html.esc(title.toLowerCase(Locale.ROOT))).append("\"><a href=\"")
                    .append(Html.esc(safeHref(row.href()))).append("\">").append(Html.esc(title)).append("</a></td>");
            cell(out, r.claims().size());
            cell(out, r.findings().size());
            Map<String, Integer> sev = RenderSupport.bySeverity(r.findings());
            Severity.NAMES.forEach(s -> cell(out, sev.get(s)));
            Map<String, Integer> cat = RenderSupport.byCategory(r.findings());
            Categories.ALL.forEach(c -> cell(out, cat.get(c)));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        clusters(clusters, out);
        out.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void clusters(List<IndexCluster> clusters, StringBuilder out) {
        if (clusters.isEmpty()) {
            return;
        }
        out.append("<section id=\"clusters\"><h2>Articles sharing passages</h2>")
                .append("<p class=\"hint\">Each group holds articles with passages found in one another; the share is ")
                .append("the part of each article's text inside shared passages. Open an article for the passages side by ")
                .append("side.</p>\n");
        for (IndexCluster c : clusters) {
            out.append("<ul class=\"cluster\">");
            for (IndexCluster.Member m : c.members()) {
                out.append("<li><a href=\"").append(Html.esc(safeHref(m.href()))).append("\">").append(Html.esc(m.title()))
                        .append("</a> <span class=\"share\">").append(Math.round(m.share() * 100)).append("% shared, ")
                        .append(RenderSupport.plural(m.passages(), "passage")).append("</span></li>");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static void numberHeader(StringBuilder out, String label, String cls) {
        out.append("<th data-type=\"number\" aria-sort=\"none\" class=\"num\"><button type=\"button\">");
        if (cls != null && cls.startsWith("cat-")) {
            out.append("<span class=\"").append(Html.esc(cls)).append("\"><span class=\"swatch\"></span></span>");
        }
        out.append(Html.esc(label)).append("</button></th>");
    }

    private static void cell(StringBuilder out, int n) {
        out.append("<td class=\"num").append(n == 0 ? " zero" : "").append("\" data-value=\"").append(n).append("\">")
                .append(n).append("</td>");
    }

    /** Keeps scheme-bearing links other than http(s) (javascript:, data:) from becoming live. */
    static String safeHref(String href) {
        String h = href.strip();
        boolean hasScheme = h.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
        return hasScheme && !Html.isWebUrl(h) ? "./" + h : h;
    }

    private static final String CSS = """
            .top{background:var(--paper);border-bottom:1px solid var(--line);padding:20px 32px}
            .brand{font-size:12px;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--accent)}
            h1{margin:4px 0;font:700 26px/1.25 Georgia,"Iowan Old Style","Times New Roman",serif}
            .hint{margin:0;color:var(--muted);font-size:13px}
            main{padding:24px 32px;overflow-x:auto}
            table{border-collapse:collapse;background:var(--paper);border:1px solid var(--line);font-size:14px;
            min-width:100%}
            th,td{padding:8px 12px;border-bottom:1px solid var(--line);text-align:left}
            th{background:#fafbfc;font-size:12px;vertical-align:bottom;max-width:8.5em}
            th.num{text-align:right}
            td:first-child{min-width:14em;font-weight:600}
            th button{all:unset;cursor:pointer;font-weight:700}
            th button:focus-visible{outline:2px solid var(--accent)}
            th[aria-sort=ascending] button::after{content:" ▲"}
            th[aria-sort=descending] button::after{content:" ▼"}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            td.zero{color:#b3b9c5}
            tbody tr:hover{background:#f7f9fd}
            #clusters h2{font-size:16px;margin:28px 0 6px}
            .cluster{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:8px 12px 8px 30px;
            margin:0 0 10px;font-size:14px}
            .cluster .share{color:var(--muted);font-size:12.5px}
            """;

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var table = document.getElementById('index');
              var headers = Array.prototype.slice.call(table.querySelectorAll('th'));
              headers.forEach(function (th, col) {
                th.querySelector('button').addEventListener('click', function () {
                  var numeric = th.dataset.type === 'number';
                  // Numbers sort largest first on the first click: the articles needing most work come to the top.
                  var dir = th.getAttribute('aria-sort') === (numeric ? 'descending' : 'ascending')
                      ? (numeric ? 'ascending' : 'descending') : (numeric ? 'descending' : 'ascending');
                  headers.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
                  th.setAttribute('aria-sort', dir);
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[col].dataset.value, y = b.cells[col].dataset.value;
                    var c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
                    return dir === 'ascending' ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            })();
            """;
}
