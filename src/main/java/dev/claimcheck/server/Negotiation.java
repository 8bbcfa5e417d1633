package dev.claimcheck.server;

import dev.claimcheck.report.ReportFormat;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which report format to answer: {@code ?format=} when given (a link or a form can set it), else the first type of
 * the Accept header that ClaimCheck renders, else JSON. An Accept that names only types it cannot render is a 406.
 */
final class Negotiation {
    private Negotiation() {
    }

    static ReportFormat choose(String formatParam, String accept) {
        if (formatParam != null) {
            return Arrays.stream(ReportFormat.values()).filter(f -> f.name().equals(formatParam.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new ApiException(400, "unknown-format",
                            "format " + formatParam + " is not one of text, json, md, sarif, html"));
        }
        if (accept == null || accept.isBlank()) {
            return ReportFormat.json;
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (part.toLowerCase(Locale.ROOT).replace(" ", "").contains(";q=0") && !part.contains("q=0.")) {
                continue; // q=0 means "not this one"
            }
            switch (type) {
                case "*/*", "application/*", "application/json" -> { return ReportFormat.json; }
                case "text/html" -> { return ReportFormat.html; }
                case "text/markdown", "text/x-markdown" -> { return ReportFormat.md; }
                case "application/sarif+json" -> { return ReportFormat.sarif; }
                case "text/plain" -> { return ReportFormat.text; }
                default -> { }
            }
        }
        throw new ApiException(406, "not-acceptable", "none of Accept: " + accept
                + " is a report format; use application/json, text/html, text/markdown, application/sarif+json or text/plain");
    }
}
