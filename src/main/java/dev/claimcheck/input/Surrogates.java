package dev.claimcheck.input;

import java.util.function.Consumer;

/**
 * Lone UTF-16 surrogates. Strict UTF-8 decoding never yields one, but a JSON escape ({@code \ud800}) or an HTML
 * character reference ({@code &#xD800;}) can, and no UTF-8 report could then be written. Each one is replaced by
 * U+FFFD, one char for one char, so every offset into the text stays right; the caller is told, so the editor is.
 */
public final class Surrogates {
    private Surrogates() {
    }

    /**
     * {@code s} with every unpaired surrogate replaced by U+FFFD; if there were any, one warning naming
     * {@code where} (file, line, field) goes to {@code warnings}.
     */
    public static String clean(String s, String where, Consumer<String> warnings) {
        if (s == null) {
            return null;
        }
        int first = firstLone(s);
        if (first < 0) {
            return s;
        }
        char[] c = s.toCharArray();
        int count = 0;
        for (int i = first; i < c.length; i++) {
            if (Character.isHighSurrogate(c[i]) && i + 1 < c.length && Character.isLowSurrogate(c[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c[i])) {
                c[i] = '\uFFFD';
                count++;
            }
        }
        warnings.accept(where + ": " + count + " lone surrogate" + (count == 1 ? "" : "s") + " (first U+"
                + Integer.toHexString(s.charAt(first)).toUpperCase(java.util.Locale.ROOT) + " at offset " + first
                + ") replaced with U+FFFD");
        return new String(c);
    }

    /** Index of the first unpaired surrogate, or -1. */
    public static int firstLone(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return i;
            }
        }
        return -1;
    }
}
