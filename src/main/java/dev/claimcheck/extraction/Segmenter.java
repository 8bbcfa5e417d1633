package dev.claimcheck.extraction;

import dev.claimcheck.model.Article;
import dev.claimcheck.model.Paragraph;
import dev.claimcheck.model.Paragraph.Roles;
import dev.claimcheck.model.Sentence;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an article into paragraphs (with roles) and sentences, keeping exact offsets into the article text. */
final class Segmenter {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
    /** Markdown block markers that are layout, not text: headings, quotes, bullets. */
    private static final Pattern BLOCK_MARKUP = Pattern.compile("^(?:#{1,6}\\s+|>\\s*|[*+-]\\s+)");

    private final Lexicon lex;

    Segmenter(Lexicon lex) {
        this.lex = lex;
    }

    record Segments(List<Paragraph> paragraphs, List<Sentence> sentences) {
    }

    Segments segment(Article article) {
        String text = article.text();
        boolean titled = article.title() != null && !article.title().isBlank() && firstLineIsTitle(text, article.title());
        List<int[]> blocks = blocks(text, titled);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        String headline = null;
        for (int i = 0; i < blocks.size(); i++) {
            int s = blocks.get(i)[0];
            int e = blocks.get(i)[1];
            String body = text.substring(s, e);
            String role;
            if (i == 0 && titled) {
                role = Roles.HEADLINE;
                headline = normalise(body);
            } else if (headline != null && normalise(body).equals(headline)) {
                role = Roles.REPEATED_HEADLINE;
            } else if (isBoilerplate(body)) {
                role = Roles.NON_ARTICLE;
            } else {
                role = Roles.BODY;
            }
            paragraphs.add(new Paragraph(i, s, e, role));
            if (Roles.HEADLINE.equals(role) || Roles.REPEATED_HEADLINE.equals(role)) {
                // a headline is one sentence, whatever its punctuation
                addSentence(sentences, text, s, e, i, role);
            } else {
                for (int[] span : sentenceSpans(text, s, e)) {
                    addSentence(sentences, text, span[0], span[1], i, role);
                }
            }
        }
        return new Segments(paragraphs, sentences);
    }

    /** Whether the article text opens with its title (a Markdown title may live only in front matter). */
    private static boolean firstLineIsTitle(String text, String title) {
        int s = skipSpace(text, 0);
        int nl = text.indexOf('\n', s);
        String first = text.substring(s, nl < 0 ? text.length() : nl);
        return normalise(first).equals(normalise(title));
    }

    private static void addSentence(List<Sentence> out, String text, int s, int e, int paragraph, String role) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            return;
        }
        int n = out.size() + 1;
        out.add(new Sentence("t" + n, n - 1, paragraph, s, e, text.substring(s, e), role));
    }

    /** Blocks separated by blank lines; a titled article's first line is its own block (the headline). */
    private static List<int[]> blocks(String text, boolean titled) {
        List<int[]> out = new ArrayList<>();
        int pos = 0;
        if (titled) {
            int s = skipSpace(text, 0);
            int nl = text.indexOf('\n', s);
            int e = nl < 0 ? text.length() : nl;
            addBlock(out, text, s, e);
            pos = e;
        }
        Matcher m = BLANK_LINE.matcher(text);
        int start = pos;
        while (m.find(start)) {
            addBlock(out, text, pos, m.start());
            pos = m.end();
            start = pos;
        }
        addBlock(out, text, pos, text.length());
        return out;
    }

    private static void addBlock(List<int[]> out, String text, int s, int e) {
        s = skipSpace(text, s);
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            return;
        }
        Matcher m = BLOCK_MARKUP.matcher(text).region(s, e);
        if (m.lookingAt() && m.end() < e) {
            s = m.end();
        }
        out.add(new int[]{s, e});
    }

    private static int skipSpace(String text, int s) {
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    /** OpenNLP sentence spans, then re-joined where the model split before a lower-case continuation ("U.S. officials"). */
    private List<int[]> sentenceSpans(String text, int s, int e) {
        Span[] spans = NlpModels.sentences().sentPosDetect(text.substring(s, e));
        List<int[]> out = new ArrayList<>();
        for (Span span : spans) {
            int a = s + span.getStart();
            int b = s + span.getEnd();
            if (!out.isEmpty() && (continuesPrevious(text, a) || endsWithTitle(text, out.get(out.size() - 1)))) {
                out.get(out.size() - 1)[1] = b;
            } else {
                out.add(new int[]{a, b});
            }
        }
        if (out.isEmpty()) {
            out.add(new int[]{s, e});
        }
        return out;
    }

    /** "Sen." ends no sentence: the model sometimes splits after an abbreviated title. */
    private boolean endsWithTitle(String text, int[] span) {
        int e = span[1];
        while (e > span[0] && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > span[0] && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return lex.titleAbbreviations.contains(text.substring(s, e));
    }

    private static boolean continuesPrevious(String text, int start) {
        char c = text.charAt(start);
        return Character.isLowerCase(c) || c == ',' || c == ';' || c == ')';
    }

    private boolean isBoilerplate(String block) {
        String lower = block.toLowerCase(Locale.ROOT);
        for (String marker : lex.boilerplate) {
            if (lower.startsWith(marker)) {
                int after = marker.length();
                if (after >= lower.length() || !Character.isLetterOrDigit(lower.charAt(after))
                        || !Character.isLetterOrDigit(marker.charAt(marker.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Headline comparison ignores case, spacing, markup and final punctuation. */
    private static String normalise(String s) {
        return BLOCK_MARKUP.matcher(s.strip()).replaceFirst("").replaceAll("\\s+", " ")
                .replaceAll("[.!?:;\\s]+$", "").toLowerCase(Locale.ROOT);
    }
}
