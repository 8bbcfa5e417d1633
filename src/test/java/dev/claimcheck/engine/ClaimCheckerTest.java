package dev.claimcheck.engine;

import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.VerificationReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimCheckerTest {
    @Test
    void seedClaimsDocumentProducesAReport() throws Exception {
        ClaimChecker checker = ClaimChecker.withDefaultRules();
        ClaimsDocument doc = ClaimsDocumentJson.read(Path.of("claims/huawei-mts-5g.claims.json"));
        VerificationReport report = checker.check(doc);
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("repeated-headline")));
    }
}
