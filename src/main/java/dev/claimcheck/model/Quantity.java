package dev.claimcheck.model;

/**
 * A number as the text states it, normalised.
 *
 * @param span        where it is written
 * @param value       the value (lower end of a range), scaled: "$300 billion" is 3.0E11
 * @param max         the upper end of a range ("10 to 100 times" → value 10, max 100), else null
 * @param unit        what is counted: "percent", "times", "currency", "fraction", or a noun ("people", "jobs"), or null
 * @param currency    ISO-ish currency code (USD, EUR, GBP, ...) for money, else null
 * @param notation    the currency marker exactly as written ("US$", "$", "USD", "dollars"), else null
 * @param approximate true for "about", "nearly", "some", vague amounts ("hundreds of billions")
 * @param bound       "up-to", "at-least", "more-than", "less-than" or null
 * @param subject     what the number is about, as far as extraction could tell (a noun phrase head), else null
 */
public record Quantity(Span span, double value, Double max, String unit, String currency, String notation,
                       boolean approximate, String bound, String subject) {
}
