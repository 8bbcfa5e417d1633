package dev.claimcheck.engine;

import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds pairs of passages that say nearly the same thing, without comparing every passage with every other:
 * passages are indexed by their content words, and only passages sharing a word are compared (Jaccard
 * similarity over content words). Cost grows with the article's length, not its square, for ordinary prose.
 */
final class TextSimilarity {
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}$%]+");

    private TextSimilarity() {
    }

    /**
     * Pairs {@code (earlier, later)} of spans whose content-word Jaccard similarity is at least {@code threshold};
     * spans with fewer than {@code minWords} content words are too short to judge.
     */
    static List<Span[]> nearDuplicates(List<Span> spans, double threshold, Function<String, Set<String>> contentWords,
                                       int minWords) {
        List<Span> ordered = new ArrayList<>(spans);
        ordered.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Set<String>> words = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        List<Span[]> pairs = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Set<String> w = contentWords.apply(ordered.get(i).text());
            words.add(w);
            if (w.size() < minWords) {
                continue;
            }
            Set<Integer> candidates = new HashSet<>();
            for (String word : w) {
                List<Integer> list = postings.computeIfAbsent(word, k -> new ArrayList<>());
                candidates.addAll(list);
                list.add(i);
            }
            for (int j : candidates) {
                if (jaccard(words.get(j), w) >= threshold) {
                    pairs.add(new Span[] {ordered.get(j), ordered.get(i)});
                }
            }
        }
        return pairs;
    }

    static Set<String> contentWords(String text, Lexicon lexicon) {
        Set<String> words = new HashSet<>();
        for (String token : WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (token.length() > 1 && !lexicon.contains("stopwords", token)) {
                words.add(stem(token));
            }
        }
        return words;
    }

    /** A crude plural/possessive fold: enough to match "firm" with "firms" without a stemmer. */
    private static String stem(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static double similarity(String a, String b, Lexicon lexicon) {
        return jaccard(contentWords(a, lexicon), contentWords(b, lexicon));
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }
}
