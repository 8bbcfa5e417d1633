package dev.claimcheck.extraction;

/**
 * One attribution frame found in a sentence, before sources get ids: the source phrase as it stands (null when
 * vague), the cue, where the framed content lies, and — when the source phrase is a relative pronoun ("experts
 * who say") — the antecedent phrase that says who it is.
 */
record Frame(int sourceStart, int sourceEnd, int cueStart, int cueEnd, boolean vague, int contentStart,
             int contentEnd, int antecedentStart, int antecedentEnd) {
    Frame(int sourceStart, int sourceEnd, int cueStart, int cueEnd, boolean vague, int contentStart, int contentEnd) {
        this(sourceStart, sourceEnd, cueStart, cueEnd, vague, contentStart, contentEnd, -1, -1);
    }

    boolean hasSource() {
        return sourceStart >= 0;
    }

    boolean hasAntecedent() {
        return antecedentStart >= 0;
    }
}
