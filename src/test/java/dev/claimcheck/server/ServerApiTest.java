package dev.claimcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.model.Article;
import dev.claimcheck.report.ReportEntry;
import dev.claimcheck.report.ReportFormat;
import dev.claimcheck.report.VerificationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.claimcheck.server.ServerTestSupport.CHECKER;
import static dev.claimcheck.server.ServerTestSupport.JSON;
import static dev.claimcheck.server.ServerTestSupport.SEED;
import static dev.claimcheck.server.ServerTestSupport.article;
import static dev.claimcheck.server.ServerTestSupport.error;
import static dev.claimcheck.server.ServerTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint over real HTTP, answered as the library would answer the same article. */
class ServerApiTest {
    private static final String TITLE = "Huawei signs deal to develop 5G in Russian Federation";
    private static ServerTestSupport http;
    private static String seedBody;

    @BeforeAll
    static void start() throws Exception {
        http = ServerTestSupport.defaults();
        String seed = Files.readString(SEED);
        seedBody = seed.substring(seed.indexOf('\n')).strip();
    }

    @AfterAll
    static void stop() {
        http.stop();
    }

    private static VerificationReport library(String title, String body) {
        return CHECKER.check(new Article(null, title, null, null, null, title + "\n\n" + body));
    }

    @Test
    void aJsonArticleGetsTheLibrarysReportJson() throws Exception {
        HttpResponse<String> r = http.postJson("/v1/check", article(TITLE, seedBody));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(library(TITLE, seedBody).toJson() + System.lineSeparator(), r.body());
        assertTrue(json(r).get("findings").size() > 10, "the seed has findings");
    }

    @Test
    void textMarkdownAndHtmlBodiesAreReadAsTheCliReadsTheSameFiles() throws Exception {
        for (Path file : List.of(SEED, Path.of("claims/harbour-bridge-closure.md"), Path.of("claims/school-meals-vote.html"))) {
            String type = file.toString().endsWith(".txt") ? "text/plain"
                    : file.toString().endsWith(".md") ? "text/markdown" : "text/html; charset=utf-8";
            HttpResponse<String> r = http.send(http.post("/v1/check", type, Files.readString(file)));
            assertEquals(200, r.statusCode(), file + ": " + r.body());
            JsonNode cli = JSON.readTree(CHECKER.check(file).toJson());
            assertEquals(cli.get("findings"), json(r).get("findings"), file.toString());
            assertEquals(cli.get("claims"), json(r).get("claims"), file.toString());
        }
    }

