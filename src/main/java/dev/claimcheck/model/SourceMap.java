package dev.claimcheck.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where an article's text sits in the file it was read from, so a finding can be shown at the file's own line and
 * column whatever the format: a {@code .txt} file is its text; a Markdown body is shifted by its front matter; the
 * text of HTML and JSON articles is rebuilt from elements and string values, so each of its characters is mapped
 * back to the file character it came from.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}; columns count UTF-16 code units (as SARIF's
 * {@code utf16CodeUnits}), 1-based. Immutable.
 */
public final class SourceMap {
    /** A 1-based line and column in the input file. */
    public record Position(int line, int column) {
    }

    private final int[] lineStarts;
    private final int fileLength;
    private final int shift;
    /** File offset of each text offset (text length + 1 entries), or null for a constant {@link #shift}. */
    private final int[] map;
    private final int firstLine;

    private SourceMap(String file, int shift, int[] map, int firstLine) {
        this.lineStarts = lineStarts(file);
        this.fileLength = file.length();
        this.shift = shift;
        this.map = map;
        this.firstLine = firstLine;
    }

    /** The text is the file, character for character (after a dropped byte-order mark). */
    public static SourceMap identity(String file) {
        return new SourceMap(file, 0, null, 1);
    }

    /** The text is the file from {@code offset} on (a Markdown body after its front matter). */
    public static SourceMap shifted(String file, int offset) {
        return new SourceMap(file, offset, null, 1);
    }

    /**
     * Each text offset {@code i} came from file offset {@code fileOffsets[i]}; the array holds one entry more than
     * the text (where the text's end falls). {@code firstLine} is the file line {@code file} starts on (a
     * {@code .jsonl} line passes its own line and just that line's content).
     */
    public static SourceMap mapped(String file, int[] fileOffsets, int firstLine) {
        return new SourceMap(file, 0, fileOffsets.clone(), firstLine);
    }

    /** The file offset a text offset came from (clamped into the file). */
    public int fileOffset(int textOffset) {
        int o;
        if (map == null) {
            o = textOffset + shift;
        } else {
            o = map[Math.max(0, Math.min(textOffset, map.length - 1))];
        }
        return Math.max(0, Math.min(o, fileLength));
    }

    /** The file's line and column of a text offset. */
    public Position position(int textOffset) {
        int o = fileOffset(textOffset);
        int i = Arrays.binarySearch(lineStarts, o);
        int lineIdx = i >= 0 ? i : -i - 2;
        return new Position(firstLine + lineIdx, o - lineStarts[lineIdx] + 1);
    }

    /** The first text offset whose character lies at or after {@code fileOffset} (the text's length if none). */
    public int textOffsetAtOrAfter(int fileOffset, int textLength) {
        if (map == null) {
            return Math.max(0, Math.min(fileOffset - shift, textLength));
        }
        int lo = 0;
        int hi = Math.min(textLength, map.length - 1);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (map[mid] < fileOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int[] lineStarts(String t) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
