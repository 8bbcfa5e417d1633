package dev.claimcheck.engine.facts;

import dev.claimcheck.model.Span;
import dev.claimcheck.report.RelatedPassage;

import java.util.List;

/**
 * A run of this article's sentences found in another article or reference text (computed in Java from the
 * cross-article index, inserted for the rules of {@code cross-article.drl} to judge).
 *
 * @param span       the passage in this article
 * @param words      words in the passage
 * @param sentences  sentences in the passage
 * @param similarity the run's mean word-bigram similarity (1 for verbatim copy)
 * @param other      the matching passage of the article it best matches
 * @param alsoIn     other articles holding the same passage (may be empty)
 * @param credit     the credit line or phrase naming the source ("(AP)", "Reuters reported"), or null when the
 *                   article credits no wire service and not the other article's outlet
 */
public record CrossPassage(Span span, int words, int sentences, double similarity, RelatedPassage other,
                           List<RelatedPassage> alsoIn, Span credit) {
    public CrossPassage {
        alsoIn = List.copyOf(alsoIn);
    }

    public boolean credited() {
        return credit != null;
    }

    /** Every article holding the passage, the best match first. */
    public List<RelatedPassage> everywhere() {
        List<RelatedPassage> all = new java.util.ArrayList<>();
        all.add(other);
        all.addAll(alsoIn);
        return all;
    }
}
