package dev.claimcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.engine.ClaimChecker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static dev.claimcheck.server.ServerTestSupport.CHECKER;
import static dev.claimcheck.server.ServerTestSupport.article;
import static dev.claimcheck.server.ServerTestSupport.error;
import static dev.claimcheck.server.ServerTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Overload and abuse: body limit, time limit, full queue, graceful stop. A rule that sleeps 1.5 s on articles
 * saying SLOW makes the slow cases deterministic without racing real work.
 */
class ServerLimitsTest {
    @TempDir
    static Path tmp;
    private static ClaimChecker slow;

    @BeforeAll
    static void rules() throws Exception {
        slow = ServerTestSupport.slowChecker(tmp);
    }

    @Test
    void bodiesOverTheConfiguredLimitAre413() throws Exception {
        ServerTestSupport http = new ServerTestSupport(CHECKER, ServerOptions.defaults(0).withMaxBodyBytes(1000));
        try {
            String small = article("Title", "Sales rose 40% last year.");
            assertEquals(200, http.postJson("/v1/check", small).statusCode());
            JsonNode e = error(http.postJson("/v1/check", article("Title", "x".repeat(1200))), 413);
            assertTrue(e.get("message").asText().contains("1000 bytes"), e.toString());
            // far over the limit: refused unread
            assertEquals(413, http.send(http.post("/v1/check", "text/plain", "y".repeat(40_000))).statusCode());
            String batch = small + "\n" + article("Long", "z".repeat(1500)) + "\n" + small + "\n";
            var lines = http.send(http.post("/v1/check/batch", "application/x-ndjson", batch)).body().lines().toList();
            assertEquals(3, lines.size());
            assertEquals(413, ServerTestSupport.JSON.readTree(lines.get(1)).get("error").get("status").asInt());
            assertTrue(lines.get(2).startsWith("{\"schemaVersion\""), "the line after a too-long one is still checked");
            assertEquals(200, http.postJson("/v1/check", small).statusCode(), "the server still answers");
        } finally {
            http.stop();
        }
    }

    @Test
    void anArticleOverTheTimeLimitGetsItsErrorAndTheWorkerGoesOn() throws Exception {
        ServerTestSupport http = new ServerTestSupport(slow, ServerOptions.defaults(0).withThreads(1, 4)
                .withTimeout(Duration.ofMillis(300)));
        try {
            long start = System.nanoTime();
            JsonNode e = error(http.postJson("/v1/check", article("SLOW", "A SLOW article.")), 422);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals("time-limit", e.get("code").asText());
            assertTrue(e.get("message").asText().contains("300 ms"), e.toString());
            assertTrue(ms < 1400, "answered at the limit, not when the rule finished: " + ms + " ms");
            // the only thread was freed: a quick article is checked at once
            assertEquals(200, http.postJson("/v1/check", article("Quick", "Sales rose 40% last year.")).statusCode());
        } finally {
            http.stop();
        }
    }

    @Test
    void aFullQueueIsAnswered429WithRetryAfter() throws Exception {
        ServerTestSupport http = new ServerTestSupport(slow, ServerOptions.defaults(0).withThreads(1, 1));
        try {
            String slowArticle = article("SLOW", "A SLOW article.");
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> post(http, slowArticle));
            awaitInFlight(http, 1);
            CompletableFuture<HttpResponse<String>> queued = CompletableFuture.supplyAsync(() -> post(http, slowArticle));
            awaitInFlight(http, 2);
            HttpResponse<String> refused = http.postJson("/v1/check", article("Quick", "Sales rose."));
            assertEquals("queue-full", error(refused, 429).get("code").asText());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(200, http.send(http.get("/health")).statusCode(), "probes are not queued");
            assertEquals(200, running.get().statusCode());
            assertEquals(200, queued.get().statusCode());
            assertEquals(200, http.postJson("/v1/check", article("Quick", "Sales rose.")).statusCode());
        } finally {
            http.stop();
        }
    }

    @Test
    void stopFinishesTheRequestsInFlightAndRefusesNewOnes() throws Exception {
        ServerTestSupport http = new ServerTestSupport(slow, ServerOptions.defaults(0).withThreads(2, 4));
        String slowArticle = article("SLOW", "A SLOW article.");
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> post(http, slowArticle));
        awaitInFlight(http, 1);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(http::stop);
        HttpResponse<String> finished = inFlight.get();
        assertEquals(200, finished.statusCode(), finished.body());
        assertTrue(json(finished).get("findings").toString().contains("slow-article"));
        stopping.get();
        assertThrows(Exception.class, () -> java.net.http.HttpClient.newHttpClient().send(http.get("/health").build(),
                HttpResponse.BodyHandlers.ofString()), "the listener is closed");
    }

    private static HttpResponse<String> post(ServerTestSupport http, String body) {
        try {
            return http.postJson("/v1/check", body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (at most 10 s) until the server holds {@code n} requests. */
    private static void awaitInFlight(ServerTestSupport http, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (http.server.inFlight() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server never held " + n + " requests");
            }
            Thread.sleep(10);
        }
    }
}
