package dev.claimcheck.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkupTest {

    private static List<Markup.Range> ranges(int[][] spans) {
        List<Markup.Range> out = new ArrayList<>();
        for (int i = 0; i < spans.length; i++) {
            int id = i;
            out.add(new Markup.Range(spans[i][0], spans[i][1],
                    part -> "<m data-id=\"" + id + "\" data-part=\"" + part + "\">", "</m>"));
        }
        return out;
    }

    /** Renders, then checks the invariants the HTML page relies on. Returns the number of elements. */
    private static int check(String text, int[][] spans) {
        String html = Markup.render(text, ranges(spans));
        // XML parsing: any improperly nested tag would show up as a mismatch in the rebuilt text or counts
        Document doc = Jsoup.parse("<root>" + html + "</root>", "", Parser.xmlParser());
        assertEquals(text, doc.selectFirst("root").wholeText(), "text preserved");
        assertEquals(html.split("<m ", -1).length - 1, html.split("</m>", -1).length - 1, "balanced");
        for (int i = 0; i < spans.length; i++) {
            List<Element> parts = doc.select("m[data-id=" + i + "]");
            StringBuilder joined = new StringBuilder();
            for (int p = 0; p < parts.size(); p++) {
                assertEquals(String.valueOf(p), parts.get(p).attr("data-part"), "parts numbered in order");
                joined.append(parts.get(p).wholeText());
            }
            int s = Math.max(0, Math.min(spans[i][0], text.length()));
            int e = Math.max(s, Math.min(spans[i][1], text.length()));
            assertEquals(text.substring(s, e), joined.toString(), "range " + i + " covers exactly its text");
            assertEquals(1, doc.select("m[data-id=" + i + "][data-part=0]").size());
        }
        return doc.select("m").size();
    }

    @Test
    void nestedAndDisjointRangesNeverSplit() {
        assertEquals(3, check("alpha beta gamma", new int[][]{{0, 10}, {6, 10}, {11, 16}}));
        assertEquals(2, check("alpha beta", new int[][]{{6, 10}, {0, 10}})); // given inner first, still nested
    }

    @Test
    void crossingRangesSplitIntoParts() {
        assertEquals(3, check("alpha beta gamma", new int[][]{{0, 10}, {6, 16}}));
    }

    @Test
    void identicalAndEmptyAndOutOfBoundsRanges() {
        assertEquals(2, check("alpha", new int[][]{{1, 3}, {1, 3}}));
        assertEquals(2, check("alpha", new int[][]{{2, 2}, {0, 5}}));
        assertEquals(1, check("alpha", new int[][]{{3, 99}}));
        assertEquals(1, check("", new int[][]{{0, 0}}));
    }

    @Test
    void escapesTheTextBetweenTags() {
        String html = Markup.render("a<b>&c", ranges(new int[][]{{1, 4}}));
        assertEquals("a<m data-id=\"0\" data-part=\"0\">&lt;b&gt;</m>&amp;c", html);
    }

    @Test
    void randomOverlapsKeepEveryInvariant() {
        Random random = new Random(42); // fixed seed: deterministic
        String text = "The council approved the budget on Tuesday after a long debate about parking fees.";
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(8);
            int[][] spans = new int[n][];
            for (int i = 0; i < n; i++) {
                int s = random.nextInt(text.length() + 1);
                spans[i] = new int[]{s, s + random.nextInt(text.length() - s + 1)};
            }
            check(text, spans);
        }
    }
}
