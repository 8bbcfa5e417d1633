package dev.claimcheck.crossref;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * MinHash signatures of a sentence's word bigrams.
 *
 * <p>Features are the sentence's word bigrams, except those made only of function words ("of the", "said the"),
 * which every story shares. Each feature is hashed once with 64-bit FNV-1a; the {@code i}-th hash function is
 * then MurmurHash3's {@code fmix64} finaliser applied to that hash XOR a fixed per-function seed. fmix64 is a
 * bijection with full avalanche, so the functions behave as independent random permutations for MinHash purposes
 * (Broder 1997); the seeds come from a fixed {@link SplittableRandom} seed, so signatures are the same on every
 * machine and a saved index stays valid. The format records {@link #VERSION}: changing features or hashing must
 * bump it.
 */
public final class MinHasher {
    /** Hash functions per signature. */
    public static final int K = 32;
    /** Bumped whenever features, hashing or {@link #K} change (saved indexes from another version are refused). */
    public static final int VERSION = 1;
    private static final long[] SEEDS = seeds();
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "by", "with", "from", "and", "or", "but", "that", "this", "it", "its", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "he", "she", "they", "we", "i", "you", "his", "her", "their", "as", "said",
            "says", "not", "will", "would", "which", "who", "#");

    private MinHasher() {
    }

    private static long[] seeds() {
        SplittableRandom r = new SplittableRandom(0x5EED_C1A1_3C4EL);
        long[] s = new long[K];
        for (int i = 0; i < K; i++) {
            s[i] = r.nextLong();
        }
        return s;
    }

    /** The feature hashes of a word sequence (empty when it has no bigram worth comparing). */
    public static long[] features(List<String> words) {
        Set<Long> set = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            if (FUNCTION_WORDS.contains(a) && FUNCTION_WORDS.contains(b)) {
                continue;
            }
            set.add(fnv1a(a, b));
        }
        long[] out = new long[set.size()];
        int i = 0;
        for (long h : set) {
            out[i++] = h;
        }
        return out;
    }

    /** The signature: for each hash function, the smallest hash over the features. */
    public static long[] signature(long[] features) {
        long[] sig = new long[K];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long f : features) {
            for (int i = 0; i < K; i++) {
                long h = fmix64(f ^ SEEDS[i]) >>> 1; // non-negative, so MAX_VALUE means "no feature"
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** Jaccard similarity of two feature sets, exactly (used where both texts are at hand). */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        Set<Long> sa = new HashSet<>();
        for (long x : a) {
            sa.add(x);
        }
        int common = 0;
        for (long x : b) {
            if (sa.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    static long fnv1a(String a, String b) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, a);
        h = (h ^ ' ') * 0x100000001b3L;
        return fnv(h, b);
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
