package dev.claimcheck.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link ClaimCheckServer} listens and protects itself.
 *
 * @param host          address to bind; loopback unless the operator means otherwise
 * @param port          TCP port; 0 picks a free one (tests)
 * @param threads       articles checked at once
 * @param queue         requests that may wait for a thread; one more is answered 429
 * @param maxBodyBytes  largest request body (and largest batch line) accepted; more is 413
 * @param timeout       per-article time limit
 * @param shutdownGrace how long a stop waits for requests in flight
 * @param apiKeys       keys a request must present, or {@link ApiKeys#NONE}
 * @param corsOrigins   origins (scheme://host[:port]) whose pages may call the API from a browser
 */
public record ServerOptions(String host, int port, int threads, int queue, long maxBodyBytes, Duration timeout,
                            Duration shutdownGrace, ApiKeys apiKeys, List<String> corsOrigins) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(apiKeys, "apiKeys");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535, not " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative, not " + queue);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be at least 1 byte, not " + maxBodyBytes);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeout);
        }
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }

    /** Loopback, the given port, one thread per core, a queue of 64, 2 MB bodies, 10 s per article, no keys. */
    public static ServerOptions defaults(int port) {
        return new ServerOptions(LOOPBACK, port, Runtime.getRuntime().availableProcessors(), 64, DEFAULT_MAX_BODY,
                Duration.ofSeconds(10), Duration.ofSeconds(30), ApiKeys.NONE, List.of());
    }

    public ServerOptions withThreads(int n, int waiting) {
        return new ServerOptions(host, port, n, waiting, maxBodyBytes, timeout, shutdownGrace, apiKeys, corsOrigins);
    }

    public ServerOptions withMaxBodyBytes(long bytes) {
        return new ServerOptions(host, port, threads, queue, bytes, timeout, shutdownGrace, apiKeys, corsOrigins);
    }

    public ServerOptions withTimeout(Duration limit) {
        return new ServerOptions(host, port, threads, queue, maxBodyBytes, limit, shutdownGrace, apiKeys, corsOrigins);
    }

    public ServerOptions withApiKeys(ApiKeys keys) {
        return new ServerOptions(host, port, threads, queue, maxBodyBytes, timeout, shutdownGrace, keys, corsOrigins);
    }

    public ServerOptions withCorsOrigins(List<String> origins) {
        return new ServerOptions(host, port, threads, queue, maxBodyBytes, timeout, shutdownGrace, apiKeys, origins);
    }
}
