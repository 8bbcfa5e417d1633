package dev.claimcheck.extraction;

import dev.claimcheck.model.Quantity;
import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numbers in a sentence, normalised: digits and number words with scale words ("50 million"), currencies as written
 * ("US$", "$", "dollars"), ranges ("10 to 100 times"), bounds ("up to 25%"), vague amounts ("hundreds of billions"),
 * and fractions ("half of"). Years and day numbers belong to dates and are left out.
 */
final class QuantityFinder {
    private final Lexicon lex;
    /** Phrases split into words once, not per token. */
    private final List<Map.Entry<String[], Double>> fractions = new ArrayList<>();
    private final List<Map.Entry<String[], String>> bounds = new ArrayList<>();
    private final Map<String, String> currencyExact = new java.util.HashMap<>();
    private final Map<String, String> currencyWords = new java.util.HashMap<>();

    private final List<Map.Entry<String[], String>> units = new ArrayList<>();

    /** First words of relative dates ("last", "next"): "rose to 1.5 million last year" has no unit "last". */
    private final java.util.Set<String> dateWords = new java.util.HashSet<>();

    QuantityFinder(Lexicon lex) {
        this.lex = lex;
        for (String r : lex.relativeDates.keySet()) {
            dateWords.add(r.split(" ")[0]);
        }
        for (Map.Entry<String, String> u : lex.units) {
            units.add(Map.entry(u.getKey().toLowerCase(java.util.Locale.ROOT).split(" "), u.getValue()));
        }
        for (Map.Entry<String, Double> f : lex.fractions) {
            fractions.add(Map.entry(f.getKey().split(" "), f.getValue()));
        }
        for (Map.Entry<String, String> b : lex.bounds) {
            bounds.add(Map.entry(b.getKey().split(" "), b.getValue()));
        }
        for (Map.Entry<String, String> c : lex.currencies) {
            currencyExact.putIfAbsent(c.getKey(), c.getValue());
            if (Character.isLetter(c.getKey().charAt(0))) {
                currencyWords.putIfAbsent(c.getKey().toLowerCase(java.util.Locale.ROOT), c.getValue());
            }
        }
    }

