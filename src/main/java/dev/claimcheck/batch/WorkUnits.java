package dev.claimcheck.batch;

import dev.claimcheck.engine.ClaimChecker;
import dev.claimcheck.engine.Inputs;
import dev.claimcheck.input.ArticleReader;
import dev.claimcheck.input.InputException;
import dev.claimcheck.model.ClaimsDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Turns the PATH arguments into a lazy stream of work units: one per article file or claims document, one per
 * line of a {@code .jsonl} file (read as the batch goes, never all at once).
 */
public final class WorkUnits implements Iterator<WorkUnit> {
    private final ClaimChecker checker;
    private final Iterator<InputFiles.InputFile> files;
    private final Iterator<String> errors;
    private final int fileCount;
    private Iterator<WorkUnit> current = List.<WorkUnit>of().iterator();

    public WorkUnits(ClaimChecker checker, List<Path> paths) {
        this.checker = checker;
        InputFiles.Expansion expansion = InputFiles.expand(paths);
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
        Path file = in.file();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            return new JsonlUnits(in);
        }
        return List.of(new WorkUnit(file.toString(), in.outputStem(), file, () -> single(file))).iterator();
    }

    private ClaimsDocument single(Path file) throws InputException {
        List<Inputs.Input> inputs = Inputs.read(file);
        if (inputs.size() != 1) {
            throw new InputException(file, "holds " + inputs.size() + " articles where one was expected");
        }
        Inputs.Input in = inputs.get(0);
        return in.document() != null ? in.document() : checker.extract(in.article());
    }

    /** The lines of a JSON Lines file, one article each, read lazily. */
    private final class JsonlUnits implements Iterator<WorkUnit> {
        private final InputFiles.InputFile in;
        private BufferedReader reader;
        private WorkUnit next;
        private int lineNo;
        private boolean done;

        JsonlUnits(InputFiles.InputFile in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                if (reader == null) {
                    reader = new BufferedReader(new InputStreamReader(Files.newInputStream(in.file()),
                            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
                }
                String line;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (!line.isBlank()) {
                        next = unit(line, lineNo);
                        return true;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                next = WorkUnit.failed(in.file() + ":" + (lineNo + 1),
                        in.file() + ":" + (lineNo + 1) + ": could not be read: " + e.getMessage());
            }
            close();
            return next != null;
        }

        private WorkUnit unit(String line, int n) {
            String name = in.file() + ":" + n;
            String stem = in.outputStem() + "/" + n;
            return new WorkUnit(name, stem, in.file(),
                    () -> checker.extract(ArticleReader.parseJsonArticle(in.file().toString(), n, line)));
        }

        private void close() {
            done = true;
            try {
                if (reader != null) {
                    reader.close();
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
