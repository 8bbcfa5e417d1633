package dev.claimcheck.engine.facts;

import dev.claimcheck.model.Span;
import dev.claimcheck.report.RelatedPassage;

/**
 * A figure this article states differently from another article telling the same story: the two sentences match
 * (same wording around the figure) but the numbers differ ("fell 398 points" against "fell 502 points").
 *
 * @param figure     the number in this article
 * @param sentence   the sentence holding it
 * @param otherValue the number the other article gives in the same place
 * @param context    the words around the figure both sentences share ("the dow fell _ points")
 * @param other      the other article's sentence
 */
public record CrossFigure(Span figure, Span sentence, String otherValue, String context, RelatedPassage other) {
}
