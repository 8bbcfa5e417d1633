package dev.claimcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.engine.ClaimChecker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** Real HTTP on 127.0.0.1 and an ephemeral port, with the JDK's client; one bundled-rules checker per test JVM. */
final class ServerTestSupport {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SEED = Path.of("claims", "huawei-mts-5g.txt");
    /** The library's checker, built once: every server in the tests serves it (or a slow-rules one). */
    static final ClaimChecker CHECKER = ClaimChecker.withDefaultRules();

    final ClaimCheckServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerTestSupport(ClaimChecker checker, ServerOptions options) throws IOException {
        this.server = ClaimCheckServer.start(checker, options);
    }

    static ServerTestSupport defaults() throws IOException {
        return new ServerTestSupport(CHECKER, ServerOptions.defaults(0).withThreads(2, 16));
    }

    URI uri(String path) {
        return URI.create(server.url()).resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(post(path, "application/json", json));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The error object of an error answer, after checking its status and that it is JSON. */
    static JsonNode error(HttpResponse<String> response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError("error answers are JSON: " + response.headers().map());
        }
        JsonNode error = json(response).get("error");
        if (error == null || error.get("status").asInt() != status || !error.hasNonNull("code")) {
            throw new AssertionError("not an error object: " + response.body());
        }
        return error;
    }

    static String article(String title, String body) throws IOException {
        return JSON.createObjectNode().put("title", title).put("body", body).toString();
    }

    /** The bundled rules plus one that sleeps on articles containing SLOW, for time limits, queues and shutdown. */
    static ClaimChecker slowChecker(Path tmp) throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("slow-rules"));
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(rules.resolve("slow.drl"), """
                package test.slow
                import dev.claimcheck.model.Article
                import dev.claimcheck.model.Span
                global dev.claimcheck.engine.RuleSupport cc

                rule "slow-article"
                    @id("slow-article")
                    @category("structure")
                    @severity("info")
                    @description("Takes 1.5 s over an article that says SLOW (tests of time limits and queues).")
                when
                    $a : Article(text contains "SLOW")
                then
                    try { Thread.sleep(1500); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    cc.flag(kcontext, "slow", null, (Span) null, null);
                end
                """);
        Files.writeString(rules.resolve("slow.examples.json"), """
                [{"rule": "slow-article", "fires": true, "text": "SLOW\\n\\nA SLOW text."},
                 {"rule": "slow-article", "fires": false, "text": "Quick\\n\\nA quick text."}]
                """);
        return ClaimChecker.builder().rulesDirectory(rules).build();
    }

    void stop() {
        server.stop();
    }
}
