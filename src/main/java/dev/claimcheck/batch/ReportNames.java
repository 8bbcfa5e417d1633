package dev.claimcheck.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How report files under {@code --out} are named, and how the HTML index links to them.
 *
 * <p>A report's name comes from its input's path below the argument it was found under (or from a {@code .jsonl}
 * line's article id), one path segment at a time. Each segment is encoded so that it can only ever be one plain
 * file or folder name: a byte that a file system, a shell or a URL would read as structure ({@code / \ : * ? " < > |
 * # % ~}, control characters) becomes {@code %XX} (its UTF-8 bytes), as does a leading dot (so {@code ..} and hidden
 * or temp-file names cannot arise) and a trailing dot or space (which Windows drops). Letters in any script are kept.
 * {@code ~} is encoded because it is ours: {@code NAME~2} marks the second input that wanted {@code NAME}, and no
 * encoded name can look like that by accident. An over-long segment is cut and given a hash of the full one, so the
 * name stays under the file-name limit and still differs from its neighbours.
 */
public final class ReportNames {
    /** UTF-8 bytes a segment may take: room for the report extension and the temp-file prefix within 255. */
    static final int MAX_SEGMENT_BYTES = 160;
    private static final String STRUCTURAL = "/\\:*?\"<>|#%~";

    private ReportNames() {
    }

    /** One path segment (a file or folder name, or an article id) as a safe, readable file name. */
    public static String encodeSegment(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 8);
        int n = raw.length();
        for (int i = 0; i < n; ) {
            int cp = raw.codePointAt(i);
            int len = Character.charCount(cp);
            boolean edge = i == 0 && cp == '.' || i + len == n && (cp == '.' || cp == ' ');
            if (edge || mustEncode(cp)) {
                percent(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
            i += len;
        }
        return shorten(out.toString(), raw);
    }

    /** Case-folded key for collision checks: two names that differ only in case are one file on macOS and Windows. */
    static String key(String stem) {
        return stem.toLowerCase(Locale.ROOT);
    }

    /**
     * A relative link to a report file from {@code index.html} in the same --out folder: every segment
     * percent-encoded as a URL path segment, so names holding {@code %}, spaces or any other character still link to
     * their page (a file named {@code a%23b.html} is linked as {@code a%2523b.html}).
     */
    public static String href(String relativePath) {
        StringBuilder out = new StringBuilder(relativePath.length() + 16);
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        // A first segment such as "c:x" could read as a scheme; "./" keeps every link relative.
        return "./" + out;
    }

    private static boolean mustEncode(int cp) {
        return cp < 0x20 || cp == 0x7f || Character.isISOControl(cp) || STRUCTURAL.indexOf(cp) >= 0
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                || Character.getType(cp) == Character.LINE_SEPARATOR
                || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR;
    }

    private static void percent(StringBuilder out, int cp) {
        // A lone surrogate has no UTF-8 form: it is written as the replacement character's bytes.
        String s = Character.getType(cp) == Character.SURROGATE ? "\uFFFD" : new String(Character.toChars(cp));
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
    }

    private static String shorten(String encoded, String raw) {
        if (encoded.getBytes(StandardCharsets.UTF_8).length <= MAX_SEGMENT_BYTES) {
            return encoded;
        }
        int budget = MAX_SEGMENT_BYTES - 9;
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < encoded.length(); ) {
            int cp = encoded.codePointAt(i);
            int take = cp == '%' ? 3 : Character.charCount(cp);
            String piece = encoded.substring(i, i + take);
            int size = piece.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            cut.append(piece);
            bytes += size;
            i += take;
        }
        // Cutting may leave a trailing dot or space; the hash suffix follows it, so it is no longer trailing.
        return cut + "~" + hash(raw);
    }

    private static String hash(String raw) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