    @Test
    void acceptOrFormatChoosesTheRenderer() throws Exception {
        VerificationReport lib = library(TITLE, seedBody);
        ReportEntry entry = new ReportEntry("article", lib);
        String body = article(TITLE, seedBody);
        for (ReportFormat f : ReportFormat.values()) {
            HttpResponse<String> byAccept = http.send(http.post("/v1/check", "application/json", body)
                    .header("Accept", f.mediaType()));
            assertEquals(200, byAccept.statusCode(), f + ": " + byAccept.body());
            assertEquals(f.mediaType() + "; charset=utf-8", byAccept.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(f.render(entry, CHECKER.rules()), byAccept.body(), f.name());
            HttpResponse<String> byParam = http.send(http.post("/v1/check?format=" + f.name(), "application/json", body)
                    .header("Accept", "application/json"));
            assertEquals(byAccept.body(), byParam.body(), "?format= wins over Accept: " + f);
        }
        assertEquals("unknown-format", error(http.postJson("/v1/check?format=pdf", body), 400).get("code").asText());
        assertEquals("not-acceptable", error(http.send(http.post("/v1/check", "application/json", body)
                .header("Accept", "image/png")), 406).get("code").asText());
    }

    @Test
    void requestOverridesDisableRulesAndRaiseTheConfidenceFloor() throws Exception {
        VerificationReport full = library(TITLE, seedBody);
        String rule = full.findings().get(0).ruleId();
        String body = JSON.createObjectNode().put("title", TITLE).put("body", seedBody)
                .set("rules", JSON.createObjectNode().set(rule, JSON.createObjectNode().put("enabled", false))).toString();
        JsonNode disabled = json(http.postJson("/v1/check", body));
        assertTrue(disabled.get("findings").size() < full.findings().size());
        disabled.get("findings").forEach(f -> assertTrue(!f.get("ruleId").asText().equals(rule), f.toString()));

        HttpResponse<String> byQuery = http.postJson("/v1/check?disable=" + rule, article(TITLE, seedBody));
        assertEquals(disabled.get("findings"), json(byQuery).get("findings"));

        double floor = full.findings().stream().mapToDouble(f -> f.confidence()).max().orElseThrow();
        JsonNode high = json(http.postJson("/v1/check", JSON.createObjectNode().put("title", TITLE).put("body", seedBody)
                .put("minConfidence", floor).toString()));
        long expected = full.findings().stream().filter(f -> f.confidence() >= floor).count();
        assertEquals(expected, high.get("findings").size());
        assertEquals(expected, high.get("summary").get("findings").asLong(), "the summary counts what is reported");
    }

    @Test
    void unknownRuleIdsAreNamed() throws Exception {
        String body = JSON.createObjectNode().put("title", "T").put("body", "Sales rose.").set("rules",
                JSON.createObjectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set("no-such-rule",
                        JSON.createObjectNode().put("enabled", false))
                        .set("repeated-headline", JSON.createObjectNode().put("enabled", false))).toString();
        JsonNode e = error(http.postJson("/v1/check", body), 400);
        assertEquals("unknown-rules", e.get("code").asText());
        assertEquals("[\"no-such-rule\"]", e.get("rules").toString());
        assertTrue(e.get("message").asText().contains("no-such-rule"));
        assertEquals("unknown-rules", error(http.postJson("/v1/check?enable=also-missing", article("T", "B.")), 400)
                .get("code").asText());
        assertEquals("invalid-override", error(http.postJson("/v1/check",
                "{\"title\":\"T\",\"body\":\"B.\",\"minConfidence\":1.5}"), 400).get("code").asText());
    }

    @Test
    void badRequestsGetClearJsonErrors() throws Exception {
        JsonNode malformed = error(http.postJson("/v1/check", "{\n  \"title\": \"T\",\n  \"body\": oops\n}"), 400);
        assertEquals("malformed-json", malformed.get("code").asText());
        assertEquals(3, malformed.get("line").asInt());
        int column = malformed.get("column").asInt();
        assertTrue(column >= 11 && column <= 15, "the column points at the bad token: " + column);
        assertEquals("missing-body", error(http.postJson("/v1/check", ""), 400).get("code").asText());
        assertEquals("missing-body", error(http.send(http.post("/v1/extract", "text/plain", "")), 400).get("code").asText());
        JsonNode media = error(http.send(http.post("/v1/check", "application/x-www-form-urlencoded", "a=b")), 415);
        assertTrue(media.get("message").asText().contains("application/json"), media.toString());
        assertEquals(415, http.send(http.post("/v1/check", "text/plain; charset=iso-8859-1", "Hello")).statusCode());
        assertEquals(415, http.send(HttpRequestsWithoutType.post(http, "/v1/check", "{}")).statusCode());
        assertEquals("invalid-article", error(http.postJson("/v1/check", "[1, 2]"), 400).get("code").asText());
        assertEquals("invalid-article", error(http.postJson("/v1/check", "{\"title\": \"Only a title\"}"), 400).get("code").asText());
        assertEquals("not-found", error(http.send(http.get("/v2/check")), 404).get("code").asText());
        HttpResponse<String> wrongMethod = http.send(http.get("/v1/check"));
        assertEquals("method-not-allowed", error(wrongMethod, 405).get("code").asText());
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElseThrow());
        for (HttpResponse<String> r : List.of(wrongMethod, http.postJson("/v1/check", "{"))) {
            assertTrue(!r.body().contains("\tat ") && !r.body().contains("Exception"), "no stack trace: " + r.body());
        }
    }

    @Test
    void extractAnswersTheClaimsDocument() throws Exception {
        HttpResponse<String> r = http.postJson("/v1/extract", article(TITLE, seedBody));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(ClaimsDocumentJson.toJson(CHECKER.extract(new Article(null, TITLE, null, null, null,
                TITLE + "\n\n" + seedBody))), r.body());
    }

    @Test
    void rulesHealthAndReady() throws Exception {
        JsonNode rules = json(http.send(http.get("/v1/rules"))).get("rules");
        assertEquals(CHECKER.rules().size(), rules.size());
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        CHECKER.rules().forEach(r -> assertTrue(ids.contains(r.id()), r.id()));
        JsonNode first = rules.get(0);
        for (String field : List.of("category", "severity", "description", "precision", "experimental", "enabled")) {
            assertTrue(first.has(field), field);
        }
        assertEquals("up", json(http.send(http.get("/health"))).get("status").asText());
        HttpResponse<String> ready = http.send(http.get("/ready"));
        assertEquals(200, ready.statusCode());
        assertEquals(CHECKER.rules().size(), json(ready).get("rules").asInt());
    }

