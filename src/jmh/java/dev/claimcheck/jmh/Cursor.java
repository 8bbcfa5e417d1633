package dev.claimcheck.jmh;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread walks the corpus round-robin, so every invocation gets the next article. */
@State(Scope.Thread)
public class Cursor {
    private int next;

    int next(int size) {
        int i = next;
        next = (next + 1) % size;
        return i;
    }
}
