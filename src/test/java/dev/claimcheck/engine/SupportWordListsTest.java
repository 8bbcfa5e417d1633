package dev.claimcheck.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The word lists RuleSupport reads by name are the ones a rules folder is checked for at load time. */
class SupportWordListsTest {
    private static final Pattern STRING = Pattern.compile("\"([a-z]+(?:-[a-z]+)*)\"");

    @Test
    void everyListTheHelpersReadIsDeclared() throws Exception {
        String source = Files.readString(Path.of("src/main/java/dev/claimcheck/engine/RuleSupport.java"));
        Set<String> used = new TreeSet<>();
        // Any string literal that names a bundled word list is a list the helpers read.
        Matcher m = STRING.matcher(source);
        while (m.find()) {
            if (Files.exists(Path.of("rules/lexicon", m.group(1) + ".txt"))) {
                used.add(m.group(1));
            }
        }
        assertEquals(used, new TreeSet<>(RuleCompiler.SUPPORT_WORD_LISTS));
    }
}
