package dev.claimcheck.crossref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences with exact offsets, and sentences into normalised words, for the cross-article
 * index. Deliberately simpler and much faster than extraction's OpenNLP segmenter: a reference archive of a million
 * articles is split here without loading any model, and both sides of a comparison are split the same way.
 */
public final class Passages {
    /** A sentence: {@code [start, end)} in the text, and its words (lower case, every digit run written as "#"). */
    public record Sentence(int start, int end, List<String> words) {
        public int wordCount() {
            return words.size();
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.,][\\p{L}\\p{N}]+)*");
    /** A sentence ends at . ! or ? (closing quotes or brackets may follow) before space and a capital, digit or quote. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "[.!?][\"\u201D\u2019')\\]]*(?=\\s+[\"\u201C\u2018(\\[]?[\\p{Lu}\\p{N}])");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
    /** Words after which a full stop is no sentence end ("Mr. Smith", "U.S. officials", "Jan. 5"). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov",
            "gen", "lt", "col", "sgt", "prof", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar",
            "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "mt", "ft");

    private Passages() {
    }

    /** The sentences of a text; a line break always ends a sentence (headlines, captions, list items). */
    public static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            splitLine(text, lineStart, lineEnd, out);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, List<Sentence> out) {
        Matcher m = BOUNDARY.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            if (isAbbreviation(text, start, m.start())) {
                continue;
            }
            add(text, start, m.end(), out);
            start = m.end();
        }
        add(text, start, to, out);
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int i = dot;
        while (i > sentenceStart && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        String word = text.substring(i, dot).toLowerCase(Locale.ROOT).replaceAll("^[\"\u201C(]+", "");
        // A single capital ("John F. Kennedy") or a listed abbreviation.
        return (word.length() == 1 && Character.isLetter(word.charAt(0))) || ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            List<String> words = words(text.substring(start, end));
            if (!words.isEmpty()) {
                out.add(new Sentence(start, end, words));
            }
        }
    }

    /** Normalised words: lower case, curly apostrophes straightened, digit runs as "#" (so "398" meets "502"). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            words.add(DIGITS.matcher(w).replaceAll("#"));
        }
        return words;
    }
}
