package dev.claimcheck.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Maps the characters of a rebuilt article text back to the file characters they came from: JSON string values
 * (escapes take several file characters for one) and HTML element text (tags, comments and whitespace runs fall
 * away, entities decode). Used to build a {@link dev.claimcheck.model.SourceMap}, so findings point at the file.
 */
final class FileOffsets {
    private static final JsonFactory JSON = new JsonFactory();

    private FileOffsets() {
    }

    /** Offsets of the opening quote of each top-level string field named in {@code fields} (absent: not there). */
    static Map<String, Integer> jsonStringFields(String json, Set<String> fields) {
        Map<String, Integer> out = new HashMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            int depth = 0;
            String field = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> field = depth == 1 ? p.currentName() : null;
                    case VALUE_STRING -> {
                        if (depth == 1 && field != null && fields.contains(field)) {
                            out.putIfAbsent(field, (int) p.currentTokenLocation().getCharOffset());
                        }
                    }
                    default -> { }
                }
                if (depth == 0 && t == JsonToken.END_OBJECT) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The article was parsed already; a map we cannot build only costs exact positions.
        }
        return out;
    }

    /**
     * Writes into {@code map[from..from+length)} the file offset of each decoded character of the JSON string
     * whose opening quote is at {@code quote}, starting {@code skip} decoded characters in (a stripped title).
     */
    static void jsonString(String json, int quote, int skip, int[] map, int from, int length) {
        int r = quote + 1;
        int decoded = 0;
        int k = 0;
        while (k < length && r < json.length()) {
            int width = 1;
            if (json.charAt(r) == '\\' && r + 1 < json.length()) {
                width = json.charAt(r + 1) == 'u' ? 6 : 2;
            }
            if (decoded >= skip) {
                map[from + k++] = r;
            }
            decoded++;
            r += width;
        }
        while (k < length) {
            map[from + k++] = Math.min(r, json.length());
        }
    }

    /**
     * Writes into {@code map[from..from+part.length())} where each character of {@code part} (an element's
     * normalised text) stands in {@code html} between {@code start} and {@code end}. A character not found there
     * (whitespace collapsed away, a character the parser produced itself) takes the position of the next one found.
     */
    static void htmlText(String html, int start, int end, String part, int[] map, int from) {
        int r = Math.max(0, start);
        int limit = Math.min(html.length(), end <= start ? html.length() : end);
        for (int k = 0; k < part.length(); k++) {
            char c = part.charAt(k);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                map[from + k] = Math.min(r, html.length());
                continue;
            }
            int found = -1;
            int s = r;
            while (s < limit) {
                char h = html.charAt(s);
                if (h == '<') {
                    int close = html.startsWith("<!--", s) ? html.indexOf("-->", s) : html.indexOf('>', s);
                    s = close < 0 ? limit : close + (html.startsWith("<!--", s) ? 3 : 1);
                    continue;
                }
                if (h == '&') {
                    int semi = html.indexOf(';', s);
                    if (semi > s && semi - s <= 12) {
                        String d = Parser.unescapeEntities(html.substring(s, semi + 1), false);
                        if (!d.isEmpty() && d.charAt(0) == c) {
                            found = s;
                            // A decoded pair (an astral character) covers the next text character too.
                            if (d.length() == 2 && k + 1 < part.length() && part.charAt(k + 1) == d.charAt(1)) {
                                map[from + k] = s;
                                k++;
                            }
                            s = semi + 1;
                            break;
                        }
                    }
                }
                if (h == c) {
                    found = s;
                    s++;
                    break;
                }
                s++;
            }
            if (found < 0) {
                map[from + k] = Math.min(r, html.length());
            } else {
                map[from + k] = found;
                r = s;
            }
        }
    }

    /** A map of {@code n} text characters (plus the end), every entry {@code at}. */
    static int[] filled(int n, int at) {
        int[] m = new int[n + 1];
        Arrays.fill(m, at);
        return m;
    }
}
