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
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InputException(name, "not valid UTF-8 (" + describeBadByte(bytes) + "); save it as UTF-8");
        }
    }

    private static String describeBadByte(byte[] bytes) {
        int i = 0;
        int line = 1;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : -1;
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xc0) == 0x80;
            }
            if (!ok) {
                return String.format("byte 0x%02X at offset %d, line %d", b, i, line);
            }
            if (b == '\n') {
                line++;
            }
            i += len;
        }
        return "invalid byte sequence";
    }

    /** Writes through a temp file in the same folder and renames, so no reader ever sees half a file. */
    public static void writeAtomically(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
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
