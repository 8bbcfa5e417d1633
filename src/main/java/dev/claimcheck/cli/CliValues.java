package dev.claimcheck.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and bounds option values, with errors that name the option and the value given. */
final class CliValues {
    /** A day: longer is surely a typo, and nanosecond arithmetic on it could overflow. */
    static final double MAX_TIMEOUT_SECONDS = 86_400;
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KB|K|MB|M|GB|G)?",
            Pattern.CASE_INSENSITIVE);

    private CliValues() {
    }

    static Duration timeout(double seconds) {
        if (!(seconds > 0) || seconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("--timeout: " + format(seconds)
                    + " is not a time limit; give seconds, more than 0 and at most " + (long) MAX_TIMEOUT_SECONDS);
        }
        return Duration.ofNanos(Math.max(1_000_000L, (long) (seconds * 1e9)));
    }

    /** "2MB", "500 KB", "1048576": bytes (KB = 1,000 bytes, MB = 1,000,000, as file managers count). */
    static long size(String value) {
        Matcher m = SIZE.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--max-article-size: \"" + value + "\" is not a size (e.g. 2MB, 500KB)");
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        double factor = switch (unit) {
            case "K", "KB" -> 1e3;
            case "M", "MB" -> 1e6;
            case "G", "GB" -> 1e9;
            default -> 1;
        };
        double bytes = Double.parseDouble(m.group(1)) * factor;
        if (bytes < 1 || bytes > 1e9) {
            throw new IllegalArgumentException("--max-article-size: " + value + " is out of range (1 byte to 1GB)");
        }
        return (long) bytes;
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
