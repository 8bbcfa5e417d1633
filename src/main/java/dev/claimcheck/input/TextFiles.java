package dev.claimcheck.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Strict UTF-8 file reading and atomic writing. */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * Reads a file as UTF-8, refusing invalid bytes rather than silently replacing them (a mis-encoded article
     * would otherwise produce offsets that point at the wrong text). A leading byte-order mark is dropped.
     */
    public static String readUtf8(Path file) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file, "permission denied");
        } catch (IOException e) {
            throw new InputException(file, "could not be read: " + e.getMessage());
        }
        return decodeUtf8(file.toString(), bytes);
    }

    public static String decodeUtf8(String name, byte[] bytes) throws InputException {
        try {
            String s = strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InputException(name, "not valid UTF-8 (" + describeBadByte(bytes) + "); save it as UTF-8");
        }
    }

    /**
     * Decodes one line of a JSON Lines file strictly. A bad byte fails this line alone, with its place: the error
     * names the line (1-based) and the byte's offset in the line and in the file, so the rest of the file is
     * still read and the editor can find the byte with any hex viewer.
     *
     * @param fileOffset offset of the line's first byte in the file
     */
    public static String decodeLine(String name, int line, byte[] bytes, int length, long fileOffset)
            throws InputException {
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(length);
        java.nio.charset.CharsetDecoder decoder = strictDecoder();
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            throw new InputException(name, line, 0, String.format(java.util.Locale.ROOT,
                    "invalid UTF-8 at byte %d of the line (0x%02X, file offset %d); line skipped",
                    at + 1, bytes[at] & 0xff, fileOffset + at), null);
        }
        out.flip();
        return out.toString();
    }

    /** "byte 0xC3 at offset 4, line 1": found by the decoder itself, so overlong and surrogate forms count too. */
    private static String describeBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.charset.CoderResult r = strictDecoder().decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
        if (!r.isError()) {
            return "invalid byte sequence";
        }
        int at = in.position();
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return String.format(java.util.Locale.ROOT, "byte 0x%02X at offset %d, line %d", bytes[at] & 0xff, at, line);
    }

    private static java.nio.charset.CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Writes through a temp file in the same folder and renames, so no reader ever sees half a file. */
    public static void writeAtomically(Path file, String content) throws IOException {
        commit(writeTemp(file, content), file);
    }

    /**
     * First half of an atomic write: the content in a temp file beside {@code file} ({@code .NAME<digits>.tmp}).
     * The caller then {@link #commit}s it or deletes it, e.g. when the work it holds was cancelled meanwhile.
     */
    public static Path writeTemp(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: it makes the file owner-only (0600) whatever the umask, and the rename would
        // carry that onto the report. A new file opened normally gets the umask's permissions, like any other.
        Path tmp;
        while (true) {
            tmp = dir.resolve("." + file.getFileName() + Math.floorMod(java.util.concurrent.ThreadLocalRandom.current()
                    .nextLong(), 1_000_000_000_000L) + ".tmp");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                continue; // another writer's temp file: draw another name
            } catch (IOException | RuntimeException | Error e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
    }

    /** Second half: renames the temp file over {@code file} (atomically where the file system can). */
    public static void commit(Path tmp, Path file) throws IOException {
        try {
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
