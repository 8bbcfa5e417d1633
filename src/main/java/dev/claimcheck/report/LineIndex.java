package dev.claimcheck.report;

import java.util.Arrays;

/**
 * Maps character offsets of a text to 1-based line and column numbers.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, so a file written on any platform gives the same
 * numbers an editor shows. Columns count UTF-16 code units, like Java string offsets and SARIF's default
 * {@code utf16CodeUnits} column kind. Offsets outside the text are clamped rather than rejected: a report must
 * still render when a rule produced a slightly off span.
 */
public final class LineIndex {
    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }

    private final int[] lineStarts;
    private final int length;

    public LineIndex(String text) {
        String t = text == null ? "" : text;
        length = t.length();
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < length; i++) {
            char c = t.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= length || t.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    /** Number of lines (an empty text has one, empty, line). */
    public int lineCount() {
        return lineStarts.length;
    }

    public Position position(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(lineStarts, o);
        // binarySearch returns -(insertion point) - 1 when o is not a line start; the line is the one before.
        int lineIdx = i >= 0 ? i : -i - 2;
        return new Position(lineIdx + 1, o - lineStarts[lineIdx] + 1);
    }

    public int line(int offset) {
        return position(offset).line();
    }

    public int column(int offset) {
        return position(offset).column();
    }
}
