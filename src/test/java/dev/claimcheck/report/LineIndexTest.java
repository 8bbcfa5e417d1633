package dev.claimcheck.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineIndexTest {

    @Test
    void mapsOffsetsToOneBasedLineAndColumn() {
        LineIndex idx = new LineIndex("ab\ncd\n\nef");
        assertEquals(new LineIndex.Position(1, 1), idx.position(0));
        assertEquals(new LineIndex.Position(1, 3), idx.position(2)); // the '\n' itself ends line 1
        assertEquals(new LineIndex.Position(2, 1), idx.position(3));
        assertEquals(new LineIndex.Position(2, 2), idx.position(4));
        assertEquals(new LineIndex.Position(3, 1), idx.position(6));
        assertEquals(new LineIndex.Position(4, 1), idx.position(7));
        assertEquals(new LineIndex.Position(4, 3), idx.position(9)); // end of text
        assertEquals(4, idx.lineCount());
    }

    @Test
    void windowsAndOldMacLineEndingsCountOnce() {
        LineIndex crlf = new LineIndex("ab\r\ncd\ref");
        assertEquals(new LineIndex.Position(1, 3), crlf.position(2));
        assertEquals(new LineIndex.Position(1, 4), crlf.position(3)); // between \r and \n: still line 1
        assertEquals(new LineIndex.Position(2, 1), crlf.position(4));
        assertEquals(new LineIndex.Position(3, 1), crlf.position(7));
        assertEquals(3, crlf.lineCount());
    }

    @Test
    void trailingLineBreakStartsAnEmptyLastLine() {
        LineIndex idx = new LineIndex("one\n");
        assertEquals(2, idx.lineCount());
        assertEquals(new LineIndex.Position(2, 1), idx.position(4));
    }

    @Test
    void clampsOffsetsOutsideTheText() {
        LineIndex idx = new LineIndex("ab\ncd");
        assertEquals(new LineIndex.Position(1, 1), idx.position(-5));
        assertEquals(new LineIndex.Position(2, 3), idx.position(99));
        LineIndex empty = new LineIndex("");
        assertEquals(new LineIndex.Position(1, 1), empty.position(3));
        assertEquals(new LineIndex.Position(1, 1), new LineIndex(null).position(0));
    }

    @Test
    void agreesWithANaiveCountOverTheFixture() {
        String t = ReportFixtures.TEXT;
        LineIndex idx = new LineIndex(t);
        for (int o = 0; o <= t.length(); o++) {
            String before = t.substring(0, o);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int col = o - (before.lastIndexOf('\n') + 1) + 1;
            assertEquals(new LineIndex.Position(line, col), idx.position(o), "offset " + o);
        }
    }
}
