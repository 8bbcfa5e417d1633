package dev.claimcheck.server;

import dev.claimcheck.input.InputException;
import dev.claimcheck.input.TextFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The API keys a request must present as {@code Authorization: Bearer KEY}. Only SHA-256 digests are held, and a
 * presented key is compared with every digest by {@link MessageDigest#isEqual} (constant time, and no early exit
 * across keys), so neither timing nor a heap dump tells a caller how close a guess was. Keys are never logged
 * and {@link #toString()} does not show them.
 */
public final class ApiKeys {
    public static final ApiKeys NONE = new ApiKeys(List.of());
    private static final String BEARER = "Bearer ";

    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = digests;
    }

    public static ApiKeys of(List<String> keys) {
        return new ApiKeys(keys.stream().map(ApiKeys::sha256).toList());
    }

    /** One key per line; blank lines and lines starting with # are skipped. */
    public static ApiKeys read(Path file) throws InputException {
        List<String> keys = TextFiles.readUtf8(file).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (keys.isEmpty()) {
            throw new InputException(file, "no API keys in the file (one key per line)");
        }
        return of(keys);
    }

    public boolean required() {
        return !digests.isEmpty();
    }

    /** Whether an Authorization header value carries one of the keys (always true when no key is required). */
    public boolean admits(String authorization) {
        if (!required()) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] presented = sha256(authorization.substring(BEARER.length()).strip());
        boolean match = false;
        for (byte[] d : digests) {
            match |= MessageDigest.isEqual(d, presented);
        }
        return match;
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeys[" + digests.size() + " keys]";
    }
}