    @Test
    void theBatchStreamsOneLineOutPerLineInInInputOrder() throws Exception {
        List<String> bodies = List.of("Sales rose 40% last year.", "It is the biggest firm in Europe, sources said.",
                "The mayor said the plan would cost $4m.", "Officials say the bridge is the longest in the country.");
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i == 3) {
                in.append("{\"title\": \"Broken\", \"body\": }\n");
            } else if (i == 6) {
                in.append("\n"); // blank lines are skipped, as in a .jsonl file
            } else {
                in.append(JSON.createObjectNode().put("id", "a" + i).put("title", "Story " + i)
                        .put("body", bodies.get(i % bodies.size())).toString()).append("\r\n");
            }
        }
        HttpResponse<String> r = http.send(http.post("/v1/check/batch", "application/x-ndjson", in.toString()));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/x-ndjson; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        List<String> lines = r.body().lines().toList();
        assertEquals(11, lines.size(), r.body());
        Iterator<String> out = lines.iterator();
        for (int i = 0; i < 12; i++) {
            if (i == 6) {
                continue;
            }
            JsonNode line = JSON.readTree(out.next());
            if (i == 3) {
                assertEquals(4, line.get("line").asInt());
                assertEquals("malformed-json", line.get("error").get("code").asText());
                assertEquals(4, line.get("error").get("line").asInt(), "the error names the batch line");
            } else {
                String title = "Story " + i;
                assertEquals(CHECKER.check(new Article("a" + i, title, null, null, null,
                        title + "\n\n" + bodies.get(i % bodies.size()))).toJsonLine(), JSON.writeValueAsString(line));
            }
        }
        assertEquals(415, http.send(http.post("/v1/check/batch", "application/json", "{}")).statusCode());
        assertEquals("missing-body", error(http.send(http.post("/v1/check/batch", "application/x-ndjson", "")), 400)
                .get("code").asText());
    }

    @Test
    void concurrentRequestsGetTheLibrarysReports() throws Exception {
        List<String> bodies = List.of(seedBody, "Sales rose 40% last year, sources said.",
                "The council is the largest in the region. The council said so.", "Prices fell 3% in May, analysts say.");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String body = bodies.get(i % bodies.size());
                String title = "Story " + (i % bodies.size());
                same.add(pool.submit(() -> http.postJson("/v1/check", article(title, body)).body()
                        .equals(library(title, body).toJson() + System.lineSeparator())));
            }
            for (Future<Boolean> f : same) {
                assertTrue(f.get(), "a concurrent report differs from the library's");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        http.postJson("/v1/check", article(TITLE, seedBody));
        http.send(http.get("/nowhere"));
        HttpResponse<String> r = http.send(http.get("/metrics"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
        String m = r.body();
        assertTrue(m.matches("(?s).*claimcheck_http_requests_total\\{method=\"POST\",route=\"/v1/check\",status=\"200\"} [1-9].*"), m);
        assertTrue(m.contains("claimcheck_http_requests_total{method=\"GET\",route=\"other\",status=\"404\"}"), m);
        assertTrue(m.contains("claimcheck_http_request_duration_seconds_bucket{route=\"/v1/check\",le=\"+Inf\"}"), m);
        assertTrue(m.contains("# TYPE claimcheck_http_request_duration_seconds histogram"));
        String rule = library(TITLE, seedBody).findings().get(0).ruleId();
        assertTrue(m.matches("(?s).*claimcheck_findings_total\\{rule=\"" + rule + "\"} [1-9].*"), m);
        for (String line : m.lines().toList()) {
            assertTrue(line.startsWith("#") || line.matches("[a-z_]+(\\{[^}]*})? [0-9.E+-]+"), "not exposition format: " + line);
        }
    }

    @Test
    void openApiIsTheFileInDocsAndDescribesEveryRoute() throws Exception {
        HttpResponse<String> r = http.send(http.get("/openapi.json"));
        assertEquals(200, r.statusCode());
        assertEquals(Files.readString(Path.of("docs/openapi.json")), r.body());
        JsonNode api = json(r);
        assertTrue(api.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/", "/health", "/ready", "/metrics", "/openapi.json", "/v1/rules", "/v1/check",
                "/v1/check/batch", "/v1/extract")) {
            assertTrue(api.get("paths").has(path), "openapi.json lacks " + path);
        }
    }

    /** A request with no Content-Type at all (the JDK client adds none unless told). */
    private static final class HttpRequestsWithoutType {
        static HttpRequest.Builder post(ServerTestSupport http, String path, String body) {
            return HttpRequest.newBuilder(http.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        }
    }
}
