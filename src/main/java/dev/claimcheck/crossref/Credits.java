package dev.claimcheck.crossref;

import dev.claimcheck.model.Span;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds where an article credits a wire service or another outlet for its copy. Only credit patterns count, not a
 * bare mention (a story about Reuters is not Reuters copy): the name in brackets ("PHOENIX (AP) —"), followed by a
 * reporting verb ("Reuters reported", "The Associated Press contributed"), after "according to", "via", "source:",
 * "copyright", "©", "by" or "for" ("By The Associated Press", "reporting for Reuters"), or as a web address
 * ("source: reuters.com").
 */
public final class Credits {
    private final Pattern pattern;

    /** @param names wire services and outlets (lexicon {@code wire-credits}), any case */
    public Credits(Collection<String> names) {
        List<String> sorted = names.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.pattern = sorted.isEmpty() ? null : compile(sorted);
    }

    private static Pattern compile(List<String> names) {
        String name = names.stream().map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:the\\s+)?(?:", ")"));
        String b = "(?<![\\p{L}\\p{N}])";
        String e = "(?![\\p{L}\\p{N}])";
        return Pattern.compile(String.join("|",
                "\\(\\s*" + name + "(?:\\s*/\\s*[^)]{1,40})?\\s*\\)",
                b + name + e + "(?:'s)?\\s+(?:reported|reports|said|says|contributed|wrote|writes|first\\s+reported)" + e,
                b + "(?:according\\s+to|via|source:?|sources:|copyright|\u00a9|\\(c\\)|by|for|told|from)\\s+" + name + e,
                b + name + "\\.(?:com|co\\.uk|de|fr)" + e),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first credit in the text to any listed name, or null. */
    public Span find(String text) {
        if (pattern == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Span.of(text, m.start(), m.end()) : null;
    }

    /** The first credit to one outlet (the other article's own outlet), or null. */
    public static Span findOutlet(String text, String outlet) {
        if (outlet == null || outlet.isBlank() || outlet.strip().length() < 3) {
            return null;
        }
        return new Credits(List.of(outlet.strip().toLowerCase(Locale.ROOT))).find(text);
    }
}
