package dev.claimcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the shaded jar as a user would, from another directory: a jar that lost Drools' service files or the
 * bundled rules fails here, not in an editor's terminal.
 */
class JarIT {
    private static final Path JAR = Path.of("target/claimcheck.jar").toAbsolutePath();
    private static final Path CLAIMS = Path.of("claims").toAbsolutePath();

    record Result(int exit, String out, String err) {
    }

    static Result java(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarChecksTheBundledSampleFromAnyDirectory(@TempDir Path dir) throws Exception {
        Result r = java(dir, "check", "--format", "json", CLAIMS.resolve("huawei-mts-5g.claims.json").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"ruleId\" : \"repeated-headline\""), r.out());
    }

    @Test
    void theJarListsItsRules(@TempDir Path dir) throws Exception {
        Result r = java(dir, "rules");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("unsourced-ranking"));
    }

    @Test
    void theJarsPrecompiledRulesReportExactlyWhatTheRulesCompiledFromSourceDo(@TempDir Path dir) throws Exception {
        Path seed = CLAIMS.resolve("huawei-mts-5g.txt");
        Result jar = java(dir, "check", "--format", "json", seed.toString());
        assertEquals(0, jar.exit(), jar.err());
        // --rules DIR never uses the precompiled file: this checker compiles the same DRL from source.
        String fromSource = dev.claimcheck.engine.ClaimChecker.builder().rulesDirectory(Path.of("rules")).build()
                .check(seed).toJson();
        assertEquals(fromSource.strip(), jar.out().strip());
    }
}
