package dev.claimcheck.server;

import dev.claimcheck.engine.ClaimChecker;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Every request's way through the server: metrics, baseline and CORS headers, preflight, API key, admission to the
 * bounded queue, then the endpoint. Any failure becomes a JSON error answer; no stack trace ever reaches a client.
 */
final class Router implements HttpHandler {
    /** Routes that need the API key when keys are configured; the page, the probes and the API description do not. */
    private static final Set<String> PROTECTED = Set.of("/v1/check", "/v1/check/batch", "/v1/extract", "/v1/rules", "/metrics");
    /** Routes that run checks: they take a place in the bounded queue. */
    private static final Set<String> QUEUED = Set.of("/v1/check", "/v1/check/batch", "/v1/extract");
    private static final Map<String, String> METHODS = Map.of(
            "/", "GET", "/health", "GET", "/ready", "GET", "/metrics", "GET", "/openapi.json", "GET",
            "/v1/rules", "GET", "/v1/check", "POST", "/v1/check/batch", "POST", "/v1/extract", "POST");

    private final Api api;
    private final Metrics metrics;
    private final ApiKeys keys;
    private final Cors cors;
    private final EditorPage editor;
    private final ClaimChecker checker;
    private final Semaphore admission;
    private final String openApi;
    private volatile boolean stopping;

    Router(Api api, Metrics metrics, ServerOptions options, EditorPage editor, ClaimChecker checker) {
        this.api = api;
        this.metrics = metrics;
        this.keys = options.apiKeys();
        this.cors = new Cors(options.corsOrigins());
        this.editor = editor;
        this.checker = checker;
        this.admission = new Semaphore(options.threads() + options.queue());
        this.openApi = openApi();
    }

    Metrics metrics() {
        return metrics;
    }

    void stopping() {
        stopping = true;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) {
        long start = System.nanoTime();
        String path = ex.getRequestPath();
        String route = METHODS.containsKey(path) ? path : "other";
        String method = ex.getRequestMethod().toString();
        metrics.started();
        ex.addExchangeCompleteListener((done, next) -> {
            metrics.finished(method, route, done.getStatusCode(), System.nanoTime() - start);
            next.proceed();
        });
        Responses.baseline(ex);
        cors.decorate(ex);
        try {
            if (!cors.answeredPreflight(ex)) {
                route(ex, route);
            }
        } catch (ApiException e) {
            fail(ex, e.error());
        } catch (RuntimeException | IOException e) {
            fail(ex, ApiError.of(500, "internal", "the request could not be answered (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private void route(HttpServerExchange ex, String route) throws IOException {
        if (route.equals("other")) {
            throw new ApiException(404, "not-found", "no such endpoint: " + ex.getRequestPath() + " (see /openapi.json)");
        }
        String allowed = METHODS.get(route);
        if (!ex.getRequestMethod().toString().equals(allowed)
                && !(allowed.equals("GET") && ex.getRequestMethod().equals(Methods.HEAD))) {
            ex.getResponseHeaders().put(Headers.ALLOW, allowed);
            throw new ApiException(405, "method-not-allowed", ex.getRequestMethod() + " " + route + ": use " + allowed);
        }
        if (PROTECTED.contains(route) && !keys.admits(ex.getRequestHeaders().getFirst(Headers.AUTHORIZATION))) {
            ex.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer realm=\"claimcheck\"");
            throw new ApiException(401, "unauthorized", "this server needs an API key: Authorization: Bearer KEY");
        }
        if (QUEUED.contains(route)) {
            queued(ex, route);
            return;
        }
        switch (route) {
            case "/" -> Responses.html(ex, editor.policy(), editor.html());
            case "/health" -> Responses.json(ex, 200, Map.of("status", "up"));
            case "/ready" -> Responses.json(ex, stopping ? 503 : 200,
                    Map.of("status", stopping ? "stopping" : "ready", "rules", checker.rules().size()));
            case "/metrics" -> Responses.send(ex, 200, "text/plain; version=0.0.4", metrics.render());
            case "/openapi.json" -> Responses.send(ex, 200, "application/json", openApi);
            case "/v1/rules" -> api.rules(ex);
            default -> throw new IllegalStateException("unrouted " + route);
        }
    }

    /**
     * Admission: at most threads + queue check requests are held at once; one more is told to come back
     * (429, Retry-After) at once rather than left to wait without bound.
     */
    private void queued(HttpServerExchange ex, String route) throws IOException {
        if (!admission.tryAcquire()) {
            // A check takes milliseconds to a few seconds: a second is long enough for places to free.
            ex.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
            throw new ApiException(429, "queue-full", "the server is busy: every check thread and queue place is taken; retry after 1 s");
        }
        try {
            switch (route) {
                case "/v1/check" -> api.check(ex);
                case "/v1/check/batch" -> api.batch(ex);
                case "/v1/extract" -> api.extract(ex);
                default -> throw new IllegalStateException("unrouted " + route);
            }
        } finally {
            admission.release();
        }
    }

    private static void fail(HttpServerExchange ex, ApiError error) {
        if (ex.isResponseStarted()) {
            ex.endExchange(); // a streamed batch already answered 200: the client sees it cut short
            return;
        }
        Responses.error(ex, error);
    }

    private static String openApi() {
        try (InputStream in = Router.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
