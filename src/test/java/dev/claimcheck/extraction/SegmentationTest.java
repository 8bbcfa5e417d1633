package dev.claimcheck.extraction;

import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.Paragraph;
import dev.claimcheck.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.claimcheck.extraction.ExtractionTestSupport.article;
import static dev.claimcheck.extraction.ExtractionTestSupport.snippet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentationTest {

    private static List<String> sentences(ClaimsDocument d) {
        return d.sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndCurrenciesDoNotEndSentences() {
        ClaimsDocument d = snippet("The U.S. economy grew 2% last year. Exports to the U.S. rose. "
                + "The firm paid US$ 50 million to settle. Sen. Warren objected.");
        assertEquals(List.of("The U.S. economy grew 2% last year.", "Exports to the U.S. rose.",
                "The firm paid US$ 50 million to settle.", "Sen. Warren objected."), sentences(d));
    }

    @Test
    void headlineWithoutFullStopIsOneSentence() {
        ClaimsDocument d = article("Storm closes schools in three counties", null,
                "Schools closed on Monday. They reopen on Thursday.");
        assertEquals("Storm closes schools in three counties", d.sentences().get(0).text());
        assertEquals(Paragraph.Roles.HEADLINE, d.sentences().get(0).role());
        assertEquals(3, d.sentences().size());
    }

    @Test
    void quotationsStayWhole() {
        ClaimsDocument d = snippet("\"We are not leaving. This is our home,\" the farmer said. Police left at noon.");
        assertEquals(3, d.sentences().size(), sentences(d).toString());
        assertTrue(d.sentences().get(2).text().startsWith("Police"));
    }

    @Test
    void offsetsAreExactWithCrlfAndIndentation() {
        String text = "Title line\r\n\r\n  First para, said Ann Lee.\r\n\r\nSecond para.\r\n";
        ClaimsDocument d = ExtractionTestSupport.extractor()
                .extract(new dev.claimcheck.model.Article("x", "Title line", null, null, null, text));
        for (Sentence s : d.sentences()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals(3, d.paragraphs().size());
        assertEquals("Ann Lee", d.attributions().get(0).source().text());
    }

    @Test
    void sentenceIdsAreSequential() {
        ClaimsDocument d = snippet("One. Two is here. Three is there.");
        assertEquals(List.of("t1", "t2", "t3"), d.sentences().stream().map(Sentence::id).toList());
    }
}
