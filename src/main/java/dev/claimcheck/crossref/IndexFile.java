package dev.claimcheck.crossref;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves and loads a {@link CrossIndex} ({@code --write-index FILE}, {@code --index FILE}), so a newsroom indexes
 * its archive once. The file is the index's arrays as they are in memory (band keys already sorted), behind a
 * header naming the format and the hashing version: a file from another version is refused, never misread.
 * Written to a temporary file and renamed into place, so a reader never sees half a file.
 */
public final class IndexFile {
    private static final int MAGIC = 0x43434958; // "CCIX"
    private static final int FORMAT = 1;

    private IndexFile() {
    }

    public static void write(CrossIndex index, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(MinHasher.VERSION);
                out.writeInt(CrossIndex.BANDS);
                out.writeInt(CrossIndex.ROWS);
                out.writeInt(index.maxBucket);
                out.writeInt(index.docs.size());
                for (IndexedDoc d : index.docs) {
                    writeString(out, d.key());
                    writeString(out, d.id());
                    writeString(out, d.title());
                    writeString(out, d.url());
                    writeString(out, d.outlet());
                    writeString(out, d.page());
                    writeString(out, d.text());
                }
                int n = index.sentDoc.length;
                out.writeInt(n);
                for (int i = 0; i < n; i++) {
                    out.writeInt(index.sentDoc[i]);
                    out.writeInt(index.sentStart[i]);
                    out.writeInt(index.sentEnd[i]);
                    writeString(out, index.figureTexts[i]);
                }
                out.write(index.sigs);
                for (long[] band : index.bands) {
                    for (long v : band) {
                        out.writeLong(v);
                    }
                }
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static CrossIndex read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + ": not a ClaimCheck cross-article index");
            }
            int format = in.readInt();
            int hashing = in.readInt();
            int bands = in.readInt();
            int rows = in.readInt();
            if (format != FORMAT || hashing != MinHasher.VERSION || bands != CrossIndex.BANDS || rows != CrossIndex.ROWS) {
                throw new IOException(file + ": index written by another version of ClaimCheck (format " + format
                        + ", hashing " + hashing + "); build it again with --write-index");
            }
            int maxBucket = in.readInt();
            int docCount = in.readInt();
            List<IndexedDoc> docs = new ArrayList<>(Math.min(docCount, 1 << 20));
            for (int i = 0; i < docCount; i++) {
                docs.add(new IndexedDoc(readString(in), readString(in), readString(in), readString(in),
                        readString(in), readString(in), readString(in)));
            }
            int n = in.readInt();
            if (n < 0 || n > CrossIndex.MAX_SENTENCES) {
                throw new IOException(file + ": damaged index (sentence count " + n + ")");
            }
            int[] doc = new int[n];
            int[] start = new int[n];
            int[] end = new int[n];
            String[] figures = new String[n];
            for (int i = 0; i < n; i++) {
                doc[i] = in.readInt();
                start[i] = in.readInt();
                end[i] = in.readInt();
                figures[i] = readString(in);
                if (doc[i] < 0 || doc[i] >= docCount) {
                    throw new IOException(file + ": damaged index (sentence " + i + " names no document)");
                }
            }
            byte[] sigs = new byte[n * MinHasher.K];
            in.readFully(sigs);
            long[][] bandKeys = new long[CrossIndex.BANDS][n];
            for (long[] band : bandKeys) {
                for (int i = 0; i < n; i++) {
                    band[i] = in.readLong();
                }
            }
            return new CrossIndex(docs, doc, start, end, sigs, figures, bandKeys, maxBucket);
        } catch (EOFException e) {
            throw new IOException(file + ": index file is cut short", e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len < 0) {
            return null;
        }
        if (len > 64 << 20) {
            throw new IOException("damaged index (a string of " + len + " bytes)");
        }
        byte[] b = new byte[len];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
