package dev.claimcheck.extraction;

import java.util.List;

/** Extraction needs word lists a rules folder does not have (see {@code docs/WRITING-RULES.md}). */
public final class MissingWordListsException extends RuntimeException {
    private final List<String> paths;

    MissingWordListsException(String origin, List<String> paths) {
        super(origin + ": extraction needs word lists the folder does not have: " + String.join(", ", paths));
        this.paths = List.copyOf(paths);
    }

    /** The missing lists, as paths in the folder ({@code lexicon/reporting-verbs.txt}). */
    public List<String> paths() {
        return paths;
    }
}
