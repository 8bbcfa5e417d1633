package dev.claimcheck.server;

import java.util.Locale;

/** The request body types the check endpoints read. Anything else is a 415 that lists these. */
record MediaType(Kind kind) {
    enum Kind { JSON, TEXT, MARKDOWN, HTML }

    static final String ACCEPTED = "application/json, text/plain, text/markdown, text/html (UTF-8)";

    /** The body type of a Content-Type header value; a charset other than UTF-8 is refused, not guessed at. */
    static MediaType of(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("the request has no Content-Type");
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String cs = p.substring("charset=".length()).replace("\"", "");
                if (!cs.equals("utf-8") && !cs.equals("utf8")) {
                    throw unsupported("charset " + cs + " is not supported");
                }
            }
        }
        return switch (type) {
            case "application/json" -> new MediaType(Kind.JSON);
            case "text/plain" -> new MediaType(Kind.TEXT);
            case "text/markdown", "text/x-markdown" -> new MediaType(Kind.MARKDOWN);
            case "text/html" -> new MediaType(Kind.HTML);
            default -> throw unsupported("Content-Type " + type + " is not supported");
        };
    }

    /** A JSON Lines batch body: application/x-ndjson, application/jsonl or application/json-lines (UTF-8). */
    static void requireJsonLines(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/x-ndjson") && !type.equals("application/jsonl")
                && !type.equals("application/json-lines") && !type.equals("application/x-jsonlines")) {
            throw new ApiException(415, "unsupported-media-type", (type.isEmpty() ? "the request has no Content-Type"
                    : "Content-Type " + type + " is not supported") + "; send JSON Lines as application/x-ndjson");
        }
    }

    private static ApiException unsupported(String why) {
        return new ApiException(415, "unsupported-media-type", why + "; send one of " + ACCEPTED);
    }
}
