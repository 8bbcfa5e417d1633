package dev.claimcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks what differs between two passages, word by word (longest common subsequence of words, compared without
 * case or punctuation), for the side-by-side view of copied passages. Passages past {@link #MAX_WORDS} words are
 * shown unmarked rather than spend quadratic time on them.
 */
final class WordDiff {
    static final int MAX_WORDS = 1500;
    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*");

    /** One side's text as HTML: words the other side lacks wrapped in {@code <mark class="diff">}. */
    record Sides(String left, String right) {
    }

    private WordDiff() {
    }

    static Sides mark(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.size() > MAX_WORDS || tb.size() > MAX_WORDS) {
            return new Sides(Html.esc(a), Html.esc(b));
        }
        int[][] lcs = new int[ta.size() + 1][tb.size() + 1];
        for (int i = ta.size() - 1; i >= 0; i--) {
            for (int j = tb.size() - 1; j >= 0; j--) {
                lcs[i][j] = key(ta.get(i)).equals(key(tb.get(j))) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] keepA = new boolean[ta.size()];
        boolean[] keepB = new boolean[tb.size()];
        for (int i = 0, j = 0; i < ta.size() && j < tb.size(); ) {
            if (key(ta.get(i)).equals(key(tb.get(j)))) {
                keepA[i++] = true;
                keepB[j++] = true;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Sides(render(ta, keepA), render(tb, keepB));
    }

    private static String render(List<String> tokens, boolean[] same) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = Html.esc(tokens.get(i));
            out.append(same[i] ? t : "<mark class=\"diff\">" + t.stripTrailing() + "</mark>"
                    + t.substring(t.stripTrailing().length()));
        }
        return out.toString();
    }

    private static String key(String token) {
        return token.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s.strip());
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
