package dev.claimcheck.engine;

import dev.claimcheck.input.RulesFolder;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rules folder is refused, with the file named, when a rule would reach an editor broken or silent. */
class RuleCompilerTest {
    private static final String HEADER = """
            package test
            import dev.claimcheck.model.Paragraph
            global dev.claimcheck.engine.RuleSupport cc
            """;
    private static final String EXAMPLES = """
            [{"rule": "r1", "fires": true, "text": "A text."}, {"rule": "r1", "fires": false, "text": "B text."}]
            """;

    private static RuleLoadException refused(String drl, String examples) {
        Map<String, String> files = new TreeMap<>();
        files.put("test.drl", HEADER + drl);
        if (examples != null) {
            files.put("test.examples.json", examples);
        }
        return assertThrows(RuleLoadException.class, () -> RuleCompiler.compile(new RulesFolder("rules", files)));
    }

    private static String rule(String metadata) {
        return "rule \"r1\"\n" + metadata + "\nwhen\n  Paragraph()\nthen\nend\n";
    }

    @Test
    void aRuleWithoutMetadataIsRefused() {
        RuleLoadException e = refused(rule("@id(\"r1\") @category(\"structure\")"), EXAMPLES);
        assertTrue(e.getMessage().contains("rules/test.drl") && e.getMessage().contains("@severity")
                && e.getMessage().contains("@description"), e.getMessage());
    }

    @Test
    void anUnknownCategoryIsRefused() {
        RuleLoadException e = refused(rule("@id(\"r1\") @category(\"style\") @severity(\"info\") @description(\"d\")"), EXAMPLES);
        assertTrue(e.getMessage().contains("unknown @category 'style'"), e.getMessage());
    }

    @Test
    void aRuleWithoutExamplesIsRefused() {
        RuleLoadException e = refused(rule("@id(\"r1\") @category(\"structure\") @severity(\"info\") @description(\"d\")"), null);
        assertTrue(e.getMessage().contains("'r1' has no examples"), e.getMessage());
    }

    @Test
    void aRuleWithoutANearMissIsRefused() {
        RuleLoadException e = refused(rule("@id(\"r1\") @category(\"structure\") @severity(\"info\") @description(\"d\")"),
                "[{\"rule\": \"r1\", \"fires\": true, \"text\": \"A text.\"}]");
        assertTrue(e.getMessage().contains("must leave alone"), e.getMessage());
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() {
        RuleLoadException e = refused("rule \"r1\"\nwhen\n  Paragraph(\nthen\nend\n", EXAMPLES);
        assertTrue(e.getMessage().matches("(?s).*rules/test\\.drl:\\d+: .*"), e.getMessage());
    }

    @Test
    void aDuplicateIdIsRefused() {
        String meta = "@id(\"r1\") @category(\"structure\") @severity(\"info\") @description(\"d\")";
        RuleLoadException e = refused(rule(meta) + rule(meta).replace("rule \"r1\"", "rule \"r2\""), EXAMPLES);
        assertTrue(e.getMessage().contains("used by more than one rule"), e.getMessage());
    }
}
