package dev.claimcheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a batch as HTML: one page per article plus {@code index.html}, for {@code check --format html --out DIR}.
 * Page names come from the input file names; duplicates (two folders with the same file name) get a numeric suffix
 * so no page overwrites another.
 */
public final class HtmlSite {
    private final HtmlReport pages = new HtmlReport();
    private final HtmlIndex index = new HtmlIndex();

    /** Writes the pages and the index into {@code dir} (created if missing); returns the files written, index last. */
    public List<Path> write(List<ReportEntry> entries, Path dir) throws IOException {
        Files.createDirectories(dir);
        Set<String> used = new HashSet<>(Set.of("index.html"));
        List<IndexRow> rows = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        for (ReportEntry e : entries) {
            String name = unique(HtmlReport.pageFileName(e.path()), used);
            Path file = dir.resolve(name);
            Files.writeString(file, pages.render(e), StandardCharsets.UTF_8);
            written.add(file);
            rows.add(new IndexRow(RenderSupport.title(e.report(), e.path()), name, e.report()));
        }
        Path indexFile = dir.resolve("index.html");
        Files.writeString(indexFile, index.render(rows), StandardCharsets.UTF_8);
        written.add(indexFile);
        return written;
    }

    private static String unique(String name, Set<String> used) {
        String base = name.substring(0, name.length() - ".html".length());
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "-" + n + ".html";
        }
        return candidate;
    }
}
