package dev.claimcheck.engine;

import dev.claimcheck.bench.Corpus;
import dev.claimcheck.input.RulesFolder;
import dev.claimcheck.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first-character split search of the word lists finds exactly what the whole-list pattern finds. */
class LexiconTest {
    @Test
    void splitSearchAgreesWithTheWholeListPattern() throws Exception {
        RulesFolder folder = RulesFolder.bundled();
        Lexicon lexicon = Lexicon.of(folder);
        List<String> texts = new ArrayList<>();
        for (Article a : Corpus.generate(40, 3)) {
            texts.add(a.text());
            texts.add(a.text().toUpperCase(Locale.ROOT));
        }
        for (String path : folder.pathsEndingWith(".txt")) {
            if (path.startsWith("lexicon/")) {
                // Every entry, in odd cases, glued to letters, digits and quotes: the edges of whole-word matching.
                StringBuilder sb = new StringBuilder();
                for (String w : folder.wordList(path)) {
                    sb.append(w).append(" x").append(w.toUpperCase(Locale.ROOT)).append("1 \"").append(w)
                            .append("\" ").append(w).append("s, 2").append(w).append(" Ǆ").append(w).append('.');
                }
                texts.add(sb.toString());
            }
        }
        texts.add(String.join(" ", List.of("İstanbul", "ſure", "ﬁrm", "\uD83D\uDE00said", "2²said", "Ⅻsaid")));
        for (String list : lexicon.listNames()) {
            for (String text : texts) {
                for (boolean outside : new boolean[] {false, true}) {
                    assertEquals(lexicon.findWithWholePattern(list, text, 7, outside), lexicon.find(list, text, 7, outside),
                            list + " in " + text.substring(0, Math.min(60, text.length())));
                }
            }
        }
    }
}
