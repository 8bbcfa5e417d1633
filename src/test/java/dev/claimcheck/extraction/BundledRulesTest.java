package dev.claimcheck.extraction;

import dev.claimcheck.input.RulesFolder;
import dev.claimcheck.model.Article;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledRulesTest {
    private static final Article SAMPLE = new Article("b", null, null, null, null,
            "According to people familiar with the matter, the airline will cut 300 jobs, Reuters reported.");

    @Test
    void bundledWordListsWorkLikeTheRepositoryCopy() throws Exception {
        RulesFolder bundled = RulesFolder.bundled();
        assertTrue(bundled.wordList("lexicon/reporting-verbs.txt").contains("said"));
        assertEquals(ExtractionTestSupport.extractor().extract(SAMPLE), Extractor.create(bundled).extract(SAMPLE));
    }

    @Test
    void wordListsAreReadFromTheGivenFolderNotFromCode() {
        Map<String, String> files = new TreeMap<>(RulesFolder.bundled().files());
        files.put("lexicon/reporting-verbs.txt", "# nothing counts as reporting\n");
        files.put("lexicon/multiword-cues.txt", "");
        Extractor bare = Extractor.create(new RulesFolder("edited", files));
        assertTrue(bare.extract(SAMPLE).attributions().stream().noneMatch(a -> a.cue().text().equals("reported")));
        assertTrue(bare.extract(SAMPLE).attributions().stream().noneMatch(a -> a.cue().text().equals("According to")));
    }
}
