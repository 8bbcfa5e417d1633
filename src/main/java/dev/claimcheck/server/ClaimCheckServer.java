package dev.claimcheck.server;

import dev.claimcheck.engine.ClaimChecker;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * ClaimCheck over HTTP: the library's checker behind the API described in {@code docs/openapi.json}, on Undertow.
 * The checker (rules compiled once) is the caller's; the server adds only transport, limits and access control.
 * <pre>{@code
 * ClaimCheckServer server = ClaimCheckServer.start(ClaimChecker.withDefaultRules(), ServerOptions.defaults(8080));
 * ...
 * server.stop(); // finishes the requests in flight, then closes
 * }</pre>
 */
public final class ClaimCheckServer implements AutoCloseable {
    private final Undertow undertow;
    private final GracefulShutdownHandler shutdown;
    private final Checks checks;
    private final Router router;
    private final Path tempDir;
    private final ServerOptions options;

    private ClaimCheckServer(Undertow undertow, GracefulShutdownHandler shutdown, Checks checks, Router router,
                             Path tempDir, ServerOptions options) {
        this.undertow = undertow;
        this.shutdown = shutdown;
        this.checks = checks;
        this.router = router;
        this.tempDir = tempDir;
        this.options = options;
    }

    /** Binds and starts serving; returns once the port is open. */
    public static ClaimCheckServer start(ClaimChecker checker, ServerOptions options) throws IOException {
        QuietLogging.install();
        Path tempDir = Files.createTempDirectory("claimcheck-server");
        Metrics metrics = new Metrics();
        Checks checks = new Checks(checker, options.threads(), options.timeout(), metrics);
        Api api = new Api(checks, new ArticleParser(tempDir), options);
        // Undertow calls handlers on I/O threads; every handler here blocks, so BlockingHandler moves each request
        // to a worker thread first.
        Router router = new Router(api, metrics, options, new EditorPage(options.apiKeys().required()), checker);
        GracefulShutdownHandler shutdown = new GracefulShutdownHandler(new BlockingHandler(router));
        Undertow undertow = Undertow.builder()
                .addHttpListener(options.port(), options.host())
                .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
                // Check requests wait for a check thread on a worker thread: room for all of them and a few more
                // (health, metrics) so a full queue never starves the probes.
                .setWorkerThreads(options.threads() + options.queue() + 8)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 30_000)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 120_000)
                .setHandler(shutdown)
                .build();
        undertow.start();
        return new ClaimCheckServer(undertow, shutdown, checks, router, tempDir, options);
    }

    /** The port bound (the chosen one when started with port 0). */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    /**
     * Stops: new requests are refused with 503 (and /ready says so) while those in flight finish, for up to the
     * shutdown grace; then the listener closes. Safe to call twice.
     */
    public void stop() {
        router.stopping();
        shutdown.shutdown();
        try {
            shutdown.awaitShutdown(options.shutdownGrace().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        checks.close();
        deleteTemp();
    }

    @Override
    public void close() {
        stop();
    }

    private void deleteTemp() {
        try (Stream<Path> files = Files.walk(tempDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + tempDir, e);
        }
    }

    /** For tests: requests being answered now. */
    int inFlight() {
        return router.metrics().inFlight();
    }
}
