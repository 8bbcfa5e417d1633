package dev.claimcheck.cli;

/** What the CLI may assume about where its output goes. */
final class Terminal {
    private Terminal() {
    }

    /** True when a person is watching (a console is attached): progress bars make sense. */
    static boolean interactive() {
        return System.console() != null;
    }

    /** True when ANSI colours will be understood and are welcome (https://no-color.org). */
    static boolean colours() {
        String term = System.getenv("TERM");
        return interactive() && System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
    }
}
