package dev.claimcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    static final List<RuleInfo> RULES = List.of(
            new RuleInfo("UA-RECORD", Categories.UNSUPPORTED_ASSERTION, "error", "Superlatives need a record.", "ua.drl"),
            new RuleInfo("WS-VAGUE", Categories.WEAK_SOURCING, "warning", "Vague attribution.", "ws.drl"),
            new RuleInfo("INC-TOTAL", Categories.INCONSISTENCY, "warning", "Totals disagree.", "inc.drl"),
            new RuleInfo("MC-BASELINE", Categories.MISSING_CONTEXT, "info", "Percentages need a baseline.", "mc.drl"),
            new RuleInfo("DS-ECHO", Categories.DUPLICATED_SOURCING, "warning", "Same source twice.", "ds.drl"),
            new RuleInfo("ST-NO-DATELINE", Categories.STRUCTURE, "info", "Articles need a dateline.", "st.drl"));

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif-schema-2.1.0-subset.json")) {
            assertNotNull(in, "schema resource");
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }

    private static JsonNode sarif(List<ReportEntry> entries) throws Exception {
        return MAPPER.readTree(new SarifReport().render(entries, RULES));
    }

    private static void assertValid(JsonNode log) {
        Set<ValidationMessage> errors = schema.validate(log);
        assertTrue(errors.isEmpty(), () -> "SARIF schema violations: " + errors);
    }

    @Test
    void validAgainstTheSarifSchema() throws Exception {
        assertValid(sarif(List.of(ReportFixtures.entry())));
        assertValid(sarif(List.of(ReportFixtures.entry(), ReportFixtures.secondEntry())));
        assertValid(sarif(List.of()));
        assertValid(MAPPER.readTree(new SarifReport().render(List.of(ReportFixtures.entry()), List.of())));
    }

    @Test
    void theSchemaRejectsWhatSarifForbids() throws Exception {
        ObjectNode log = (ObjectNode) sarif(List.of(ReportFixtures.entry()));
        ObjectNode result = (ObjectNode) log.at("/runs/0/results/0");
        result.put("level", "info"); // SARIF has no "info" level: it is "note"
        assertFalse(schema.validate(log).isEmpty());
        result.put("level", "note");
        ((ObjectNode) log.at("/runs/0/results/1/locations/0/physicalLocation/region")).put("startLine", 0);
        assertFalse(schema.validate(log).isEmpty());
    }

    @Test
    void driverDescribesEveryRule() throws Exception {
        JsonNode driver = sarif(List.of(ReportFixtures.entry())).at("/runs/0/tool/driver");
        assertEquals("ClaimCheck", driver.get("name").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(RULES.size(), rules.size());
        JsonNode ua = rules.get(0);
        assertEquals("UA-RECORD", ua.get("id").asText());
        assertEquals("Superlatives need a record.", ua.at("/shortDescription/text").asText());
        assertEquals("unsupported-assertion", ua.at("/properties/category").asText());
        assertEquals("error", ua.at("/defaultConfiguration/level").asText());
        assertEquals("warning", rules.get(1).at("/defaultConfiguration/level").asText());
        assertEquals("note", rules.get(3).at("/defaultConfiguration/level").asText());
    }

    @Test
    void oneResultPerFindingLocatedByLineColumnAndOffset() throws Exception {
        JsonNode log = sarif(List.of(ReportFixtures.entry()));
        JsonNode results = log.at("/runs/0/results");
        assertEquals(ReportFixtures.findings().size(), results.size());
        JsonNode ua = find(results, "UA-RECORD");
        assertEquals("error", ua.get("level").asText());
        assertEquals(0, ua.get("ruleIndex").asInt());
        assertEquals("\"The largest in the city's history\" is asserted without a record to compare against."
                + " Suggestion: Cite the budget archive or drop the superlative.", ua.at("/message/text").asText());
        JsonNode loc = ua.at("/locations/0/physicalLocation");
        assertEquals("claims/riverton-budget.txt", loc.at("/artifactLocation/uri").asText());
        JsonNode region = loc.get("region");
        String needle = "the largest in the city's history";
        int offset = ReportFixtures.TEXT.indexOf(needle);
        assertEquals(2, region.get("startLine").asInt());
        assertEquals(71, region.get("startColumn").asInt());
        assertEquals(2, region.get("endLine").asInt());
        assertEquals(71 + needle.length(), region.get("endColumn").asInt());
        assertEquals(offset, region.get("charOffset").asInt());
        assertEquals(needle.length(), region.get("charLength").asInt());
        assertEquals(needle, region.at("/snippet/text").asText());
        assertEquals("note", find(results, "MC-BASELINE").get("level").asText());
    }

    @Test
    void furtherEvidenceBecomesRelatedLocations() throws Exception {
        JsonNode ws = find(sarif(List.of(ReportFixtures.entry())).at("/runs/0/results"), "WS-VAGUE");
        assertEquals(1, ws.get("locations").size());
        assertEquals(3, ws.at("/locations/0/physicalLocation/region/startLine").asInt());
        JsonNode related = ws.get("relatedLocations");
        assertEquals(1, related.size());
        assertEquals(5, related.at("/0/physicalLocation/region/startLine").asInt());
        assertEquals("according to sources", related.at("/0/physicalLocation/region/snippet/text").asText());
        assertEquals(List.of("C2", "C4"), texts(ws.at("/properties/claimIds")));
    }

    @Test
    void articleLevelFindingPointsAtTheFileWithoutARegion() throws Exception {
        JsonNode st = find(sarif(List.of(ReportFixtures.entry())).at("/runs/0/results"), "ST-NO-DATELINE");
        JsonNode phys = st.at("/locations/0/physicalLocation");
        assertEquals("claims/riverton-budget.txt", phys.at("/artifactLocation/uri").asText());
        assertFalse(phys.has("region"));
    }

    @Test
    void batchResultsCarryTheirOwnFile() throws Exception {
        JsonNode results = sarif(List.of(ReportFixtures.entry(), ReportFixtures.secondEntry())).at("/runs/0/results");
        assertEquals(8, results.size());
        assertEquals("claims/transit/bus-fares.txt", results.get(7).at("/locations/0/physicalLocation/artifactLocation/uri")
                .asText());
        assertFalse(results.get(7).has("relatedLocations"));
    }

    @Test
    void pathsBecomeRelativeSlashSeparatedUris() {
        assertEquals("claims/a.txt", SarifReport.uri("./claims/a.txt"));
        assertEquals("claims/sub/a.txt", SarifReport.uri("claims\\sub\\a.txt"));
        assertEquals("claims/my%20story.txt", SarifReport.uri("claims/my story.txt"));
        assertEquals("./c:notes.txt", SarifReport.uri("c:notes.txt"));
        assertTrue(SarifReport.uri("/tmp/a b.txt").startsWith("file:///tmp/a%20b.txt"));
    }

    @Test
    void levelsMapFromSeverities() {
        assertEquals("error", SarifReport.level("error"));
        assertEquals("warning", SarifReport.level("warning"));
        assertEquals("note", SarifReport.level("info"));
        assertEquals("none", SarifReport.level("bogus"));
    }

    private static JsonNode find(JsonNode results, String ruleId) {
        for (JsonNode r : results) {
            if (ruleId.equals(r.get("ruleId").asText())) {
                return r;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
