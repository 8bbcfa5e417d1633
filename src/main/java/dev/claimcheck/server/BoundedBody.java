package dev.claimcheck.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies and batch lines without ever holding more than the limit. An oversized body is still read to
 * its end (and dropped) before the 413 goes out: a client that is still sending would otherwise see a reset
 * connection instead of the answer.
 */
final class BoundedBody {
    private final long limit;

    BoundedBody(long limit) {
        this.limit = limit;
    }

    /** The whole body, or a 413 when it is longer than the limit. */
    byte[] read(InputStream in, long declaredLength) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 256), limit));
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total <= limit) {
                out.write(buf, 0, n);
            }
        }
        if (total > limit) {
            throw tooLarge("the request body", total);
        }
        return out.toByteArray();
    }

    /**
     * The next line (without its line end), null at the end of the stream. A line longer than the limit is skipped to
     * its end and answered by a 413 for that line alone; the stream stays usable for the lines after it.
     */
    byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        long total = 0;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            total++;
            if (total <= limit) {
                out.write(b);
            }
        }
        if (b < 0 && total == 0) {
            return null;
        }
        if (total > limit) {
            throw tooLarge("the line", total);
        }
        byte[] line = out.toByteArray();
        return line.length > 0 && line[line.length - 1] == '\r' ? java.util.Arrays.copyOf(line, line.length - 1) : line;
    }

    private ApiException tooLarge(String what, long size) {
        return new ApiException(413, "too-large", what + " is " + size + " bytes; the limit is " + limit + " bytes");
    }
}
