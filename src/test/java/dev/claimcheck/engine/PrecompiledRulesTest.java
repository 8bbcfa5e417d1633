package dev.claimcheck.engine;

import dev.claimcheck.input.RulesFolder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Precompiled rules are used only for the very DRL they were built from; anything else is compiled from source. */
class PrecompiledRulesTest {
    private static RulesFolder bundledCopy() throws Exception {
        return new RulesFolder(RulesFolder.BUNDLED_ORIGIN, RulesFolder.read(Path.of("rules")).files());
    }

    private static byte[] precompile(RulesFolder folder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrecompiledRules.write(folder, out);
        return out.toByteArray();
    }

    @Test
    void theSameRulesReadBackAsEveryPackage() throws Exception {
        RulesFolder folder = bundledCopy();
        var packages = PrecompiledRules.read(folder, new ByteArrayInputStream(precompile(folder))).orElseThrow();
        int rules = packages.stream().mapToInt(p -> (int) p.getRules().stream()
                .filter(r -> !(r instanceof org.drools.base.definitions.rule.impl.RuleImpl i && i.isQuery())).count()).sum();
        assertEquals(ClaimChecker.withDefaultRules().rules().size(), rules);
    }

    @Test
    void anEditedRuleOrAnotherFolderIsNotServedFromThePrecompiledFile() throws Exception {
        RulesFolder folder = bundledCopy();
        byte[] bin = precompile(folder);
        Map<String, String> edited = new TreeMap<>(folder.files());
        edited.put("structure.drl", edited.get("structure.drl").replace("@severity(\"warning\")", "@severity(\"error\")"));
        assertTrue(PrecompiledRules.read(new RulesFolder(RulesFolder.BUNDLED_ORIGIN, edited), new ByteArrayInputStream(bin)).isEmpty());
        assertTrue(PrecompiledRules.read(new RulesFolder("rules", folder.files()), new ByteArrayInputStream(bin)).isEmpty());
        assertTrue(PrecompiledRules.read(folder, new ByteArrayInputStream("not a rule base".getBytes())).isEmpty());
    }
}
