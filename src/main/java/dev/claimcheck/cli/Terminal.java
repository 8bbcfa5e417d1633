package dev.claimcheck.cli;

/** What the CLI may assume about where its output goes. */
final class Terminal {
    private Terminal() {
    }

    /** True when a person is watching (a console is attached): progress bars make sense. */
    static boolean interactive() {
        return System.console() != null;
    }

}
