package dev.claimcheck.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * A bounded HTTP load driver for the service benchmark in docs/BENCHMARKS.md: a fixed number of requests from a fixed
 * number of concurrent clients (a closed loop, as {@code ab -c}), each request one real article, rotating through
 * every article given. It sends only to 127.0.0.1 (any other host is refused before anything is sent), stops by
 * itself after {@code --requests} or {@code --max-seconds}, whichever comes first, and prints throughput, latency
 * percentiles, errors by kind and, with {@code --server-pid}, the server's resident memory and CPU time.
 *
 * <p>Two targets, the same articles: {@code claimcheck} posts {@code {"title", "body"}} JSON to {@code /v1/check}
 * (title = the file's first line, body = the rest, so the article's text is the file's); {@code claimcheck-text}
 * posts the file as {@code text/plain}; {@code languagetool} posts {@code language=en-US&text=FILE} to
 * LanguageTool's {@code /v2/check}.
 *
 * <p>JDK only (java.net.http), so it also runs without a build: {@code java src/jmh/java/dev/claimcheck/load/LoadDriver.java ...}.
 * Not part of the library or of target/claimcheck.jar; the {@code jmh} profile compiles it into target/benchmarks.jar.
 */
public final class LoadDriver {

    enum Target { CLAIMCHECK, CLAIMCHECK_TEXT, LANGUAGETOOL }

    private static final String USAGE = """
            usage: LoadDriver --url http://127.0.0.1:PORT/PATH --articles DIR|FILE [--articles ...]
                              [--target claimcheck|claimcheck-text|languagetool] [--requests 20000]
                              [--concurrency 16] [--warmup 500] [--max-seconds 1200] [--timeout-seconds 60]
                              [--server-pid PID] [--json FILE]
            """;

    private final Target target;
    private final URI url;
    private final List<Body> bodies;
    private final int concurrency;
    private final Duration requestTimeout;
    private final HttpClient client;

    record Body(String name, String contentType, byte[] bytes) {}

    /** What one phase (warm-up or measured) saw. */
    static final class Phase {
        final long[] latencyNanos;
        final AtomicInteger completed = new AtomicInteger();
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        final AtomicLong bytesOut = new AtomicLong();
        final AtomicLong bytesIn = new AtomicLong();
        long wallNanos;
        boolean stoppedByTime;

        Phase(int requests) {
            latencyNanos = new long[requests];
        }
    }

    LoadDriver(Target target, URI url, List<Body> bodies, int concurrency, Duration requestTimeout) {
        this.target = target;
        this.url = url;
        this.bodies = bodies;
        this.concurrency = concurrency;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(HttpClient.Builder.NO_PROXY)          // straight to 127.0.0.1, whatever the environment says
                .followRedirects(HttpClient.Redirect.NEVER)   // a redirect could point anywhere: never follow one
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> opts = parse(args);
        URI url = loopbackOnly(one(opts, "url", null));
        Target target = Target.valueOf(one(opts, "target", "claimcheck").toUpperCase(Locale.ROOT).replace('-', '_'));
        int requests = Integer.parseInt(one(opts, "requests", "20000"));
        int concurrency = Integer.parseInt(one(opts, "concurrency", "16"));
        int warmup = Integer.parseInt(one(opts, "warmup", "500"));
        long maxSeconds = Long.parseLong(one(opts, "max-seconds", "1200"));
        long timeoutSeconds = Long.parseLong(one(opts, "timeout-seconds", "60"));
        String pidText = one(opts, "server-pid", "");
        Long serverPid = pidText.isEmpty() ? null : Long.valueOf(pidText);
        String json = one(opts, "json", "");
        List<String> sources = opts.getOrDefault("articles", List.of());
        if (sources.isEmpty() || requests < 1 || concurrency < 1 || warmup < 0 || maxSeconds < 1) {
            System.err.print(USAGE);
            System.exit(2);
        }

        List<Body> bodies = load(target, sources);
        LoadDriver driver = new LoadDriver(target, url, bodies, concurrency, Duration.ofSeconds(timeoutSeconds));
        ServerProbe probe = serverPid == null ? null : new ServerProbe(serverPid);
        long totalChars = 0;
        for (Body b : bodies) {
            totalChars += b.bytes().length;
        }
        System.out.printf(Locale.ROOT, "target %s %s: %d articles (mean request body %.0f bytes), %d requests after %d warm-up, %d concurrent, at most %d s%n",
                target.name().toLowerCase(Locale.ROOT).replace('_', '-'), url, bodies.size(), (double) totalChars / bodies.size(),
                requests, warmup, concurrency, maxSeconds);
        System.out.println("load average before: " + loadAverage());

        long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
        Snapshot start = probe == null ? null : probe.snapshot();
        if (warmup > 0) {
            Phase w = driver.run(warmup, 0, deadline, null);
            System.out.printf(Locale.ROOT, "warm-up: %d requests in %.1f s, outcomes %s%n", w.completed.get(),
                    w.wallNanos / 1e9, new TreeMap<>(w.outcomes));
        }
        Snapshot afterWarmup = probe == null ? null : probe.snapshot();
        MemorySampler sampler = probe == null ? null : new MemorySampler(probe);
        LoadSampler loads = new LoadSampler();
        long driverCpuBefore = ownCpuNanos();
        Phase m = driver.run(requests, warmup, deadline, sampler);
        long driverCpu = ownCpuNanos() - driverCpuBefore;
        loads.stop();
        Snapshot end = probe == null ? null : probe.snapshot();
        if (sampler != null) {
            sampler.stop();
        }
        String report = driver.report(m, start, afterWarmup, end, sampler, loads, driverCpu);
        System.out.print(report);
        if (!json.isEmpty()) {
            Files.writeString(Path.of(json), driver.json(m, afterWarmup, end, sampler, loads, driverCpu));
        }
        System.exit(errors(m) == 0 && !m.stoppedByTime ? 0 : 1);
    }

    /** Refuses anything but http://127.0.0.1: this driver never sends a request off the machine. */
    static URI loopbackOnly(String text) throws IOException {
        if (text == null) {
            System.err.print(USAGE);
            System.exit(2);
        }
        URI uri = URI.create(text);
        if (!"http".equals(uri.getScheme()) || !"127.0.0.1".equals(uri.getHost()) || uri.getUserInfo() != null
                || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("refusing " + text + ": only http://127.0.0.1:PORT/... is allowed");
        }
        return uri;
    }

    /** Runs {@code count} requests on {@code concurrency} threads; request i carries article (offset + i) mod n. */
    Phase run(int count, int offset, long deadlineNanos, MemorySampler sampler) throws InterruptedException {
        Phase phase = new Phase(count);
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            Thread t = new Thread(() -> {
                while (true) {
                    if (System.nanoTime() > deadlineNanos) {
                        phase.stoppedByTime = true;
                        return;
                    }
                    int i = next.getAndIncrement();
                    if (i >= count) {
                        return;
                    }
                    send(phase, i, bodies.get(Math.floorMod(offset + i, bodies.size())));
                }
            }, "load-" + w);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        if (sampler != null) {
            sampler.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        phase.wallNanos = System.nanoTime() - t0;
        return phase;
    }

    private void send(Phase phase, int i, Body body) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        String outcome;
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long t1 = System.nanoTime();
            phase.latencyNanos[i] = t1 - t0;
            phase.bytesIn.addAndGet(response.body().length);
            outcome = response.statusCode() == 200 && looksRight(response.body())
                    ? "ok" : "http " + response.statusCode() + (response.statusCode() == 200 ? " (unexpected body)" : "");
        } catch (IOException e) {
            phase.latencyNanos[i] = System.nanoTime() - t0;
            outcome = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            phase.latencyNanos[i] = System.nanoTime() - t0;
            outcome = "interrupted";
        }
        phase.bytesOut.addAndGet(body.bytes().length);
        phase.outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
        phase.completed.incrementAndGet();
    }

    /** A report JSON (ClaimCheck) or a matches JSON (LanguageTool), not an error page that happens to be 200. */
    private boolean looksRight(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8);
        if (!head.startsWith("{")) {
            return false;
        }
        String all = new String(body, StandardCharsets.UTF_8);
        return target == Target.LANGUAGETOOL ? all.contains("\"matches\"") : all.contains("\"findings\"");
    }

    static List<Body> load(Target target, List<String> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String s : sources) {
            Path p = Path.of(s);
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        List<Body> bodies = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.isBlank()) {
                continue;
            }
            bodies.add(encode(target, f.getFileName().toString(), text));
        }
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("no non-empty .txt articles in " + sources);
        }
        return bodies;
    }

    static Body encode(Target target, String name, String text) {
        return switch (target) {
            case CLAIMCHECK -> {
                String stripped = text.strip();
                int nl = stripped.indexOf('\n');
                String title = nl < 0 ? stripped : stripped.substring(0, nl).strip();
                String body = nl < 0 ? "" : stripped.substring(nl + 1).strip();
                String json = "{\"id\":" + quote(name) + ",\"title\":" + quote(title) + ",\"body\":" + quote(body) + "}";
                yield new Body(name, "application/json", json.getBytes(StandardCharsets.UTF_8));
            }
            case CLAIMCHECK_TEXT -> new Body(name, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
            case LANGUAGETOOL -> new Body(name, "application/x-www-form-urlencoded",
                    ("language=en-US&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII));
        };
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    // ---- figures ----

    static long errors(Phase m) {
        long ok = m.outcomes.getOrDefault("ok", new LongAdder()).sum();
        return m.completed.get() - ok;
    }

    static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);      // nearest rank
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }

    /** Latencies of the requests that were sent (a phase stopped by time leaves unsent slots at zero). */
    private static long[] sortedLatencies(Phase m) {
        return Arrays.stream(m.latencyNanos).filter(x -> x > 0).sorted().toArray();
    }

    String report(Phase m, Snapshot start, Snapshot afterWarmup, Snapshot end, MemorySampler sampler, LoadSampler loads,
                  long driverCpuNanos) {
        long[] l = sortedLatencies(m);
        double secs = m.wallNanos / 1e9;
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "measured: %d requests in %.1f s = %.1f req/s%s%n", m.completed.get(), secs,
                m.completed.get() / secs, m.stoppedByTime ? " (STOPPED BY --max-seconds)" : ""));
        r.append(String.format(Locale.ROOT, "  errors %d; outcomes %s%n", errors(m), new TreeMap<>(m.outcomes)));
        r.append(String.format(Locale.ROOT, "  latency ms  p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f  mean %.1f%n",
                percentileMs(l, 50), percentileMs(l, 90), percentileMs(l, 99), percentileMs(l, 99.9),
                l.length == 0 ? Double.NaN : l[l.length - 1] / 1e6, Arrays.stream(l).average().orElse(Double.NaN) / 1e6));
        r.append(String.format(Locale.ROOT, "  bytes out %.1f MB, in %.1f MB%n", m.bytesOut.get() / 1e6, m.bytesIn.get() / 1e6));
        r.append(String.format(Locale.ROOT, "  load driver CPU %.1f s (%.2f ms per request)%n", driverCpuNanos / 1e9,
                driverCpuNanos / 1e6 / Math.max(1, m.completed.get())));
        r.append(String.format(Locale.ROOT, "  load average during: mean %.2f, max %.2f (1-min, sampled every second); after: %s%n",
                loads.mean(), loads.max(), loadAverage()));
        if (end != null) {
            long cpuMs = end.cpuMillis() - afterWarmup.cpuMillis();
            r.append(String.format(Locale.ROOT, "  server CPU %.1f s (%.2f ms per request, %.2f cores busy)%n", cpuMs / 1e3,
                    (double) cpuMs / Math.max(1, m.completed.get()), cpuMs / 1e3 / secs));
            r.append(String.format(Locale.ROOT, "  server RSS MB: before warm-up %d, after warm-up %d, max during %d, after %d; peak (VmHWM) %d%n",
                    start.rssKb() / 1024, afterWarmup.rssKb() / 1024, sampler.maxKb() / 1024, end.rssKb() / 1024, end.hwmKb() / 1024));
        }
        return r.toString();
    }

    String json(Phase m, Snapshot afterWarmup, Snapshot end, MemorySampler sampler, LoadSampler loads, long driverCpuNanos) {
        long[] l = sortedLatencies(m);
        double secs = m.wallNanos / 1e9;
        StringBuilder o = new StringBuilder("{");
        o.append("\"target\":").append(quote(target.name().toLowerCase(Locale.ROOT)));
        o.append(",\"url\":").append(quote(url.toString()));
        o.append(",\"time\":").append(quote(Instant.now().toString()));
        o.append(",\"articles\":").append(bodies.size());
        o.append(",\"concurrency\":").append(concurrency);
        o.append(",\"requests\":").append(m.completed.get());
        o.append(",\"stoppedByTime\":").append(m.stoppedByTime);
        o.append(",\"seconds\":").append(fmt(secs));
        o.append(",\"throughput\":").append(fmt(m.completed.get() / secs));
        o.append(",\"errors\":").append(errors(m));
        o.append(",\"p50Ms\":").append(fmt(percentileMs(l, 50)));
        o.append(",\"p90Ms\":").append(fmt(percentileMs(l, 90)));
        o.append(",\"p99Ms\":").append(fmt(percentileMs(l, 99)));
        o.append(",\"maxMs\":").append(fmt(l.length == 0 ? 0 : l[l.length - 1] / 1e6));
        o.append(",\"driverCpuSeconds\":").append(fmt(driverCpuNanos / 1e9));
        o.append(",\"loadAverageMean\":").append(fmt(loads.mean()));
        if (end != null) {
            o.append(",\"serverCpuSeconds\":").append(fmt((end.cpuMillis() - afterWarmup.cpuMillis()) / 1e3));
            o.append(",\"serverRssMaxMb\":").append(sampler.maxKb() / 1024);
            o.append(",\"serverRssAfterMb\":").append(end.rssKb() / 1024);
        }
        o.append(",\"outcomes\":{");
        String sep = "";
        for (var e : new TreeMap<>(m.outcomes).entrySet()) {
            o.append(sep).append(quote(e.getKey())).append(':').append(e.getValue().sum());
            sep = ",";
        }
        return o.append("}}\n").toString();
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "null" : String.format(Locale.ROOT, "%.2f", d);
    }

    // ---- the server process and the machine, from /proc (Linux) ----

    record Snapshot(long rssKb, long hwmKb, long cpuMillis) {}

    static final class ServerProbe {
        private final long pid;

        ServerProbe(long pid) {
            this.pid = pid;
            if (!Files.isReadable(Path.of("/proc/" + pid + "/status"))) {
                throw new IllegalArgumentException("no process " + pid + " to measure (--server-pid)");
            }
        }

        Snapshot snapshot() {
            try {
                long rss = 0;
                long hwm = 0;
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss = kb(line);
                    } else if (line.startsWith("VmHWM:")) {
                        hwm = kb(line);
                    }
                }
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields 14 and 15 of stat (utime, stime) are f[11], f[12] after the command name; clock ticks of 10 ms
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                return new Snapshot(rss, hwm, ticks * 10);
            } catch (IOException e) {
                return new Snapshot(0, 0, 0);
            }
        }

        private static long kb(String line) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
    }

    /** The server's resident memory every 200 ms while the measured phase runs. */
    static final class MemorySampler {
        private final ServerProbe probe;
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        MemorySampler(ServerProbe probe) {
            this.probe = probe;
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    max.accumulateAndGet(probe.snapshot().rssKb(), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            max.accumulateAndGet(probe.snapshot().rssKb(), Math::max);
        }

        long maxKb() {
            return max.get();
        }
    }

    /** The machine's 1-minute load average every second: the figures mean little without it on a shared machine. */
    static final class LoadSampler {
        private final List<Double> samples = new ArrayList<>();
        private volatile boolean running = true;
        private final Thread thread;

        LoadSampler() {
            thread = new Thread(() -> {
                while (running) {
                    String la = loadAverage();
                    if (!la.isEmpty()) {
                        synchronized (samples) {
                            samples.add(Double.parseDouble(la.split(" ")[0]));
                        }
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "load-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        double mean() {
            synchronized (samples) {
                return samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            }
        }

        double max() {
            synchronized (samples) {
                return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            }
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "";
        }
    }

    private static long ownCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    // ---- options ----

    private static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> opts = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.print(USAGE);
                System.exit(2);
            }
            opts.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
        return opts;
    }

    private static String one(Map<String, List<String>> opts, String name, String fallback) {
        List<String> v = opts.get(name);
        return v == null || v.isEmpty() ? fallback : v.get(v.size() - 1);
    }
}
