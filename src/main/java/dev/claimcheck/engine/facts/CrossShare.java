package dev.claimcheck.engine.facts;

import dev.claimcheck.report.RelatedPassage;

import java.util.List;

/**
 * How much of this article is found elsewhere: of its sentences long enough to compare, how many match another
 * article or reference text.
 *
 * @param sentences sentences compared (six words or more)
 * @param found     of those, sentences found in another article
 * @param sources   the articles they are found in, most sentences first, one entry each (its first shared passage)
 */
public record CrossShare(int sentences, int found, List<RelatedPassage> sources) {
    public CrossShare {
        sources = List.copyOf(sources);
    }

    public double share() {
        return sentences == 0 ? 0 : (double) found / sentences;
    }

    /** The share as a whole percentage, for messages. */
    public long percent() {
        return Math.round(share() * 100);
    }
}
