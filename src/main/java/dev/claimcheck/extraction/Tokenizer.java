package dev.claimcheck.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast rule tokenizer. OpenNLP's statistical tokenizer costs about 0.25 ms per KB and splits the shapes we care
 * about ("U.S.", "US$", "5G", "'s") no better than these few patterns, so extraction tokenises with rules and keeps
 * the models for sentence boundaries and the rare POS window.
 */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "''|``"                                                 // typewriter double quotes (NYT style)
                    + "|(?:\\p{Lu}\\.){2,}"                             // U.S., U.S.A.
                    + "|\\p{Lu}\\.(?=\\s+\\p{Lu}\\p{Ll})"                  // middle initial: Donald J. Trump
                    + "|\\p{Lu}{1,3}\\$"                            // US$, C$
                    + "|\\d+(?:[.,]\\d+)*(?:\\p{L}[\\p{L}\\d]*)?"   // 1,000.5 or 5G / 2nd
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*(?:[-&][\\p{L}\\p{M}\\d]+)*" // words, e-mail-like hyphenation
                    + "|['’](?:s|S|re|ve|ll|d|m|t)\\b"              // clitics: 's 're
                    + "|\\S");
    private static final Pattern ORDINAL_OR_ALNUM = Pattern.compile("\\d+(?:st|nd|rd|th)|\\d+\\p{L}.*");

    private final Lexicon lex;

    Tokenizer(Lexicon lex) {
        this.lex = lex;
    }

    /** Tokens of {@code text[from, to)}, with offsets into {@code text}. */
    List<Tok> tokenize(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        boolean quoted = false;
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String t = m.group();
            // keep a listed abbreviation's full stop on the word ("Sen.", "Jan.")
            if (e < to && text.charAt(e) == '.' && lex.abbreviations.contains(t + ".")) {
                e++;
                t = t + ".";
                m.region(e, to);
            }
            char c = t.charAt(0);
            boolean isQuote = c == '"' || c == '“' || c == '”' || t.equals("''") || t.equals("``");
            if (isQuote) {
                boolean opening = c == '“' || t.equals("``") || (c == '"' || t.equals("''")) && !quoted;
                if (c == '”') {
                    opening = false;
                }
                out.add(new Tok(s, e, t, t, true));
                quoted = opening;
                continue;
            }
            out.add(new Tok(s, e, t, t.toLowerCase(Locale.ROOT), quoted));
        }
        return out;
    }

    static boolean isAlnumWord(String t) {
        return ORDINAL_OR_ALNUM.matcher(t).matches();
    }
}