    List<Quantity> find(String text, List<Tok> t) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            int next = fraction(text, t, i, out);
            if (next < 0) {
                next = vague(text, t, i, out);
            }
            if (next < 0) {
                next = number(text, t, i, out);
            }
            i = next < 0 ? i + 1 : next;
        }
        return out;
    }

    private int fraction(String text, List<Tok> t, int i, List<Quantity> out) {
        for (Map.Entry<String[], Double> f : fractions) {
            String[] words = f.getKey();
            if (!matches(t, i, words)) {
                continue;
            }
            int after = i + words.length;
            if (after < t.size() && (t.get(after).is("of") || t.get(after).is("the") || t.get(after).is("its")
                    || t.get(after).is("their"))) {
                int end = t.get(after).is("of") ? after : after - 1;
                String subject = nounAfter(t, after + (t.get(after).is("of") ? 1 : 0));
                out.add(new Quantity(Span.of(text, t.get(i).start(), t.get(end).end()), f.getValue(), null,
                        "fraction", null, null, false, null, subject));
                return end + 1;
            }
        }
        return -1;
    }

    /** "hundreds of billions (of dollars)", "thousands of people". */
    private int vague(String text, List<Tok> t, int i, List<Quantity> out) {
        Double scale = pluralScale(t.get(i).lower());
        if (scale == null || i + 1 >= t.size() || !t.get(i + 1).is("of")) {
            return -1;
        }
        double value = scale;
        int end = i;
        int k = i + 2;
        if (k < t.size() && pluralScale(t.get(k).lower()) != null) {
            value *= pluralScale(t.get(k).lower());
            end = k;
            k++;
        }
        String currency = null;
        String notation = null;
        String unit = null;
        if (k < t.size() && t.get(k).is("of")) {
            k++;
        } else if (end == i) {
            k = i + 2;
        }
        if (k < t.size()) {
            String cur = currencyCode(t.get(k).text());
            if (cur != null && t.get(k).isWord()) {
                currency = cur;
                notation = t.get(k).text();
                unit = "currency";
                end = k;
            } else if (end == i) {
                unit = nounAfter(t, k);
                if (unit != null) {
                    end = k; // "thousands of drivers"
                }
            }
        }
        // "hundreds of billions" is at least 1e11 and below 1e12: the range lets figure rules see it is not exact
        out.add(new Quantity(Span.of(text, t.get(i).start(), t.get(end).end()), value, value * 10, unit, currency,
                notation, true, null, unit != null && !"currency".equals(unit) ? unit : null));
        return end + 1;
    }

    private Double pluralScale(String word) {
        if (word.length() < 4 || !word.endsWith("s")) {
            return null;
        }
        String singular = word.substring(0, word.length() - 1);
        return lex.scales.get(singular);
    }

    private int number(String text, List<Tok> t, int i, List<Quantity> out) {
        int k = i;
        String currency = null;
        String notation = null;
        String cur = currencyCode(t.get(k).text());
        if (cur != null && k + 1 < t.size() && t.get(k + 1).isNumber()
                && (!t.get(k).isWord() || t.get(k).text().contains("$") || t.get(k).text().equals(t.get(k).text().toUpperCase()))) {
            currency = cur;
            notation = t.get(k).text();
            k++;
        }
        Tok num = t.get(k);
        Double value = parse(num);
        if (value == null) {
            return -1;
        }
        if (k > 0 && lex.months.containsKey(t.get(k - 1).text()) || k > 0 && t.get(k - 1).is("no.")) {
            return k + 1; // "May 5", "No. 2"
        }
        if (isClockTime(text, num)) {
            return k + 1; // "10:30", "3 p.m.", "9 o'clock" tell the time, they count nothing
        }
        int start = k == i ? i : i;
        int end = k;
        k++;
        Double scale = k < t.size() ? lex.scales.get(t.get(k).lower()) : null;
        if (scale != null) {
            value *= scale;
            end = k;
            k++;
        }
        boolean wordNumber = num.isWord();
        Double max = null;
        if (k + 1 < t.size() && (t.get(k).is("to") || t.get(k).is("-") || t.get(k).is("–")
                || t.get(k).is("and") && i > 0 && t.get(i - 1).is("between"))) {
            Double hi = parse(t.get(k + 1));
            if (hi != null && !t.get(k + 1).isWord()) {
                int kk = k + 2;
                Double s2 = kk < t.size() ? lex.scales.get(t.get(kk).lower()) : null;
                if (s2 != null) {
                    hi *= s2;
                    if (scale == null) {
                        value *= s2; // "2 to 3 billion"
                    }
                    kk++;
                } else if (scale != null) {
                    hi *= scale;
                }
                max = hi;
                end = kk - 1;
                k = kk;
            }
        }
        String unit = null;
        if (k < t.size()) {
            Tok u = t.get(k);
            Map.Entry<String[], String> listed = unitAt(t, k);
            if (listed != null) {
                unit = listed.getValue();
                end = k + listed.getKey().length - 1;
            } else if (currency == null && currencyCode(u.text()) != null && u.isWord()) {
                currency = currencyCode(u.text());
                notation = u.text();
                end = k;
            }
        }
        if (max == null && unit != null && end + 2 < t.size() && (t.get(end + 1).is("to") || t.get(end + 1).is("-")
                || t.get(end + 1).is("–"))) {
            // "20% to 25%", "10 times to 20 times": a range written with the unit twice
            Double hi = parse(t.get(end + 2));
            Map.Entry<String[], String> again = end + 3 < t.size() ? unitAt(t, end + 3) : null;
            if (hi != null && again != null && again.getValue().equals(unit)) {
                max = hi;
                end = end + 3 + again.getKey().length - 1;
            }
        }
        if (max != null && max < value && !(start > 0 && t.get(start - 1).is("from"))) {
            max = null; // "3-0" is a score, not a range; "fell from 80 to 60" is a change and keeps both ends
        }
        if (currency != null) {
            unit = "currency";
        }
        boolean isYear = value >= 1900 && value <= 2100 && value == Math.rint(value) && scale == null
                && unit == null && num.text().length() == 4 && max == null;
        if (isYear || wordNumber && scale == null && unit == null) {
            return end + 1;
        }
        String subject = null;
        if (unit == null) {
            subject = nounAfter(t, end + 1);
            unit = subject;
            if (subject != null && end + 1 < t.size() && t.get(end + 1).lower().equals(subject)) {
                end++; // "40,000 cars"
            }
        } else {
            int after = end + 1;
            if (after < t.size() && t.get(after).is("of")) {
                subject = nounAfter(t, after + 1);
            }
        }
        String bound = null;
        boolean approximate = false;
        int boundStart = start;
        for (Map.Entry<String[], String> b : bounds) {
            String[] words = b.getKey();
            int from = start - words.length;
            if (from >= 0 && matches(t, from, words)) {
                if ("approximate".equals(b.getValue())) {
                    approximate = true;
                } else {
                    bound = b.getValue();
                }
                boundStart = from;
                break;
            }
        }
        if (subject == null) {
            subject = nounBeforeOf(t, boundStart);
        }
        out.add(new Quantity(Span.of(text, t.get(boundStart).start(), t.get(end).end()), value, max, unit, currency,
                notation, approximate, bound, subject));
        return end + 1;
    }

    private static final java.util.regex.Pattern CLOCK_AFTER = java.util.regex.Pattern.compile(
            "(?i)^(:\\d\\d|\\s?[ap]\\.?m\\b|\\s?[ap]\\.m\\.|\\s?o['’]clock)");

    private static boolean isClockTime(String text, Tok num) {
        String after = text.substring(num.end(), Math.min(text.length(), num.end() + 9));
        boolean minutes = num.start() >= 2 && text.charAt(num.start() - 1) == ':'
                && Character.isDigit(text.charAt(num.start() - 2));
        return minutes || CLOCK_AFTER.matcher(after).find();
    }

    /** The first content word after {@code k} (skipping determiners and adjectives is beyond a rule tokeniser). */
    private String nounAfter(List<Tok> t, int k) {
        while (k < t.size() && (t.get(k).is("the") || t.get(k).is("its") || t.get(k).is("their") || t.get(k).is("a"))) {
            k++;
        }
        if (k < t.size() && t.get(k).isWord() && !lex.isFunctionWord(t.get(k).lower()) && !t.get(k).isCapitalised()
                && !lex.reportingVerbs.contains(t.get(k).lower()) && !dateWords.contains(t.get(k).lower())) {
            return t.get(k).lower();
        }
        return null;
    }

    private Map.Entry<String[], String> unitAt(List<Tok> t, int k) {
        for (Map.Entry<String[], String> u : units) {
            if (matches(t, k, u.getKey())) {
                return u;
            }
        }
        return null;
    }

    /** "tariffs of up to 25%": the noun before "of" (or "at") is what the number measures. */
    private String nounBeforeOf(List<Tok> t, int start) {
        int k = start - 1;
        if (k >= 1 && (t.get(k).is("of") || t.get(k).is("at"))) {
            Tok n = t.get(k - 1);
            if (n.isWord() && !n.isCapitalised() && !lex.isFunctionWord(n.lower())) {
                return n.lower();
            }
        }
        return null;
    }

    private Double parse(Tok tok) {
        if (tok.isNumber()) {
            try {
                double v = Double.parseDouble(tok.text().replace(",", ""));
                return Double.isFinite(v) && v < 1e15 ? v : null; // a digit run that long is an id, not an amount
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return lex.numberWords.get(tok.lower());
    }

    String currencyCode(String marker) {
        String code = currencyExact.get(marker);
        if (code == null && Character.isLetter(marker.charAt(0))) {
            code = currencyWords.get(marker.toLowerCase(java.util.Locale.ROOT));
        }
        return code;
    }

    static boolean matches(List<Tok> t, int i, String[] words) {
        if (i < 0 || i + words.length > t.size()) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            if (!t.get(i + w).is(words[w])) {
                return false;
            }
        }
        return true;
    }
}
