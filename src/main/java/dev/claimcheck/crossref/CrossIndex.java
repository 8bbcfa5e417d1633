package dev.claimcheck.crossref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A MinHash/LSH index of the sentences of many articles: given a sentence, the indexed sentences whose word
 * bigrams overlap it (Jaccard) by much, found without comparing against every sentence.
 *
 * <p>Each indexed sentence keeps a 32-hash MinHash signature, of which {@link #BANDS} bands of {@link #ROWS}
 * hashes are LSH keys: two sentences become candidates when one band agrees, which happens with probability
 * {@code 1 - (1 - J^3)^6} for Jaccard similarity J (0.55 at J = 0.5, 0.90 at 0.7, 0.99 at 0.85; 0.006 at 0.1).
 * Candidates are then scored: exactly when both texts are at hand, else from the full signatures, kept as their
 * lowest 8 bits (b-bit MinHash, Li and König 2010) to keep memory at about 90 bytes per sentence.
 *
 * <p>Band keys are sorted {@code long} arrays (37 key bits, 27 sentence-ordinal bits), searched by binary
 * search: no per-entry objects. A key shared by more than {@code maxBucket} sentences is boilerplate ("The
 * Associated Press contributed to this report") and is not followed. Immutable and thread-safe once built.
 */
public final class CrossIndex {
    public static final int BANDS = 6;
    public static final int ROWS = 3;
    /** Sentences with fewer words are not indexed: too short to show copying. */
    public static final int MIN_WORDS = 6;
    static final int ORDINAL_BITS = 27;
    static final long ORDINAL_MASK = (1L << ORDINAL_BITS) - 1;
    public static final int MAX_SENTENCES = 1 << ORDINAL_BITS;

    final List<IndexedDoc> docs;
    final int[] sentDoc;
    final int[] sentStart;
    final int[] sentEnd;
    final byte[] sigs;
    /** The sentence's text where its document's text is not kept and the sentence holds a figure; else null. */
    final String[] figureTexts;
    final long[][] bands;
    final int maxBucket;
    private final Map<String, Integer> byKey;
    /** Documents keeping their text, by article id (to recognise the same article given twice in a batch). */
    private final Map<String, List<Integer>> textsById = new java.util.HashMap<>();
    /** Sentences of a document are contiguous ordinals: {@code [docFirst[d], docFirst[d + 1])}. */
    private final int[] docFirst;

    CrossIndex(List<IndexedDoc> docs, int[] sentDoc, int[] sentStart, int[] sentEnd, byte[] sigs,
               String[] figureTexts, long[][] bands, int maxBucket) {
        this.docs = List.copyOf(docs);
        this.sentDoc = sentDoc;
        this.sentStart = sentStart;
        this.sentEnd = sentEnd;
        this.sigs = sigs;
        this.figureTexts = figureTexts;
        this.bands = bands;
        this.maxBucket = maxBucket;
        this.docFirst = new int[docs.size() + 1];
        java.util.Arrays.fill(docFirst, sentDoc.length);
        for (int i = sentDoc.length - 1; i >= 0; i--) {
            docFirst[sentDoc[i]] = i;
        }
        for (int d = docs.size() - 1; d >= 0; d--) {
            docFirst[d] = Math.min(docFirst[d], docFirst[d + 1]);
        }
        this.byKey = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byKey.putIfAbsent(docs.get(i).key(), i);
            if (docs.get(i).text() != null && docs.get(i).id() != null) {
                textsById.computeIfAbsent(docs.get(i).id(), k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** An empty index (no reference, no batch). */
    public static CrossIndex empty() {
        return new Builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public int documents() {
        return docs.size();
    }

    public int sentences() {
        return sentDoc.length;
    }

    public IndexedDoc doc(int ordinal) {
        return docs.get(ordinal);
    }

    /** Documents with this article id whose text is kept. */
    List<Integer> withTextById(String id) {
        return textsById.getOrDefault(id, List.of());
    }

    /** The document ordinal with this key, or -1. */
    public int ordinalOf(String key) {
        return key == null ? -1 : byKey.getOrDefault(key, -1);
    }

    /** The first sentence ordinal of a document; its sentences run to {@code firstSentence(doc + 1)}. */
    int firstSentence(int doc) {
        return docFirst[doc];
    }

    int docOf(int sentence) {
        return sentDoc[sentence];
    }

    int startOf(int sentence) {
        return sentStart[sentence];
    }

    int endOf(int sentence) {
        return sentEnd[sentence];
    }

    /** The text of an indexed sentence, or null when the index keeps neither it nor its document's text. */
    String sentenceText(int sentence) {
        IndexedDoc d = docs.get(sentDoc[sentence]);
        if (d.text() != null) {
            return d.text().substring(sentStart[sentence], sentEnd[sentence]);
        }
        return figureTexts[sentence];
    }

    /** Estimated Jaccard similarity between a query signature and an indexed sentence's (b-bit corrected). */
    double estimate(long[] sig, int sentence) {
        int base = sentence * MinHasher.K;
        int same = 0;
        for (int i = 0; i < MinHasher.K; i++) {
            if ((byte) sig[i] == sigs[base + i]) {
                same++;
            }
        }
        double p = (double) same / MinHasher.K;
        double chance = 1.0 / 256;
        return Math.max(0, (p - chance) / (1 - chance));
    }

    /** Indexed sentences sharing at least one LSH band with the signature, boilerplate buckets skipped. */
    int[] candidates(long[] sig) {
        List<Integer> out = new ArrayList<>();
        for (int b = 0; b < BANDS; b++) {
            long key = bandKey(sig, b);
            long[] arr = bands[b];
            int lo = lowerBound(arr, key << ORDINAL_BITS);
            int hi = lowerBound(arr, (key + 1) << ORDINAL_BITS);
            if (hi - lo > maxBucket) {
                continue;
            }
            for (int i = lo; i < hi; i++) {
                out.add((int) (arr[i] & ORDINAL_MASK));
            }
        }
        return out.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    private static int lowerBound(long[] arr, long value) {
        int lo = 0;
        int hi = arr.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (arr[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The LSH key of band {@code b}: its rows mixed with the band number, cut to 37 bits. */
    static long bandKey(long[] sig, int b) {
        long h = 0x9E3779B97F4A7C15L * (b + 1);
        for (int r = 0; r < ROWS; r++) {
            h = MinHasher.fmix64(h ^ sig[b * ROWS + r]);
        }
        return h >>> ORDINAL_BITS;
    }

    /**
     * Collects documents, then builds the index once. {@link #prepare} is pure and may run on many threads;
     * {@link #add} is synchronised.
     */
    public static final class Builder {
        private final List<IndexedDoc> docs = new ArrayList<>();
        private int n;
        private int[] sentDoc = new int[1024];
        private int[] sentStart = new int[1024];
        private int[] sentEnd = new int[1024];
        private byte[] sigs = new byte[1024 * MinHasher.K];
        private String[] figureTexts = new String[1024];
        private long[][] bands = new long[BANDS][1024];
        private int maxBucket = 64;

        public Builder() {
        }

        /** A builder holding everything {@code base} holds, to add more (a batch on top of a reference index). */
        public Builder(CrossIndex base) {
            docs.addAll(base.docs);
            n = base.sentDoc.length;
            int cap = Math.max(1024, n * 2);
            sentDoc = Arrays.copyOf(base.sentDoc, cap);
            sentStart = Arrays.copyOf(base.sentStart, cap);
            sentEnd = Arrays.copyOf(base.sentEnd, cap);
            sigs = Arrays.copyOf(base.sigs, cap * MinHasher.K);
            figureTexts = Arrays.copyOf(base.figureTexts, cap);
            for (int b = 0; b < BANDS; b++) {
                // Entries carry their sentence ordinal, so copied entries stay valid; build() sorts them again.
                bands[b] = Arrays.copyOf(base.bands[b], cap);
            }
            maxBucket = base.maxBucket;
        }

        public Builder maxBucket(int max) {
            this.maxBucket = max;
            return this;
        }

        /** A document's indexable sentences and their signatures, computed without touching the builder. */
        public static Prepared prepare(IndexedDoc doc, String text) {
            List<long[]> signatures = new ArrayList<>();
            List<Passages.Sentence> kept = new ArrayList<>();
            for (Passages.Sentence s : Passages.sentences(text)) {
                if (s.wordCount() < MIN_WORDS) {
                    continue;
                }
                long[] features = MinHasher.features(s.words());
                if (features.length < 3) {
                    continue;
                }
                kept.add(s);
                signatures.add(MinHasher.signature(features));
            }
            List<String> figures = new ArrayList<>();
            for (Passages.Sentence s : kept) {
                String t = text.substring(s.start(), s.end());
                figures.add(doc.text() == null && t.chars().anyMatch(Character::isDigit) ? t : null);
            }
            return new Prepared(doc, kept, signatures, figures);
        }

        /** The prepared form of a document: see {@link #prepare}. */
        public record Prepared(IndexedDoc doc, List<Passages.Sentence> sentences, List<long[]> signatures,
                               List<String> figureTexts) {
        }

        public Builder add(IndexedDoc doc, String text) {
            return add(prepare(doc, text));
        }

        public synchronized Builder add(Prepared p) {
            int d = docs.size();
            docs.add(p.doc());
            for (int i = 0; i < p.sentences().size(); i++) {
                Passages.Sentence s = p.sentences().get(i);
                append(d, s.start(), s.end(), p.signatures().get(i), p.figureTexts().get(i));
            }
            return this;
        }

        private void append(int doc, int start, int end, long[] sig, String figureText) {
            ensure();
            for (int i = 0; i < MinHasher.K; i++) {
                sigs[n * MinHasher.K + i] = (byte) sig[i];
            }
            long[] keys = new long[BANDS];
            for (int b = 0; b < BANDS; b++) {
                keys[b] = bandKey(sig, b);
            }
            put(doc, start, end, keys, figureText);
        }

        private void put(int doc, int start, int end, long[] keys, String figureText) {
            sentDoc[n] = doc;
            sentStart[n] = start;
            sentEnd[n] = end;
            figureTexts[n] = figureText;
            for (int b = 0; b < BANDS; b++) {
                bands[b][n] = (keys[b] << ORDINAL_BITS) | n;
            }
            n++;
        }

        private void ensure() {
            if (n == MAX_SENTENCES) {
                throw new IllegalStateException("a cross-article index holds at most " + MAX_SENTENCES + " sentences");
            }
            if (n == sentDoc.length) {
                int cap = (int) Math.min(MAX_SENTENCES, sentDoc.length * 2L);
                sentDoc = Arrays.copyOf(sentDoc, cap);
                sentStart = Arrays.copyOf(sentStart, cap);
                sentEnd = Arrays.copyOf(sentEnd, cap);
                sigs = Arrays.copyOf(sigs, cap * MinHasher.K);
                figureTexts = Arrays.copyOf(figureTexts, cap);
                for (int b = 0; b < BANDS; b++) {
                    bands[b] = Arrays.copyOf(bands[b], cap);
                }
            }
        }

        /** The index: arrays trimmed and band keys sorted (the builder should not be used afterwards). */
        public synchronized CrossIndex build() {
            long[][] sorted = new long[BANDS][];
            for (int b = 0; b < BANDS; b++) {
                sorted[b] = Arrays.copyOf(bands[b], n);
                Arrays.parallelSort(sorted[b]);
            }
            return new CrossIndex(docs, Arrays.copyOf(sentDoc, n), Arrays.copyOf(sentStart, n),
                    Arrays.copyOf(sentEnd, n), Arrays.copyOf(sigs, n * MinHasher.K), Arrays.copyOf(figureTexts, n),
                    sorted, maxBucket);
        }
    }
}
