package dev.claimcheck.cli;

/** The CLI's exit codes, as documented in the README. */
final class ExitCodes {
    /** Every input checked; no finding at or above --fail-on. */
    static final int OK = 0;
    /** Some finding at or above --fail-on. */
    static final int FINDINGS = 1;
    /** Some input or the rules could not be processed (every other input was still checked). */
    static final int INPUT_ERROR = 2;

    private ExitCodes() {
    }
}
