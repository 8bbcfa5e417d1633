package dev.claimcheck.server;

import dev.claimcheck.report.Finding;
import dev.claimcheck.report.VerificationReport;

import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The service's counters in Prometheus text format (version 0.0.4): requests by route and status, a latency
 * histogram per route, findings by rule, requests refused for a full queue, requests in flight. One instance per
 * server; routes are the fixed paths (anything else counts as {@code other}), so label values stay few.
 */
final class Metrics {
    /** Upper bounds in seconds: a check takes milliseconds; the tail up to the default 10 s time limit still shows. */
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final ConcurrentMap<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Histogram> latency = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> findings = new ConcurrentHashMap<>();
    private final LongAdder articles = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();

    void started() {
        inFlight.incrementAndGet();
    }

    void finished(String method, String route, int status, long nanos) {
        inFlight.decrementAndGet();
        requests.computeIfAbsent("method=\"" + method + "\",route=\"" + route + "\",status=\"" + status + "\"",
                k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram()).observe(nanos / 1e9);
    }

    void checked(VerificationReport report) {
        articles.increment();
        for (Finding f : report.findings()) {
            findings.computeIfAbsent(f.ruleId(), k -> new LongAdder()).increment();
        }
    }

    int inFlight() {
        return inFlight.get();
    }

    String render() {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP claimcheck_http_requests_total HTTP requests answered, by method, route and status.\n")
                .append("# TYPE claimcheck_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((labels, n) ->
                out.append("claimcheck_http_requests_total{").append(labels).append("} ").append(n.sum()).append('\n'));
        out.append("# HELP claimcheck_http_request_duration_seconds Time from request to answer, by route.\n")
                .append("# TYPE claimcheck_http_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((route, h) -> h.render(route, out));
        out.append("# HELP claimcheck_articles_checked_total Articles checked (single and batch).\n")
                .append("# TYPE claimcheck_articles_checked_total counter\n")
                .append("claimcheck_articles_checked_total ").append(articles.sum()).append('\n');
        out.append("# HELP claimcheck_findings_total Findings reported, by rule.\n")
                .append("# TYPE claimcheck_findings_total counter\n");
        new TreeMap<>(findings).forEach((rule, n) -> out.append("claimcheck_findings_total{rule=\"")
                .append(rule.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"} ").append(n.sum()).append('\n'));
        out.append("# HELP claimcheck_http_requests_in_flight Requests being answered now.\n")
                .append("# TYPE claimcheck_http_requests_in_flight gauge\n")
                .append("claimcheck_http_requests_in_flight ").append(inFlight.get()).append('\n');
        return out.toString();
    }

    /** Cumulative buckets as Prometheus wants them; adders, so observing never blocks a request. */
    private static final class Histogram {
        private final LongAdder[] counts = new LongAdder[BUCKETS.length];
        private final LongAdder count = new LongAdder();
        private final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    counts[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }

        void render(String route, StringBuilder out) {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += counts[i].sum();
                out.append("claimcheck_http_request_duration_seconds_bucket{route=\"").append(route).append("\",le=\"")
                        .append(BUCKETS[i]).append("\"} ").append(cumulative).append('\n');
            }
            long n = count.sum();
            out.append("claimcheck_http_request_duration_seconds_bucket{route=\"").append(route).append("\",le=\"+Inf\"} ")
                    .append(n).append('\n')
                    .append("claimcheck_http_request_duration_seconds_sum{route=\"").append(route).append("\"} ")
                    .append(sum.sum()).append('\n')
                    .append("claimcheck_http_request_duration_seconds_count{route=\"").append(route).append("\"} ")
                    .append(n).append('\n');
        }
    }
}
