package dev.claimcheck.engine;

import java.util.List;

/**
 * The rules could not be loaded. Each problem names the file (and line where there is one), e.g.
 * {@code rules/sourcing.drl:12: [ERR 102] mismatched input 'whne'}.
 */
public class RuleLoadException extends Exception {
    private final List<String> problems;

    public RuleLoadException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
