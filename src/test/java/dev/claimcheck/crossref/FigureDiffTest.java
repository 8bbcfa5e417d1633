package dev.claimcheck.crossref;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureDiffTest {
    @Test
    void aFigureInTheSamePlaceWithAnotherValueDiffers() {
        List<FigureDiff.Difference> d = FigureDiff.differences(
                "The Dow fell 398 points, or 0.9%, by the close.", "The Dow fell 502 points, or 0.9%, by the close.");
        assertEquals(1, d.size());
        assertEquals("398", d.get(0).value());
        assertEquals("502", d.get(0).otherValue());
        assertEquals("fell _ points", d.get(0).context());
    }

    @Test
    void aDateBeforePunctuationStillHasAPlace() {
        List<FigureDiff.Difference> d = FigureDiff.differences(
                "It will open in the spring of 2028, the chairman said.", "It will open in the spring of 2027, the chairman said.");
        assertEquals(List.of("2027"), d.stream().map(FigureDiff.Difference::otherValue).toList());
    }

    @Test
    void sameValuesWrittenDifferentlyAndAmbiguousPlacesAreNoDifference() {
        assertTrue(FigureDiff.differences("It cost $1,200 in all.", "It cost $1200 in all.").isEmpty());
        // Numbers with nothing aligned around them are not in the same place.
        assertTrue(FigureDiff.differences("Sales rose sharply to 40 in all.", "Profit: 45").isEmpty());
    }

    @Test
    void editedWordingAroundTheFigureStillAlignsIt() {
        List<FigureDiff.Difference> d = FigureDiff.differences(
                "The Dow Jones Industrial Average fell 398 points, or 0.9%.",
                "The Dow Jones Industrial Average was down 502 points, or 1.2%.");
        assertEquals(List.of("502", "1.2"), d.stream().map(FigureDiff.Difference::otherValue).toList());
    }
}
