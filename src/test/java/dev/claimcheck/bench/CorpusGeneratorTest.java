package dev.claimcheck.bench;

import dev.claimcheck.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {
    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        assertEquals(Corpus.generate(20, 1), Corpus.generate(20, 1));
        assertNotEquals(Corpus.generate(20, 1), Corpus.generate(20, 2));
    }

    @Test
    void articlesAreSeedSizedVariedAndHeadlineFirst() {
        List<Article> corpus = Corpus.generate(200, 42);
        double mean = corpus.stream().mapToInt(a -> a.text().length()).average().orElse(0);
        assertTrue(mean > 2300 && mean < 2800, "mean length " + mean);
        assertTrue(corpus.stream().map(Article::text).distinct().count() == corpus.size());
        assertTrue(corpus.stream().allMatch(a -> a.text().startsWith(a.title() + "\n\n") && !a.text().contains("{")));
    }

    @Test
    void aJoinedArticleKeepsEveryBodyOnce() {
        List<Article> parts = Corpus.generate(3, 9);
        Article joined = Corpus.joined(parts);
        for (Article p : parts) {
            assertTrue(joined.text().contains(p.text().substring(p.title().length() + 2)));
        }
        assertTrue(joined.text().startsWith(parts.get(0).title() + "\n\n"));
    }
}
