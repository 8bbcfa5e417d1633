package dev.claimcheck.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.Suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds suppression directives in an article's own markup and turns them into {@link Suppression}s over its text.
 *
 * <ul>
 *   <li>Markdown and HTML: {@code <!-- claimcheck-disable RULE[,RULE] -- reason -->} up to
 *       {@code <!-- claimcheck-enable -->} (or the end), and {@code <!-- claimcheck-disable-next-paragraph RULE --
 *       reason -->} for the paragraph that follows.</li>
 *   <li>Plain text: the same as a line of its own, {@code [claimcheck: disable RULE -- reason]}.</li>
 *   <li>JSON: {@code "claimcheck": {"suppress": [{"rules": [...], "reason": "...", "text": "passage"}]}}; without
 *       {@code text} the whole article.</li>
 * </ul>
 * In Markdown and plain text the directive is part of the text; it is blanked (each character but line breaks
 * becomes a space), so extraction never reads it while every other offset stays where it was.
 */
public final class Directives {
    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*claimcheck-(disable-next-paragraph|disable|enable)\\b(.*?)-->", Pattern.DOTALL);
    private static final Pattern TEXT_LINE = Pattern.compile(
            "(?m)^[ \\t]*\\[claimcheck:\\s*(disable-next-paragraph|disable|enable)\\b([^\\]\\n]*)\\][ \\t]*$");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

    /** A directive found in the text: what, where (text offsets), and what it says. */
    record Found(String kind, int start, int end, List<String> rules, String reason, int line) {
    }

    /** Text with its directives blanked, and the suppressions they make. */
    public record Blanked(String text, List<Suppression> suppressions) {
    }

    private Directives() {
    }

    /** Markdown: comments in the text itself. {@code firstLine} is the file line the text starts on. */
    public static Blanked markdown(String text, int firstLine) {
        return blank(text, COMMENT, firstLine);
    }

    /** Plain text: {@code [claimcheck: ...]} lines. */
    public static Blanked plainText(String text) {
        return blank(text, TEXT_LINE, 1);
    }

    private static Blanked blank(String text, Pattern p, int firstLine) {
        Matcher m = p.matcher(text);
        List<Found> found = new ArrayList<>();
        char[] out = null;
        while (m.find()) {
            found.add(parse(m.group(1), m.group(2), m.start(), m.end(), firstLine + lineOf(text, m.start())));
            if (out == null) {
                out = text.toCharArray();
            }
            for (int i = m.start(); i < m.end(); i++) {
                if (out[i] != '\n' && out[i] != '\r') {
                    out[i] = ' ';
                }
            }
        }
        if (out == null) {
            return new Blanked(text, List.of());
        }
        String blanked = new String(out);
        return new Blanked(blanked, resolve(blanked, found));
    }

    /**
     * HTML: comments in the file; {@code toText} maps a file offset to the first text offset at or after it (the
     * text is rebuilt from the elements, and comments are never part of it).
     */
    public static List<Suppression> html(String file, String text, java.util.function.IntUnaryOperator toText) {
        Matcher m = COMMENT.matcher(file);
        List<Found> found = new ArrayList<>();
        while (m.find()) {
            int at = toText.applyAsInt(m.start());
            found.add(parse(m.group(1), m.group(2), at, at, 1 + lineOf(file, m.start())));
        }
        return found.isEmpty() ? List.of() : resolve(text, found);
    }

    /** JSON: the article's {@code claimcheck.suppress} list; errors name the field. */
    public static List<Suppression> json(String name, JsonNode article, String text) throws InputException {
        JsonNode cc = article.get("claimcheck");
        if (cc == null || cc.isNull()) {
            return List.of();
        }
        JsonNode list = cc.isObject() ? cc.get("suppress") : null;
        if (!cc.isObject() || list == null || !list.isArray()) {
            throw InputException.withMessage(name + ": claimcheck: expected an object with a \"suppress\" list");
        }
        List<Suppression> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "claimcheck.suppress[" + i + "]";
            JsonNode e = list.get(i);
            if (!e.isObject()) {
                throw InputException.withMessage(name + ": " + where + ": expected an object with rules and reason");
            }
            List<String> rules = new ArrayList<>();
            JsonNode r = e.has("rules") ? e.get("rules") : e.get("rule");
            if (r != null && r.isArray()) {
                r.forEach(x -> rules.add(x.asText().strip()));
            } else if (r != null && r.isTextual()) {
                rules.addAll(splitRules(r.asText()));
            }
            if (rules.isEmpty()) {
                throw InputException.withMessage(name + ": " + where + ".rules: name at least one rule id");
            }
            String reason = e.hasNonNull("reason") ? e.get("reason").asText() : null;
            JsonNode passage = e.get("text");
            if (passage == null || passage.isNull() || passage.asText().isEmpty()) {
                out.add(new Suppression(rules, reason, 0, text.length(), where, null));
            } else {
                String p = passage.asText();
                for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                    out.add(new Suppression(rules, reason, at, at + p.length(), where, new Span(at, at, "")));
                }
            }
        }
        return out;
    }

    private static Found parse(String kind, String body, int start, int end, int line) {
        String b = body.strip();
        String reason = null;
        int dash = b.indexOf("--");
        if (dash >= 0) {
            reason = b.substring(dash + 2).strip();
            b = b.substring(0, dash).strip();
        }
        return new Found(kind, start, end, splitRules(b), reason, line);
    }

    private static List<String> splitRules(String s) {
        return Arrays.stream(s.split("[,\\s]+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** Turns directives, in text order, into ranges: disable..enable, or the next paragraph. */
    private static List<Suppression> resolve(String text, List<Found> found) {
        List<Suppression> out = new ArrayList<>();
        Map<String, Found> open = new LinkedHashMap<>();
        for (Found f : found) {
            String where = "line " + f.line();
            Span directive = new Span(f.start(), f.start(), "");
            switch (f.kind()) {
                case "enable" -> {
                    List<Found> closing = open.values().stream().distinct()
                            .filter(o -> f.rules().isEmpty() || o.rules().stream().anyMatch(f.rules()::contains)).toList();
                    for (Found o : closing) {
                        out.add(new Suppression(o.rules(), o.reason(), o.start(), f.start(), "line " + o.line(),
                                new Span(o.start(), o.start(), "")));
                        open.values().removeIf(x -> x == o);
                    }
                }
                case "disable" -> {
                    if (f.rules().isEmpty()) {
                        out.add(new Suppression(List.of("(none)"), null, f.start(), f.start(), where, directive));
                    } else {
                        f.rules().forEach(r -> open.put(r + "@" + f.start(), f));
                    }
                }
                default -> { // disable-next-paragraph
                    int p = f.end();
                    while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                        p++;
                    }
                    Matcher blank = BLANK_LINE.matcher(text);
                    int end = blank.find(p) ? blank.start() : text.length();
                    out.add(new Suppression(f.rules().isEmpty() ? List.of("(none)") : f.rules(), f.reason(),
                            f.start(), end, where, directive));
                }
            }
        }
        open.values().stream().distinct().forEach(o -> out.add(new Suppression(o.rules(), o.reason(), o.start(),
                text.length(), "line " + o.line(), new Span(o.start(), o.start(), ""))));
        return out;
    }

    private static int lineOf(String s, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }
}
