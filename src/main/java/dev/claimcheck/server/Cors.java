package dev.claimcheck.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin access for CMS front-ends: only the configured origins get {@code Access-Control-Allow-Origin} (echoed,
 * never {@code *}, because requests may carry an API key). Preflights are answered before authentication, as
 * browsers send them without credentials.
 */
final class Cors {
    static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
    private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
    private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
    private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
    private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
    private static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");

    private final Set<String> origins;

    Cors(List<String> origins) {
        this.origins = origins.stream().map(Cors::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** Adds the CORS answer headers when the request comes from an allowed origin. */
    void decorate(HttpServerExchange ex) {
        String origin = ex.getRequestHeaders().getFirst(Headers.ORIGIN);
        ex.getResponseHeaders().add(Headers.VARY, "Origin");
        if (origin != null && origins.contains(normalise(origin))) {
            ex.getResponseHeaders().put(ALLOW_ORIGIN, origin);
            ex.getResponseHeaders().put(EXPOSE_HEADERS, "Retry-After");
        }
    }

    /** Whether this is a CORS preflight; if so it has been answered (204 for an allowed origin, else 403). */
    boolean answeredPreflight(HttpServerExchange ex) {
        if (!ex.getRequestMethod().equals(Methods.OPTIONS) || !ex.getRequestHeaders().contains(REQUEST_METHOD)
                || !ex.getRequestHeaders().contains(Headers.ORIGIN)) {
            return false;
        }
        if (!ex.getResponseHeaders().contains(ALLOW_ORIGIN)) {
            Responses.error(ex, ApiError.of(403, "cors-origin", "origin "
                    + ex.getRequestHeaders().getFirst(Headers.ORIGIN) + " may not call this API (see --cors-origin)"));
            return true;
        }
        ex.setStatusCode(204);
        ex.getResponseHeaders().put(ALLOW_METHODS, "GET, POST, OPTIONS");
        ex.getResponseHeaders().put(ALLOW_HEADERS, "Authorization, Content-Type, Accept");
        ex.getResponseHeaders().put(MAX_AGE, "600");
        ex.endExchange();
        return true;
    }

    private static String normalise(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
