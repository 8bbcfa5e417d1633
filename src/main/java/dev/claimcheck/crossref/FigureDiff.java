package dev.claimcheck.crossref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that two matching sentences give differently in the same place. The sentences are aligned word by word
 * (longest common subsequence, every number standing as "#"); an aligned pair of numbers whose neighbouring word
 * is aligned too is in the same place: "the Dow fell 398 points" and "the Dow was down 502 points" put 398 and 502
 * before "points".
 */
final class FigureDiff {
    private static final Pattern NUMBER = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    /** Words, numbers ("1,200", "4.5") and "%" / "$" as tokens of their own. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\p{L}\\d])|[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*|[%$\u20ac\u00a3]");

    /** A number of sentence A ({@code [start, end)} in it) that sentence B gives as {@code otherValue}. */
    record Difference(int start, int end, String value, String otherValue, String context) {
    }

    private FigureDiff() {
    }

    static List<Difference> differences(String a, String b) {
        List<Token> ta = tokens(a);
        List<Token> tb = tokens(b);
        if (ta.size() > 400 || tb.size() > 400) {
            return List.of();
        }
        // Align the sentences word by word, every number standing as "#": aligned numbers are in the same place.
        int[][] lcs = new int[ta.size() + 1][tb.size() + 1];
        for (int i = ta.size() - 1; i >= 0; i--) {
            for (int j = tb.size() - 1; j >= 0; j--) {
                lcs[i][j] = ta.get(i).norm().equals(tb.get(j).norm()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] pair = new int[ta.size()];
        java.util.Arrays.fill(pair, -1);
        for (int i = 0, j = 0; i < ta.size() && j < tb.size(); ) {
            if (ta.get(i).norm().equals(tb.get(j).norm())) {
                pair[i++] = j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        List<Difference> out = new ArrayList<>();
        for (int i = 0; i < ta.size(); i++) {
            Token x = ta.get(i);
            if (pair[i] < 0 || !x.number()) {
                continue;
            }
            Token y = tb.get(pair[i]);
            // The figure's place must be shared: the word before or after it is aligned too.
            boolean before = i > 0 && pair[i - 1] == pair[i] - 1 && !ta.get(i - 1).number();
            boolean after = i + 1 < ta.size() && pair[i + 1] == pair[i] + 1 && !ta.get(i + 1).number();
            // A value that the other sentence also gives somewhere (a conversion, a second figure) is no conflict.
            if ((before || after) && value(x.raw()) != value(y.raw())
                    && tb.stream().noneMatch(t -> t.number() && value(t.raw()) == value(x.raw()))
                    && ta.stream().noneMatch(t -> t.number() && value(t.raw()) == value(y.raw()))) {
                String context = (i > 0 ? ta.get(i - 1).norm() : "") + " _ " + (i + 1 < ta.size() ? ta.get(i + 1).norm() : "");
                out.add(new Difference(x.start(), x.end(), x.raw(), y.raw(), context.strip()));
            }
        }
        return out;
    }

    private record Token(int start, int end, String raw, String norm, boolean number) {
    }

    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String raw = m.group();
            boolean number = NUMBER.matcher(raw).matches();
            out.add(new Token(m.start(), m.end(), raw, number ? "#" : raw.toLowerCase(Locale.ROOT).replace('\u2019', '\''),
                    number));
        }
        return out;
    }

    private static double value(String number) {
        return Double.parseDouble(number.replace(",", ""));
    }
}
