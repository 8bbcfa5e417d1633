package dev.claimcheck.cli;

import dev.claimcheck.batch.WorkUnits;
import dev.claimcheck.config.ConfigDiscovery;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.engine.RuleConfig;
import dev.claimcheck.input.InputException;
import dev.claimcheck.report.ReportFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The inputs of one {@code check} run as the batch sees them: {@code -} read from stdin into a private temp file
 * named as {@code --stdin-name} says (so its format and config are those of that name), each input's discovered
 * config, what {@code exclude:} leaves out, and this run's own reports under --out, which are never read back.
 */
final class Inputs implements WorkUnits.Configs, AutoCloseable {
    static final String STDIN = "-";
    private final List<Path> paths = new ArrayList<>();
    private final Path stdinDir;
    private final Path stdinFile;
    private final String stdinName;
    private final RulesOptions options;
    private final ConfigDiscovery discovery;
    private final Path outDir;
    private final String reportExtension;
    private final AtomicInteger excluded = new AtomicInteger();

    Inputs(List<Path> given, String stdinName, long maxBytes, RulesOptions options, ClaimChecker checker, Path out,
           ReportFormat format) throws IOException {
        this.stdinName = stdinName;
        this.options = options;
        this.discovery = options.discovery(checker);
        this.outDir = out == null ? null : out.toAbsolutePath().normalize();
        this.reportExtension = format.extension();
        Path dir = null;
        Path file = null;
        for (Path p : given) {
            if (p.toString().equals(STDIN) && file == null) {
                dir = Files.createTempDirectory("claimcheck-stdin");
                String name = Path.of(stdinName).getFileName().toString();
                file = dir.resolve(name.startsWith(".") ? "stdin" + name : name);
                try (InputStream in = System.in) {
                    // One byte over the limit is enough for the batch to refuse it by size, as for any file.
                    Files.write(file, in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1)));
                }
                paths.add(file);
            } else if (!p.toString().equals(STDIN)) {
                paths.add(p);
            }
        }
        this.stdinDir = dir;
        this.stdinFile = file;
    }

    List<Path> paths() {
        return paths;
    }

    int excluded() {
        return excluded.get();
    }

    /** Where config lookup and messages place a file: stdin's stand-in is the named file in the current folder. */
    private Path real(Path file) {
        return file.equals(stdinFile) ? Path.of(stdinName) : file;
    }

    @Override
    public RuleConfig configFor(Path file) throws InputException {
        if (options.configFile != null) {
            return null; // the checker carries --config already
        }
        return options.withOptions(discovery.forFile(real(file)).config());
    }

    @Override
    public boolean skips(Path file) {
        return skips(file, true);
    }

    /**
     * These inputs as the cross-article index pass reads them: the same files, configs and names, but what
     * {@code exclude:} leaves out is counted once, by the check.
     */
    WorkUnits.Configs forIndexing() {
        Inputs self = this;
        return new WorkUnits.Configs() {
            @Override
            public RuleConfig configFor(Path file) throws InputException {
                return self.configFor(file);
            }

            @Override
            public boolean skips(Path file) {
                return self.skips(file, false);
            }

            @Override
            public String nameOf(Path file) {
                return self.nameOf(file);
            }
        };
    }

    private boolean skips(Path file, boolean count) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        if (outDir != null && abs.startsWith(outDir) && (name.endsWith(reportExtension) || name.equals("index.html"))) {
            return true; // a report of ours: reading it back would check the report as an article
        }
        try {
            if (discovery.forFile(real(file)).excludes(real(file))) {
                if (count) {
                    excluded.incrementAndGet();
                }
                return true;
            }
        } catch (InputException e) {
            // The config is broken: the input is kept, and fails with the config's error when its turn comes.
        }
        return false;
    }

    @Override
    public String nameOf(Path file) {
        return file.equals(stdinFile) ? stdinName : file.toString();
    }

    @Override
    public void close() {
        if (stdinDir != null) {
            try (Stream<Path> walk = Files.walk(stdinDir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp file left in the system's temp folder is only clutter
            }
        }
    }
}
