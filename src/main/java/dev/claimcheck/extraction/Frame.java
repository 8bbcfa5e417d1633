package dev.claimcheck.extraction;

/**
 * One attribution frame found in a sentence, before sources get ids: the source noun phrase (null when vague),
 * the cue, and where the framed content lies.
 *
 * @param sourceStart start of the source phrase or -1
 */
record Frame(int sourceStart, int sourceEnd, int cueStart, int cueEnd, boolean vague, int contentStart,
             int contentEnd) {
    boolean hasSource() {
        return sourceStart >= 0;
    }
}
