package dev.claimcheck.extraction;

import dev.claimcheck.model.DateMention;
import dev.claimcheck.model.Span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Weekdays, dates, months, years and relative expressions, resolved against the publication date when known. */
final class DateFinder {
    /** Words before "May" that make it the month rather than the modal verb. */
    private static final Set<String> MONTH_CONTEXT = Set.of("in", "this", "last", "next", "early", "late", "mid",
            "since", "until", "of", "by", "earlier", "later", "during", "from", "through");
    private static final Set<String> RELATIVE_MODIFIERS = Set.of("earlier", "later", "early", "late");

    private final Lexicon lex;

    DateFinder(Lexicon lex) {
        this.lex = lex;
    }

    List<DateMention> find(String text, List<Tok> t, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Tok tok = t.get(i);
            Integer weekday = lex.weekdays.get(tok.text());
            if (weekday != null) {
                DayOfWeek day = DayOfWeek.of(weekday);
                // "Wednesday, June 5, 2019": one mention with both, so a rule can check the weekday against the date
                int m = i + 1 < t.size() && t.get(i + 1).is(",") ? i + 2 : i + 1;
                if (m + 1 < t.size() && dayNumber(t.get(m)) != null && lex.months.containsKey(t.get(m + 1).text())) {
                    m++; // "Sunday, 3 May 2026": the day number comes first
                }
                if (m < t.size() && lex.months.containsKey(t.get(m).text())) {
                    List<DateMention> one = new ArrayList<>();
                    int last = month(text, t, m, lex.months.get(t.get(m).text()), published, one);
                    DateMention date = one.get(0);
                    if ("date".equals(date.kind())) {
                        out.add(new DateMention(Span.of(text, tok.start(), date.span().end()), "date", date.resolved(),
                                day.name()));
                        i = last;
                        continue;
                    }
                }
                String resolved = published == null ? null
                        : published.with(TemporalAdjusters.previousOrSame(day)).toString();
                out.add(new DateMention(Span.of(text, tok.start(), tok.end()), "weekday", resolved, day.name()));
                continue;
            }
            String rel2 = i + 1 < t.size() ? tok.lower() + " " + t.get(i + 1).lower() : null;
            Integer month = lex.months.get(tok.text());
            if (month != null && (!tok.text().equals("May") || mayIsMonth(t, i))) {
                i = month(text, t, i, month, published, out);
                continue;
            }
            if ((tok.is("this") || tok.is("last") || tok.is("next")) && i + 1 < t.size()
                    && lex.months.containsKey(t.get(i + 1).text())) {
                int m = lex.months.get(t.get(i + 1).text());
                int start = i > 0 && RELATIVE_MODIFIERS.contains(t.get(i - 1).lower()) ? i - 1 : i;
                String resolved = null;
                if (published != null) {
                    int year = published.getYear() + (tok.is("last") ? -1 : tok.is("next") ? 1 : 0);
                    if (tok.is("last") && m < published.getMonthValue()) {
                        year++;
                    }
                    resolved = String.format("%04d-%02d", year, m);
                }
                out.add(new DateMention(Span.of(text, t.get(start).start(), t.get(i + 1).end()), "relative",
                        resolved, null));
                i++;
                continue;
            }
            String rel = rel2 != null && lex.relativeDates.containsKey(rel2) ? rel2
                    : lex.relativeDates.containsKey(tok.lower()) ? tok.lower() : null;
            if (rel != null) {
                int last = rel.equals(rel2) ? i + 1 : i;
                int start = i > 0 && RELATIVE_MODIFIERS.contains(t.get(i - 1).lower()) ? i - 1 : i;
                out.add(new DateMention(Span.of(text, t.get(start).start(), t.get(last).end()), "relative",
                        resolveRelative(lex.relativeDates.get(rel), published), null));
                i = last;
                continue;
            }
            if (isYear(tok)) {
                out.add(new DateMention(Span.of(text, tok.start(), tok.end()), "year", tok.text(), null));
            }
        }
        return out;
    }

    private static boolean isYear(Tok tok) {
        if (tok.text().length() != 4 || !tok.text().chars().allMatch(Character::isDigit)) {
            return false;
        }
        int y = Integer.parseInt(tok.text());
        return y >= 1900 && y <= 2100;
    }

    private boolean mayIsMonth(List<Tok> t, int i) {
        return i > 0 && MONTH_CONTEXT.contains(t.get(i - 1).lower())
                || i + 1 < t.size() && (t.get(i + 1).isNumber());
    }

    /** "June 5, 2019", "June 2019", "5 June 2019", "June". */
    private int month(String text, List<Tok> t, int i, int month, LocalDate published, List<DateMention> out) {
        int start = i;
        int end = i;
        Integer day = null;
        Integer year = null;
        if (i > 0 && dayNumber(t.get(i - 1)) != null) {
            day = dayNumber(t.get(i - 1));
            start = i - 1;
        } else if (i + 1 < t.size() && dayNumber(t.get(i + 1)) != null) {
            day = dayNumber(t.get(i + 1));
            end = i + 1;
        }
        int k = end + 1;
        if (k < t.size() && t.get(k).is(",")) {
            k++;
        }
        if (k < t.size() && isYear(t.get(k))) {
            year = Integer.parseInt(t.get(k).text());
            end = k;
        }
        int y = year != null ? year : published != null ? published.getYear() : -1;
        String resolved = null;
        String kind = day != null ? "date" : "month";
        if (y > 0) {
            resolved = day != null ? safeDate(y, month, day) : String.format("%04d-%02d", y, month);
        }
        out.add(new DateMention(Span.of(text, t.get(start).start(), t.get(end).end()), kind, resolved, null));
        return end;
    }

    private static String safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Integer dayNumber(Tok tok) {
        String s = tok.text().replaceAll("(st|nd|rd|th)$", "");
        if (s.isEmpty() || s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static String resolveRelative(String spec, LocalDate published) {
        if (published == null) {
            return null;
        }
        String[] p = spec.split(" ");
        int n = Integer.parseInt(p[1]);
        return switch (p[0]) {
            case "day" -> published.plusDays(n).toString();
            case "week" -> published.plusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            case "month" -> {
                LocalDate d = published.plusMonths(n);
                yield String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            }
            default -> String.valueOf(published.getYear() + n);
        };
    }
}
