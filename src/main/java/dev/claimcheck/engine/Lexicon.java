package dev.claimcheck.engine;

import dev.claimcheck.input.RulesFolder;
import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    private final Map<String, Pattern> patterns;
    private final Map<String, Set<String>> entries;

    private Lexicon(Map<String, Pattern> patterns, Map<String, Set<String>> entries) {
        this.patterns = Map.copyOf(patterns);
        this.entries = Map.copyOf(entries);
    }

    public static Lexicon of(RulesFolder folder) {
        Map<String, Pattern> patterns = new HashMap<>();
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
                String alternation = words.stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote)
                        .collect(Collectors.joining("|"));
                patterns.put(name, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        return new Lexicon(patterns, entries);
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
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (outsideQuotes && insideQuotes(text, m.start())) {
                continue;
            }
            found.add(new Span(offset + m.start(), offset + m.end(), m.group()));
        }
        return found;
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
