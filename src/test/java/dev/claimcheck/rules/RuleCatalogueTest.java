package dev.claimcheck.rules;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.engine.RuleCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/RULES.md is generated from the rules; this fails when someone edits a rule and forgets to regenerate. */
class RuleCatalogueTest {
    @Test
    void docsRulesMdIsUpToDate() throws Exception {
        String generated = RuleCatalogue.markdown(ClaimChecker.withDefaultRules().rulePack());
        assertEquals(generated, Files.readString(Path.of("docs/RULES.md")),
                "docs/RULES.md is stale: run java -jar target/claimcheck.jar rules --format md > docs/RULES.md");
    }
}
