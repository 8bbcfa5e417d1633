package dev.claimcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.claimcheck.input.ClaimsDocumentJson;
import dev.claimcheck.model.ClaimsDocument;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented JSON Schemas in docs/ are the truth about what ClaimCheck reads and writes. */
class SchemaConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ClaimChecker CHECKER = ClaimChecker.withDefaultRules();

    private static JsonSchema schema(String file) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("docs", file))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void theHandWrittenAndTheExtractedClaimsDocumentsFollowTheirSchema() throws Exception {
        JsonSchema schema = schema("claims-document.schema.json");
        Path handWritten = Path.of("claims/huawei-mts-5g.claims.json");
        assertValid(schema, JSON.readTree(handWritten.toFile()));
        ClaimsDocument extracted = CHECKER.load(Path.of("claims/huawei-mts-5g.txt")).get(0);
        assertValid(schema, JSON.readTree(ClaimsDocumentJson.toJson(extracted)));
    }

    @Test
    void reportsFollowTheReportSchema() throws Exception {
        JsonSchema schema = schema("report.schema.json");
        for (String sample : new String[] {"huawei-mts-5g.txt", "harbour-bridge-closure.md", "school-meals-vote.html"}) {
            assertValid(schema, JSON.readTree(CHECKER.check(Path.of("claims", sample)).toJson()));
        }
    }

    @Test
    void theSchemaRejectsAReportWithoutFindings() throws Exception {
        JsonNode report = JSON.readTree(CHECKER.check(Path.of("claims/huawei-mts-5g.txt")).toJson());
        ((com.fasterxml.jackson.databind.node.ObjectNode) report).remove("findings");
        assertFalse(schema("report.schema.json").validate(report).isEmpty());
    }

    private static void assertValid(JsonSchema schema, JsonNode node) {
        Set<ValidationMessage> errors = schema.validate(node);
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
