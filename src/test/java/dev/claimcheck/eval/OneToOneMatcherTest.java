package dev.claimcheck.eval;

import dev.claimcheck.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OneToOneMatcherTest {
    static Span s(int start, int end) {
        return new Span(start, end, "x".repeat(end - start));
    }

    @Test
    void longestOverlapWinsAndEachSideIsUsedOnce() {
        // One long prediction covers both gold spans but can only match one: the one it overlaps more.
        List<OneToOneMatcher.Match> m = OneToOneMatcher.match(List.of(s(0, 5), s(6, 20)),
                List.of(List.of(s(3, 18))));
        assertEquals(List.of(new OneToOneMatcher.Match(1, 0)), m);
    }

    @Test
    void touchingSpansDoNotOverlap() {
        assertEquals(List.of(), OneToOneMatcher.match(List.of(s(0, 5)), List.of(List.of(s(5, 9)))));
    }

    @Test
    void compatibilityFiltersPairs() {
        List<OneToOneMatcher.Match> m = OneToOneMatcher.match(List.of(s(0, 10)),
                List.of(List.of(s(0, 10)), List.of(s(2, 4))), (g, p) -> p == 1);
        assertEquals(List.of(new OneToOneMatcher.Match(0, 1)), m);
    }
}
