package dev.claimcheck.cli;

import dev.claimcheck.bench.Corpus;
import dev.claimcheck.bench.CorpusWriter;
import dev.claimcheck.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check} over a folder mixing good articles and broken files: the batch goes on and says what failed. */
class BatchCliTest {
    @TempDir
    Path tmp;

    @Test
    void brokenFilesAreNamedAndCountedWhileEveryGoodReportIsWritten() throws IOException {
        List<Article> articles = Corpus.generate(4, 5);
        CorpusWriter.write(articles, tmp.resolve("gen"));
        Path in = tmp.resolve("gen").resolve("txt");
        Path malformed = Files.writeString(in.resolve("malformed.json"), "{\"title\": \"Half\", \"body\": ");
        Path badUtf8 = Files.write(in.resolve("bad-utf8.txt"),
                new byte[] {'A', 'b', 'c', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Path empty = Files.writeString(in.resolve("empty.txt"), "  \n\n");
        Path out = tmp.resolve("out");

        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.run(new PrintWriter(stdout, true), new PrintWriter(stderr, true),
                "check", "--out", out.toString(), "--threads", "2", "--format", "json", "--fail-on", "never",
                in.toString());
        String err = stderr.toString();

        assertEquals(ExitCodes.INPUT_ERROR, exit, err);
        for (Path broken : List.of(malformed, badUtf8, empty)) {
            assertTrue(err.contains("claimcheck: " + broken), "stderr names " + broken + ":\n" + err);
        }
        assertTrue(err.contains("malformed JSON"), err);
        assertTrue(err.contains("0xC3"), err);
        assertTrue(err.contains("empty article"), err);
        assertTrue(err.contains(articles.size() + " article(s) checked, 0 skipped as up to date, 3 failed"), err);
        for (Article a : articles) {
            Path report = out.resolve(a.id() + ".report.json");
            assertTrue(Files.exists(report), report.toString());
            assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("\"schemaVersion\""));
        }
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(articles.size(), written.count(), "no report for a broken file, no temp file left");
        }
    }
}
