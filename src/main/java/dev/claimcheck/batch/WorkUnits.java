package dev.claimcheck.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.engine.Inputs;
import dev.claimcheck.input.ArticleReader;
import dev.claimcheck.input.InputException;
import dev.claimcheck.input.Surrogates;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.model.ClaimsDocument;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the PATH arguments into a lazy stream of work units: one per article file or claims document, one per
 * line of a {@code .jsonl} file (read as the batch goes, never all at once).
 *
 * <p>A {@code .jsonl} file is decoded line by line: a line with a bad byte, bad JSON or over the size limit is an
 * error for that line alone, and every other line is still checked. A line's report is named by its article's
 * id ({@code feed/story-42}), or by {@code FILE-LINE} when it has none, like the article id it then gets.
 */
public final class WorkUnits implements Iterator<WorkUnit> {
    /** Default limit on one article's size in bytes (a file, or a .jsonl line). */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 2_000_000;
    private final ClaimChecker checker;
    private final Iterator<InputFiles.InputFile> files;
    private final Iterator<String> errors;
    private final int fileCount;
    private final long maxArticleBytes;
    private final Configs configs;
    private Iterator<WorkUnit> current = List.<WorkUnit>of().iterator();

    /** The config each input is checked under, and which inputs are left out (see {@code config.ConfigDiscovery}). */
    public interface Configs {
        /** The config for an input file, or null for the checker's own. */
        dev.claimcheck.engine.RuleConfig configFor(Path file) throws InputException;

        /** Whether the input is left out of the batch. */
        boolean skips(Path file);

        /** How the input is named in messages and reports (stdin's stand-in file is named as the user asked). */
        default String nameOf(Path file) {
            return file.toString();
        }

        Configs NONE = new Configs() {
            @Override
            public dev.claimcheck.engine.RuleConfig configFor(Path file) {
                return null;
            }

            @Override
            public boolean skips(Path file) {
                return false;
            }
        };
    }

    public WorkUnits(ClaimChecker checker, List<Path> paths) {
        this(checker, paths, Set.of(), DEFAULT_MAX_ARTICLE_BYTES);
    }

    /**
     * @param reservedStems   top-level report names no input may take (the HTML index's {@code index})
     * @param maxArticleBytes an input over this many bytes is an error, before it is read into memory
     */
    public WorkUnits(ClaimChecker checker, List<Path> paths, Set<String> reservedStems, long maxArticleBytes) {
        this(checker, paths, reservedStems, maxArticleBytes, Configs.NONE);
    }

    /** @param configs each input's config and which inputs to leave out */
    public WorkUnits(ClaimChecker checker, List<Path> paths, Set<String> reservedStems, long maxArticleBytes,
                     Configs configs) {
        this.checker = checker;
        this.configs = configs;
        if (maxArticleBytes < 1) {
            throw new IllegalArgumentException("the article size limit must be at least 1 byte");
        }
        // A line is held in one array while it is decoded: the limit cannot exceed what an array holds.
        this.maxArticleBytes = Math.min(maxArticleBytes, Integer.MAX_VALUE - 16);
        InputFiles.Expansion expansion = InputFiles.expand(paths, reservedStems, configs::skips);
        this.files = expansion.files().iterator();
        this.errors = expansion.errors().iterator();
        this.fileCount = expansion.files().size();
    }

