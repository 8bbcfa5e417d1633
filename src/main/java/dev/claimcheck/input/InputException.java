package dev.claimcheck.input;

import java.nio.file.Path;

/**
 * An input that cannot be processed, with a message fit for an editor: it names the file and, where there is one,
 * the line and column. Thrown by readers; the CLI prints {@link #getMessage()} and carries on with the batch.
 */
public class InputException extends Exception {
    private final String file;
    private final int line;
    private final int column;

    public InputException(String file, int line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public InputException(String file, String problem) {
        this(file, 0, 0, problem, null);
    }

    public InputException(Path file, String problem) {
        this(String.valueOf(file), problem);
    }

    private InputException(String message) {
        super(message);
        this.file = null;
        this.line = 0;
        this.column = 0;
    }

    /** An error whose message already names its input (e.g. "feed.jsonl:3: ..."), kept as it is. */
    public static InputException withMessage(String message) {
        return new InputException(message);
    }

    private static String format(String file, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
