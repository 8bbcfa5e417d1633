/**
 * The verification report and its renderers.
 *
 * <p>{@link dev.claimcheck.report.VerificationReport} is the JSON contract. The renderers turn one or more
 * {@link dev.claimcheck.report.ReportEntry} (input path + report, whose {@code articleText} the offsets point into)
 * into the other formats of {@code check --format}:
 * <ul>
 *   <li>{@code text}: {@link dev.claimcheck.report.TextReport} (linter lines, optional ANSI colour);</li>
 *   <li>{@code md}: {@link dev.claimcheck.report.MarkdownReport} (CMS comment / pull-request review);</li>
 *   <li>{@code sarif}: {@link dev.claimcheck.report.SarifReport} (SARIF 2.1.0 for review tools);</li>
 *   <li>{@code html}: {@link dev.claimcheck.report.HtmlReport} (one page per article),
 *       {@link dev.claimcheck.report.HtmlIndex} (batch index) and {@link dev.claimcheck.report.HtmlSite}
 *       (writes both into an output folder).</li>
 * </ul>
 * Renderers are stateless and thread-safe; they return strings and never write to stdout.
 */
package dev.claimcheck.report;
