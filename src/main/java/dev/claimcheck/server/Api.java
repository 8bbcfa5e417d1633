package dev.claimcheck.server;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.report.ReportEntry;
import dev.claimcheck.report.ReportFormat;
import dev.claimcheck.report.RuleInfo;
import dev.claimcheck.report.VerificationReport;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The /v1 endpoints: thin translations between HTTP and {@link ClaimChecker}. */
final class Api {
    /** A body declared this many times over the limit is refused unread (and the connection closed). */
    private static final int UNREAD_FACTOR = 16;

    private final Checks checks;
    private final ArticleParser parser;
    private final BoundedBody bounded;
    private final long maxBody;
    private final int window;

    Api(Checks checks, ArticleParser parser, ServerOptions options) {
        this.checks = checks;
        this.parser = parser;
        this.bounded = new BoundedBody(options.maxBodyBytes());
        this.maxBody = options.maxBodyBytes();
        this.window = options.threads() * 2;
    }

    /** POST /v1/check: one article in, its report out in the negotiated format. */
    void check(HttpServerExchange ex) throws IOException {
        MediaType type = MediaType.of(ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
        ReportFormat format = Negotiation.choose(param(ex, "format"), ex.getRequestHeaders().getFirst(Headers.ACCEPT));
        ArticleRequest request = withQuery(ex, parser.parse(type, body(ex)));
        VerificationReport report = checks.check(request);
        String rendered = format.render(new ReportEntry(request.displayName(), report), checks.checker().rules());
        if (format == ReportFormat.html) {
            Responses.html(ex, EditorPage.reportPolicy(), rendered);
        } else {
            Responses.send(ex, 200, format.mediaType(), rendered);
        }
    }

    /** POST /v1/extract: one article in, its claims document out. */
    void extract(HttpServerExchange ex) throws IOException {
        MediaType type = MediaType.of(ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
        ArticleRequest request = parser.parse(type, body(ex));
        Responses.send(ex, 200, "application/json", ClaimsDocumentJson.toJson(checks.extract(request)));
    }

    /** GET /v1/rules: every loaded rule with its metadata and whether this server runs it. */
    void rules(HttpServerExchange ex) {
        ClaimChecker checker = checks.checker();
        List<RuleView> rules = checker.rules().stream().map(r -> RuleView.of(r, checker)).toList();
        Responses.json(ex, 200, Map.of("rules", rules));
    }

    /**
     * POST /v1/check/batch: JSON Lines in, JSON Lines out as the reports finish, in input order. Up to twice the
     * thread count of lines are in flight, so memory stays bounded however long the batch; a bad line answers one
     * error line {@code {"line": N, "error": {...}}} and the batch goes on.
     */
    void batch(HttpServerExchange ex) throws IOException {
        MediaType.requireJsonLines(ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
        Overrides query = queryOverrides(ex);
        InputStream in = new BufferedInputStream(ex.getInputStream(), 64 * 1024);
        in.mark(1);
        if (in.read() < 0) {
            throw new ApiException(400, "missing-body", "the batch has no lines: send one JSON article per line");
        }
        in.reset();
        ex.setStatusCode(200);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/x-ndjson; charset=utf-8");
        OutputStream out = ex.getOutputStream();
        Deque<CompletableFuture<String>> pending = new ArrayDeque<>();
        int lineNumber = 0;
        while (true) {
            byte[] line;
            lineNumber++;
            try {
                line = bounded.readLine(in);
            } catch (ApiException e) {
                pending.addLast(CompletableFuture.completedFuture(errorLine(lineNumber, e.error())));
                continue;
            }
            if (line == null) {
                break;
            }
            if (isBlank(line)) {
                continue;
            }
            pending.addLast(submitLine(line, lineNumber, query));
            while (pending.size() >= window) {
                writeLine(out, pending.removeFirst());
            }
        }
        while (!pending.isEmpty()) {
            writeLine(out, pending.removeFirst());
        }
        out.close();
    }

    private CompletableFuture<String> submitLine(byte[] line, int lineNumber, Overrides query) {
        try {
            ArticleRequest request = parser.jsonLine(line, lineNumber);
            ArticleRequest merged = new ArticleRequest(request.article(), request.overrides().over(query));
            return checks.submitCheck(merged).handle((report, failure) -> report != null ? report.toJsonLine()
                    : errorLine(lineNumber, failure instanceof java.util.concurrent.CompletionException c
                            && c.getCause() instanceof ApiException api ? api.error()
                            : failure instanceof ApiException api ? api.error()
                            : ApiError.of(500, "check-failed", "the article could not be checked")));
        } catch (ApiException e) {
            return CompletableFuture.completedFuture(errorLine(lineNumber, e.error()));
        }
    }

    private static void writeLine(OutputStream out, CompletableFuture<String> line) throws IOException {
        out.write((line.join() + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String errorLine(int lineNumber, ApiError error) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("line", lineNumber);
        line.put("error", error);
        return Responses.writeLine(line);
    }

    private byte[] body(HttpServerExchange ex) throws IOException {
        long declared = ex.getRequestContentLength();
        if (declared > maxBody * UNREAD_FACTOR) {
            throw new ApiException(413, "too-large", "the request body is " + declared + " bytes; the limit is "
                    + maxBody + " bytes");
        }
        return bounded.read(ex.getInputStream(), declared);
    }

    /** The request's overrides with those of the query string ({@code enable}, {@code disable}, {@code minConfidence}) under them. */
    private static ArticleRequest withQuery(HttpServerExchange ex, ArticleRequest request) {
        return new ArticleRequest(request.article(), request.overrides().over(queryOverrides(ex)));
    }

    private static Overrides queryOverrides(HttpServerExchange ex) {
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        ids(param(ex, "enable")).forEach(id -> enabled.put(id, true));
        ids(param(ex, "disable")).forEach(id -> enabled.put(id, false));
        String floor = param(ex, "minConfidence");
        try {
            return new Overrides(enabled, floor == null ? null : Double.valueOf(floor));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid-override", "minConfidence must be a number within 0..1, not " + floor);
        }
    }

    private static List<String> ids(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String param(HttpServerExchange ex, String name) {
        var values = ex.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A rule as GET /v1/rules shows it: its metadata, its severity here, and whether it runs by default. */
    record RuleView(String id, String category, String severity, String description, String fix, Double precision,
                    boolean experimental, boolean enabled) {
        static RuleView of(RuleInfo r, ClaimChecker checker) {
            return new RuleView(r.id(), r.category(), checker.config().severityOf(r.id(), r.severity()),
                    r.description(), r.fix(), r.measured() ? r.precision() : null, r.experimental(),
                    checker.config().isEnabled(r));
        }
    }
}
