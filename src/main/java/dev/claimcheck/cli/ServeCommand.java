package dev.claimcheck.cli;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.input.InputException;
import dev.claimcheck.server.ApiKeys;
import dev.claimcheck.server.ClaimCheckServer;
import dev.claimcheck.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: the HTTP API and the editor's page (docs/SERVICE.md), until stopped by a signal. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API (POST /v1/check, ...) and the editor's page at / until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = ServerOptions.LOOPBACK, paramLabel = "ADDRESS",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--threads", paramLabel = "N", description = "Articles checked at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--queue", defaultValue = "64", paramLabel = "N",
            description = "Requests that may wait for a thread; more are answered 429 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--max-body", defaultValue = "2MB", paramLabel = "SIZE",
            description = "Largest request body or batch line, e.g. 2MB, 512KB (default: ${DEFAULT-VALUE}).")
    String maxBody;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Per-article time limit (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--api-keys", paramLabel = "FILE",
            description = "Require Authorization: Bearer KEY with one of the keys in FILE (one per line).")
    Path apiKeys;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin (https://cms.example.org) whose pages may call the API; repeatable.")
    List<String> corsOrigins;

    @Mixin
    RulesOptions rulesOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ServerOptions options;
        try {
            ApiKeys keys = apiKeys == null ? ApiKeys.NONE : ApiKeys.read(apiKeys);
            options = new ServerOptions(host, port, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    queue, parseSize(maxBody), Duration.ofMillis((long) (timeoutSeconds * 1000)), Duration.ofSeconds(30),
                    keys, corsOrigins);
        } catch (InputException | IllegalArgumentException e) {
            err.println("claimcheck: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        Optional<ClaimChecker> checker = rulesOptions.checker(err);
        if (checker.isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        ClaimCheckServer server = ClaimCheckServer.start(checker.get(), options);
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM or Ctrl-C: finish the requests in flight, then let the JVM exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "claimcheck-shutdown"));
        err.println("claimcheck: serving " + checker.get().rules().size() + " rules on " + server.url()
                + (options.apiKeys().required() ? " (API key required)" : ""));
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** {@code 2MB}, {@code 512KB}, {@code 1048576}: binary units, as the limit is compared with bytes read. */
    static long parseSize(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("MB")) {
            unit = 1024 * 1024;
        } else if (s.endsWith("KB")) {
            unit = 1024;
        }
        String digits = unit == 1 ? s.replaceFirst("B$", "") : s.substring(0, s.length() - 2);
        try {
            return Long.parseLong(digits.strip()) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-body: " + size + " is not a size like 2MB, 512KB or 1048576");
        }
    }
}
