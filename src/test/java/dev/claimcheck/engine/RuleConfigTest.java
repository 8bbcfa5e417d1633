package dev.claimcheck.engine;

import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.input.InputException;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleConfigTest {
    private static final Path SEED_DOC = Path.of("claims/huawei-mts-5g.claims.json");

    @Test
    void disablingARuleAndChangingASeverityTakeEffect(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {"rules": {"repeated-headline": {"enabled": false},
                           "same-source-twice": {"severity": "error"}}}
                """);
        ClaimsDocument doc = ClaimsDocumentJson.read(SEED_DOC);
        VerificationReport plain = ClaimChecker.withDefaultRules().check(doc);
        VerificationReport tuned = ClaimChecker.builder().config(RuleConfig.read(config)).build().check(doc);

        assertTrue(plain.findings().stream().anyMatch(f -> f.ruleId().equals("repeated-headline")));
        assertTrue(tuned.findings().stream().noneMatch(f -> f.ruleId().equals("repeated-headline")));
        assertEquals("warning", plain.findings().stream().filter(f -> f.ruleId().equals("same-source-twice")).findFirst().orElseThrow().severity());
        assertEquals("error", tuned.findings().stream().filter(f -> f.ruleId().equals("same-source-twice")).findFirst().orElseThrow().severity());
        assertEquals(plain.summary().bySeverity().get("error") + 1, tuned.summary().bySeverity().get("error"));
    }

    @Test
    void anUnknownSeverityOrKeyIsRefusedWithTheFileName(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.json");
        Files.writeString(config, "{\"rules\": {\"x\": {\"severity\": \"fatal\"}}}");
        InputException e = assertThrows(InputException.class, () -> RuleConfig.read(config));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("fatal"), e.getMessage());
        Files.writeString(config, "{\"treshold\": {}}");
        e = assertThrows(InputException.class, () -> RuleConfig.read(config));
        assertTrue(e.getMessage().contains("treshold"), e.getMessage());
    }
}
