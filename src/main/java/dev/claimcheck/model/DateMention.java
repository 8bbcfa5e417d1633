package dev.claimcheck.model;

/**
 * A date expression. {@code kind}: weekday, date, month, year or relative. {@code resolved} is an ISO date
 * (yyyy-MM-dd), month (yyyy-MM) or year (yyyy) when it could be resolved (relative ones against the publication
 * date), else null. {@code weekday} is the weekday named in the text (MONDAY...), if any.
 */
public record DateMention(Span span, String kind, String resolved, String weekday) {
}