    /** How many input files the paths expanded to (a .jsonl file counts once however many articles it holds). */
    public int fileCount() {
        return fileCount;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (errors.hasNext()) {
                String e = errors.next();
                current = List.of(WorkUnit.failed(e, e)).iterator();
            } else if (files.hasNext()) {
                current = unitsOf(files.next());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public WorkUnit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Iterator<WorkUnit> unitsOf(InputFiles.InputFile in) {
        dev.claimcheck.engine.RuleConfig config;
        try {
            config = configs.configFor(in.file());
        } catch (InputException e) {
            // A broken config fails the inputs it governs, each named, and the batch goes on.
            return List.of(WorkUnit.failed(in.file().toString(), in.file() + ": not checked: " + e.getMessage()))
                    .iterator();
        }
        if (in.isJsonl()) {
            return new JsonlUnits(in, config);
        }
        Path file = in.file();
        return List.of(new WorkUnit(configs.nameOf(file), in.outputStem(), file, w -> single(file, w),
                () -> singleInput(file, w -> { }).article(), config)).iterator();
    }

    private ClaimsDocument single(Path file, Consumer<String> warnings) throws InputException, IOException {
        Inputs.Input in = singleInput(file, warnings);
        return in.document() != null ? in.document() : checker.extract(in.article());
    }

    /** The file's one input (an article, or a claims document with its article), read but not extracted. */
    private Inputs.Input singleInput(Path file, Consumer<String> warnings) throws InputException, IOException {
        long size = Files.size(file);
        if (size > maxArticleBytes) {
            throw new InputException(file, tooLarge(size));
        }
        List<Inputs.Input> inputs = Inputs.read(file, warnings);
        if (inputs.size() != 1) {
            throw new InputException(file, "holds " + inputs.size() + " articles where one was expected");
        }
        Inputs.Input in = inputs.get(0);
        return in.document() != null ? new Inputs.Input(in.document(), in.document().article()) : in;
    }

    private String tooLarge(long size) {
        return "article is " + size + " bytes, over the limit of " + maxArticleBytes
                + " bytes per article (--max-article-size); not checked";
    }

    /** The lines of a JSON Lines file, one article each, read lazily and decoded one line at a time. */
    private final class JsonlUnits implements Iterator<WorkUnit> {
        private final InputFiles.InputFile in;
        private final String name;
        /** Report names taken in this file (case-folded): a repeated id gets {@code ~2}, {@code ~3}. */
        private final Set<String> taken = new HashSet<>();
        private InputStream stream;
        private byte[] buf = new byte[8192];
        private long offset;
        private int lineNo;
        /** Units this file has yielded so far, errors included. */
        private int units;
        private WorkUnit next;
        private boolean done;

        private final dev.claimcheck.engine.RuleConfig config;

        JsonlUnits(InputFiles.InputFile in, dev.claimcheck.engine.RuleConfig config) {
            this.in = in;
            this.config = config;
            this.name = in.file().toString();
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                try {
                    if (stream == null) {
                        stream = new BufferedInputStream(Files.newInputStream(in.file()), 1 << 16);
                    }
                    next = readUnit();
                } catch (IOException e) {
                    next = WorkUnit.failed(name + ":" + (lineNo + 1), name + ":" + (lineNo + 1)
                            + ": could not be read (" + e.getMessage() + "); the lines from here on were not checked");
                    close();
                }
            }
            return next != null;
        }

        /** The next non-blank line as a unit, or null at the end of the file. */
        private WorkUnit readUnit() throws IOException {
            while (true) {
                long start = offset;
                long length = readLine();
                if (length < 0) {
                    close();
                    // A feed with no article at all is an error, not a silent zero.
                    return units == 0 ? WorkUnit.failed(name, name + ": empty article file (no JSON Lines)") : null;
                }
                int n = ++lineNo;
                String where = name + ":" + n;
                if (length > maxArticleBytes) {
                    units++;
                    return WorkUnit.failed(where, where + ": " + tooLarge(length));
                }
                int len = (int) length;
                if (len > 0 && buf[len - 1] == '\r') {
                    len--;
                }
                String text;
                JsonNode node;
                try {
                    text = TextFiles.decodeLine(name, n, buf, len, start);
                    if (n == 1 && text.startsWith("\uFEFF")) {
                        text = text.substring(1); // a BOM is dropped here as for every other format
                    }
                    if (text.isBlank()) {
                        continue;
                    }
                    node = ArticleReader.parseJson(name, n, text);
                } catch (InputException e) {
                    units++;
                    return WorkUnit.failed(where, e.getMessage());
                }
                String defaultId = ArticleReader.defaultLineId(name, n);
                String raw = text;
                JsonNode idNode = node.isObject() ? node.get("id") : null;
                String id = idNode != null && idNode.isValueNode() && !idNode.asText().isBlank()
                        ? Surrogates.clean(idNode.asText(), where, w -> { }) : defaultId;
                units++;
                return new WorkUnit(where, in.outputStem() + "/" + uniqueName(id), in.file(),
                        w -> checker.extract(ArticleReader.jsonArticle(name, n, defaultId, node, w, raw)),
                        () -> ArticleReader.jsonArticle(name, n, defaultId, node, w -> { }, raw), config);
            }
        }

        /**
         * Reads one line's bytes into {@code buf} (without the newline) and returns its length, or -1 at the end of
         * the file. Bytes past the size limit are counted but not kept, so a huge line costs no memory.
         */
        private long readLine() throws IOException {
            long length = 0;
            int b;
            while ((b = stream.read()) >= 0) {
                offset++;
                if (b == '\n') {
                    return length;
                }
                if (length < maxArticleBytes) {
                    if (length == buf.length) {
                        buf = java.util.Arrays.copyOf(buf, (int) Math.min(maxArticleBytes, 2L * buf.length));
                    }
                    buf[(int) length] = (byte) b;
                }
                length++;
            }
            return length == 0 ? -1 : length;
        }

        private String uniqueName(String id) {
            String base = ReportNames.encodeSegment(id);
            String candidate = base;
            for (int k = 2; !taken.add(ReportNames.key(candidate)); k++) {
                candidate = base + "~" + k;
            }
            return candidate;
        }

        private void close() {
            done = true;
            buf = new byte[0];
            try {
                if (stream != null) {
                    stream.close();
                }
            } catch (IOException ignored) {
                // nothing was written; a failed close of a read-only stream loses nothing
            }
        }

        @Override
        public WorkUnit next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            WorkUnit u = next;
            next = null;
            return u;
        }
    }
}
