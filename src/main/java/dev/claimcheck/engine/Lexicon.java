package dev.claimcheck.engine;

import dev.claimcheck.input.RulesFolder;
import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists of a rules folder ({@code lexicon/NAME.txt}), compiled once into whole-word, case-insensitive
 * patterns so rules can ask "does this sentence use a puffery word?" without any word living in Java code.
 * Immutable and shared by every check.
 */
public final class Lexicon {
    private static final String DIR = "lexicon/";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private final Map<String, Pattern> patterns;
    private final Map<String, Map<Character, Pattern>> byFirstChar;
    private final Map<String, Set<String>> entries;

    private Lexicon(Map<String, Pattern> patterns, Map<String, Map<Character, Pattern>> byFirstChar,
                    Map<String, Set<String>> entries) {
        this.patterns = Map.copyOf(patterns);
        this.byFirstChar = Map.copyOf(byFirstChar);
        this.entries = Map.copyOf(entries);
    }

    public static Lexicon of(RulesFolder folder) {
        Map<String, Pattern> patterns = new HashMap<>();
        Map<String, Map<Character, Pattern>> byFirstChar = new HashMap<>();
        Map<String, Set<String>> entries = new HashMap<>();
        for (String path : folder.pathsEndingWith(".txt")) {
            if (!path.startsWith(DIR)) {
                continue;
            }
            String name = path.substring(DIR.length(), path.length() - ".txt".length());
            List<String> words = folder.wordList(path);
            entries.put(name, words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
            if (!words.isEmpty()) {
                // Longest first so "sources close to" wins over "sources".
                List<String> longestFirst = words.stream()
                        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
                patterns.put(name, wholeWords(longestFirst));
                Map<Character, Pattern> split = byFirstChar(longestFirst);
                if (split != null) {
                    byFirstChar.put(name, split);
                }
            }
        }
        return new Lexicon(patterns, byFirstChar, entries);
    }

    private static Pattern wholeWords(List<String> longestFirst) {
        String alternation = longestFirst.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])", FLAGS);
    }

    /**
     * The list's pattern split by the case-folded first character of its entries. A whole-list alternation tries
     * every entry at every word start; at a given position only entries starting with that position's character
     * can match, and keeping their longest-first order keeps the same winner, so the split finds exactly what the
     * whole pattern finds. Null when the split cannot be exact (an empty entry, or one starting outside the BMP).
     */
    private static Map<Character, Pattern> byFirstChar(List<String> longestFirst) {
        Map<Character, List<String>> groups = new HashMap<>();
        for (String w : longestFirst) {
            if (w.isEmpty() || Character.isSurrogate(w.charAt(0))) {
                return null;
            }
            groups.computeIfAbsent(fold(w.charAt(0)), k -> new ArrayList<>()).add(w);
        }
        Map<Character, Pattern> split = new HashMap<>();
        groups.forEach((c, ws) -> split.put(c, wholeWords(ws)));
        return Map.copyOf(split);
    }

    /** The case folding java.util.regex applies to a character under CASE_INSENSITIVE | UNICODE_CASE. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** True when {@code word} (case-insensitively) is an entry of list {@code list}. */
    public boolean contains(String list, String word) {
        Set<String> e = entries.get(list);
        return e != null && word != null && e.contains(word.toLowerCase(Locale.ROOT).strip());
    }

    /**
     * Every occurrence of an entry of {@code list} in {@code text}, as spans offset by {@code offset} (pass the
     * sentence's start to get article offsets). With {@code outsideQuotes}, matches inside double quotation marks
     * are skipped: a quoted speaker may use words the reporter may not.
     */
    public List<Span> find(String list, String text, int offset, boolean outsideQuotes) {
        Pattern p = patterns.get(list);
        if (p == null || text == null) {
            return List.of();
        }
        List<Span> found = new ArrayList<>();
        Map<Character, Pattern> split = byFirstChar.get(list);
        if (split == null) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                add(found, text, offset, outsideQuotes, m);
            }
            return found;
        }
        // Matcher.find's scan, position by position, but each position tries only the entries that can start there.
        Map<Pattern, Matcher> matchers = new IdentityHashMap<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i > 0 && isLetterOrDigit(text, i)) {
                i++;
                continue;
            }
            // The regex matches an entry's folded first char against both c and fold(c); so does this lookup.
            Pattern folded = split.get(fold(c));
            Pattern plain = c != fold(c) ? split.get(c) : null;
            Pattern sub = folded == null ? plain : plain == null ? folded : p;
            if (sub == null) {
                i++;
                continue;
            }
            Matcher m = matchers.computeIfAbsent(sub, k -> k.matcher(text)
                    .useTransparentBounds(true).useAnchoringBounds(false));
            m.region(i, text.length());
            if (m.lookingAt()) {
                add(found, text, offset, outsideQuotes, m);
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** {@link #find} by the whole-list pattern alone: the reference the split search must agree with (tests). */
    List<Span> findWithWholePattern(String list, String text, int offset, boolean outsideQuotes) {
        Pattern p = patterns.get(list);
        List<Span> found = new ArrayList<>();
        if (p != null && text != null) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                add(found, text, offset, outsideQuotes, m);
            }
        }
        return found;
    }

    /** True when the code point before index {@code i} is a letter or digit: {@code i} is inside a word. */
    private static boolean isLetterOrDigit(String text, int i) {
        int before = text.codePointBefore(i);
        return Character.isLetterOrDigit(before);
    }

    private static void add(List<Span> found, String text, int offset, boolean outsideQuotes, Matcher m) {
        if (!(outsideQuotes && insideQuotes(text, m.start()))) {
            found.add(new Span(offset + m.start(), offset + m.end(), m.group()));
        }
    }

    /** True when position {@code pos} of {@code text} is inside double quotation marks (straight or curly). */
    static boolean insideQuotes(String text, int pos) {
        int quotes = 0;
        for (int i = 0; i < pos; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** The lower-cased entries of a list (empty when there is no such list). */
    public Set<String> entries(String list) {
        return entries.getOrDefault(list, Set.of());
    }

    /**
     * For a list of groups ({@code a = b = c} per line), every word grouped with {@code word}, itself included.
     */
    public Set<String> group(String list, String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        Set<String> out = new java.util.HashSet<>();
        out.add(w);
        for (String line : entries(list)) {
            List<String> members = java.util.Arrays.stream(line.split("=")).map(String::strip).toList();
            if (members.contains(w)) {
                out.addAll(members);
            }
        }
        return out;
    }

    public Set<String> listNames() {
        return entries.keySet();
    }
}
