package dev.claimcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve} from the shaded jar, as an operator starts it: one quiet line, a working API, a clean stop on SIGTERM. */
class ServeIT {
    private static final Path JAR = Path.of("target/claimcheck.jar").toAbsolutePath();
    private static final Pattern SERVING = Pattern.compile("claimcheck: serving \\d+ rules on (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void theJarServesOnLoopbackAndStopsCleanly(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "serve", "--port", "0"))
                .directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            String line = firstLine(dir.resolve("err.txt"), p);
            Matcher m = SERVING.matcher(line == null ? "" : line);
            assertTrue(m.matches(), "first stderr line: " + line);
            URI base = URI.create(m.group(1));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            HttpResponse<String> report = client.send(HttpRequest.newBuilder(base.resolve("v1/check"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("claims/huawei-mts-5g.txt").toAbsolutePath())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, report.statusCode(), report.body());
            assertTrue(report.body().contains("\"ruleId\" : \"repeated-headline\""));

            p.destroy(); // SIGTERM: the shutdown hook stops the server gracefully
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
            assertEquals(line, Files.readString(dir.resolve("err.txt")).strip(), "logs are quiet: nothing but the serving line");
            assertEquals("", Files.readString(dir.resolve("out.txt")).strip());
        } finally {
            p.destroyForcibly();
        }
    }

    /** The first line the process writes to {@code file}, waiting up to 60 s for it. */
    private static String firstLine(Path file, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            if (s.contains("\n")) {
                return s.substring(0, s.indexOf('\n'));
            }
            Thread.sleep(20);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
