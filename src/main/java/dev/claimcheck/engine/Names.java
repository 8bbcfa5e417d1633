package dev.claimcheck.engine;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the nearest valid name to a misspelt one, by edit distance. */
public final class Names {
    private Names() {
    }

    /** The candidate closest to {@code name}, if one is near enough to be a plausible typo. */
    public static Optional<String> nearest(String name, Collection<String> candidates) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(n, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance || d == bestDistance && best != null && c.compareTo(best) < 0) {
                best = c;
                bestDistance = d;
            }
        }
        // A third of the name's length, at least 2: "enabld" finds "enabled", "colour" does not find "rules".
        return best != null && bestDistance <= Math.max(2, n.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance (insert, delete, substitute; each costs one). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
