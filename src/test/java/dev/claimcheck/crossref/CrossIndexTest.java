package dev.claimcheck.crossref;

import dev.claimcheck.engine.facts.CrossFigure;
import dev.claimcheck.engine.facts.CrossPassage;
import dev.claimcheck.engine.facts.CrossShare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class CrossIndexTest {
    public static final String WIRE = "Flood waters rose across the river valley on Sunday, forcing hundreds of families from their homes.\n\n"
            + "Emergency crews rescued 42 people from rooftops in the town of Millbrook overnight, the county sheriff said.\n\n"
            + "The river crested at 19 feet on Monday morning, three feet above the record set in 1997, forecasters said.";
    public static final String EDITED = "Flood waters rose across the river valley on Sunday, forcing hundreds of families out of their homes.\n\n"
            + "Emergency crews rescued 45 people from rooftops in the town of Millbrook overnight, the county sheriff said.\n\n"
            + "Shelters opened at two schools.";
    private static final Credits CREDITS = new Credits(List.of("ap", "associated press", "reuters"));

    private static CrossIndex indexOf(String text, boolean keepText) {
        IndexedDoc doc = new IndexedDoc("wire.txt", "wire-1", "Valley floods", "https://wire.example/1", null,
                keepText ? "wire" : null, keepText ? text : null);
        return CrossIndex.builder().add(doc, text).build();
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aLightlyEditedPassageIsFoundWithTheOtherArticlesSpan() {
        List<Object> facts = new CrossMatcher(indexOf(WIRE, true), 0.5, CREDITS).facts(EDITED, "mine");
        List<CrossPassage> passages = of(facts, CrossPassage.class);
        assertEquals(1, passages.size());
        CrossPassage p = passages.get(0);
        assertEquals(2, p.sentences());
        assertTrue(p.span().text().startsWith("Flood waters") && p.span().text().endsWith("sheriff said."));
        assertEquals("wire-1", p.other().id());
        assertEquals(0, p.other().start());
        assertTrue(WIRE.substring(p.other().start(), p.other().end()).endsWith("sheriff said."));
        assertTrue(p.similarity() < 1 && p.similarity() > 0.5);
        assertNull(p.credit());
    }

    @Test
    void theSameFigureToldDifferentlyInAMatchingSentenceIsAFact() {
        List<CrossFigure> figures = of(new CrossMatcher(indexOf(WIRE, true), 0.5, CREDITS).facts(EDITED, "mine"),
                CrossFigure.class);
        assertEquals(1, figures.size());
        assertEquals("45", figures.get(0).figure().text());
        assertEquals("42", figures.get(0).otherValue());
    }

    @Test
    void shareCountsSentencesFoundElsewhere() {
        CrossShare share = of(new CrossMatcher(indexOf(WIRE, true), 0.5, CREDITS).facts(EDITED, "mine"),
                CrossShare.class).get(0);
        assertEquals(2, share.found());
        assertEquals(2, share.sentences()); // "Shelters opened at two schools." is too short to compare
        assertEquals("wire-1", share.sources().get(0).id());
    }

    @Test
    void anArticleIsNeverComparedWithItself() {
        assertTrue(new CrossMatcher(indexOf(WIRE, true), 0.5, CREDITS).facts(WIRE, "wire.txt").isEmpty());
    }

    @Test
    void creditIsFoundInCreditPatternsOnly() {
        assertNotNull(CREDITS.find("MILLBROOK (AP) — Flood waters rose."));
        assertNotNull(CREDITS.find("Flood waters rose, Reuters reported."));
        assertNotNull(CREDITS.find("source: reuters.com"));
        assertNotNull(CREDITS.find("By The Associated Press"));
        assertNull(CREDITS.find("Reuters opened an office in the town, and the sheriff praised the AP style guide."));
    }

    @Test
    void unrelatedTextMatchesNothing() {
        String other = "The city council approved a budget of $3 million for new bus lanes on Main Street on Tuesday.\n\n"
                + "Cyclists said the lanes would make the road safer for children going to school.";
        assertTrue(new CrossMatcher(indexOf(WIRE, true), 0.5, CREDITS).facts(other, "mine").isEmpty());
    }

    @Test
    void aSavedIndexReadsBackAndMatchesTheSame(@TempDir Path dir) throws IOException {
        CrossIndex index = indexOf(WIRE, false);
        Path file = dir.resolve("archive.ccx");
        IndexFile.write(index, file);
        CrossIndex read = IndexFile.read(file);
        assertEquals(index.documents(), read.documents());
        assertEquals(index.sentences(), read.sentences());
        List<CrossPassage> a = of(new CrossMatcher(index, 0.5, CREDITS).facts(EDITED, "x"), CrossPassage.class);
        List<CrossPassage> b = of(new CrossMatcher(read, 0.5, CREDITS).facts(EDITED, "x"), CrossPassage.class);
        assertEquals(a, b);
        assertEquals(1, b.size());
        // Without its text a reference's figure sentences are still kept, so figures are still compared.
        assertEquals(1, of(new CrossMatcher(read, 0.5, CREDITS).facts(EDITED, "x"), CrossFigure.class).size());
    }

    @Test
    void aDamagedOrForeignFileIsRefused(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.ccx"), "not an index");
        assertThrows(IOException.class, () -> IndexFile.read(junk));
        Path cut = dir.resolve("cut.ccx");
        IndexFile.write(indexOf(WIRE, true), cut);
        byte[] bytes = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThrows(IOException.class, () -> IndexFile.read(cut));
    }

    @Test
    void indexesBuiltOnTopOfOthersKeepBoth() {
        CrossIndex base = indexOf(WIRE, true);
        CrossIndex both = new CrossIndex.Builder(base)
                .add(new IndexedDoc("b.txt", "b", "B", null, null, "b", EDITED), EDITED).build();
        assertEquals(2, both.documents());
        List<CrossPassage> p = of(new CrossMatcher(both, 0.5, CREDITS).facts(WIRE, "wire.txt"), CrossPassage.class);
        assertEquals("b", p.get(0).other().id());
    }
}
