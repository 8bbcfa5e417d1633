package dev.claimcheck.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.claimcheck.server.ServerTestSupport.CHECKER;
import static dev.claimcheck.server.ServerTestSupport.article;
import static dev.claimcheck.server.ServerTestSupport.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API keys, CORS for a CMS front-end, and the security headers of HTML answers. */
class ServerAccessTest {
    private static final String KEY = "k-3f9a1c7e5b2d4068";
    private static final String CMS = "https://cms.example.org";
    @TempDir
    static Path tmp;
    private static ServerTestSupport http;

    @BeforeAll
    static void start() throws Exception {
        Path keys = tmp.resolve("keys.txt");
        Files.writeString(keys, "# newsroom CMS\n" + KEY + "\n\nk-second-key\n");
        http = new ServerTestSupport(CHECKER, ServerOptions.defaults(0).withApiKeys(ApiKeys.read(keys))
                .withCorsOrigins(List.of(CMS)));
    }

    @AfterAll
    static void stop() {
        http.stop();
    }

    private static HttpRequest.Builder check() throws Exception {
        return http.post("/v1/check", "application/json", article("Title", "Sales rose 40% last year."));
    }

    @Test
    void apiCallsNeedABearerKeyFromTheFile() throws Exception {
        HttpResponse<String> none = http.send(check());
        assertEquals("unauthorized", error(none, 401).get("code").asText());
        assertEquals("Bearer realm=\"claimcheck\"", none.headers().firstValue("WWW-Authenticate").orElseThrow());
        HttpResponse<String> wrong = http.send(check().header("Authorization", "Bearer " + KEY + "x"));
        error(wrong, 401);
        assertFalse(wrong.body().contains(KEY), "a presented key is never echoed");
        error(http.send(check().header("Authorization", "Basic " + KEY)), 401);
        assertEquals(200, http.send(check().header("Authorization", "Bearer " + KEY)).statusCode());
        assertEquals(200, http.send(check().header("Authorization", "bearer k-second-key")).statusCode());
        error(http.send(http.get("/metrics")), 401);
        error(http.send(http.get("/v1/rules")), 401);
        // the page, the probes and the API description stay open: they hold no newsroom data
        for (String open : List.of("/", "/health", "/ready", "/openapi.json")) {
            assertEquals(200, http.send(http.get(open)).statusCode(), open);
        }
        assertFalse(http.send(http.get("/metrics").header("Authorization", "Bearer " + KEY)).body().contains(KEY));
        assertFalse(ApiKeys.of(List.of(KEY)).toString().contains(KEY));
    }

    @Test
    void theConfiguredOriginMayCallFromABrowserAndOthersMayNot() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(http.uri("/v1/check"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", CMS)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type"));
        assertEquals(204, preflight.statusCode(), "preflights need no key");
        assertEquals(CMS, preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("Authorization"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));

        HttpResponse<String> call = http.send(check().header("Origin", CMS).header("Authorization", "Bearer " + KEY));
        assertEquals(200, call.statusCode());
        assertEquals(CMS, call.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals(CMS, http.send(check().header("Origin", CMS)).headers().firstValue("Access-Control-Allow-Origin")
                .orElseThrow(), "a 401 is readable by the CMS page too");

        HttpResponse<String> other = http.send(check().header("Origin", "https://evil.example")
                .header("Authorization", "Bearer " + KEY));
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertEquals(403, http.send(HttpRequest.newBuilder(http.uri("/v1/check"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")).statusCode());
    }

    @Test
    void htmlAnswersCarryAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = http.send(http.get("/"));
        HttpResponse<String> report = http.send(http.post("/v1/check?format=html", "application/json",
                article("Title", "Sales rose 40% last year.")).header("Authorization", "Bearer " + KEY));
        for (HttpResponse<String> r : List.of(page, report)) {
            assertEquals(200, r.statusCode());
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.startsWith("default-src 'none';"), csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("http"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("base-uri 'none'"), csp);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElseThrow());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElseThrow());
            assertFalse(r.body().contains("src=\"http") || r.body().contains("href=\"http"), "no external resources");
        }
        assertTrue(page.body().contains("id=\"api-key\""), "with keys configured the page asks for one");
    }

    @Test
    void theDefaultBindIsLoopback() {
        assertEquals("127.0.0.1", ServerOptions.defaults(0).host());
        assertTrue(http.server.url().startsWith("http://127.0.0.1:"));
    }
}
