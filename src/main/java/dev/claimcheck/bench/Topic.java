package dev.claimcheck.bench;

import java.util.List;

/**
 * A news beat for the corpus generator: who acts in it and what they talk about.
 *
 * @param orgs   organisations of the beat (companies, councils, agencies)
 * @param thing  what the story is about, e.g. "transit plan"
 * @param metric what gets counted, e.g. "riders"
 * @param field  the trade, for rankings, e.g. "transit operator"
 */
record Topic(List<String> orgs, String thing, String metric, String field) {
}
