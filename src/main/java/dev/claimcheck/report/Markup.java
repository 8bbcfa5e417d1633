package dev.claimcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Wraps ranges of a text in elements, producing well-formed HTML even when ranges overlap or cross.
 *
 * <p>Elements must nest, ranges need not: {@code [0,10)} and {@code [5,15)} cross. The text is cut at every range
 * boundary; at each cut the ranges that end there are closed, and any range that was opened inside them but goes on
 * is closed too and reopened right after as a further <em>part</em>. Ranges opening at the same cut are opened
 * longest first, so nested ranges (the common case) never split. Each range therefore becomes one or more elements,
 * exactly one of them part 0: counting part-0 elements counts ranges. Empty ranges become one empty element.
 */
final class Markup {
    /**
     * @param start   first character, clamped to the text
     * @param end     character after the last, clamped to [start, length]
     * @param openTag the opening tag for a given part number (0 for the first element of this range)
     * @param close   the closing tag
     */
    record Range(int start, int end, IntFunction<String> openTag, String close) {
    }

    private Markup() {
    }

    static String render(String text, List<Range> input) {
        int len = text.length();
        List<Range> ranges = new ArrayList<>();
        for (Range r : input) {
            int s = Math.max(0, Math.min(r.start(), len));
            int e = Math.max(s, Math.min(r.end(), len));
            ranges.add(new Range(s, e, r.openTag(), r.close()));
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(len);
        ranges.forEach(r -> {
            cuts.add(r.start());
            cuts.add(r.end());
        });
        int[] parts = new int[ranges.size()];
        List<Integer> stack = new ArrayList<>(); // indexes into ranges, outermost first
        StringBuilder out = new StringBuilder(len + ranges.size() * 80);
        for (int cut : cuts) {
            // 1. Close what ends here, and everything opened inside it (to be reopened if it goes on).
            List<Integer> reopen = new ArrayList<>();
            int lowest = -1;
            for (int i = 0; i < stack.size(); i++) {
                if (ranges.get(stack.get(i)).end() == cut) {
                    lowest = i;
                    break;
                }
            }
            if (lowest >= 0) {
                for (int i = stack.size() - 1; i >= lowest; i--) {
                    int ri = stack.remove(i);
                    out.append(ranges.get(ri).close());
                    if (ranges.get(ri).end() > cut) {
                        reopen.add(ri);
                    }
                }
            }
            // 2. Empty ranges at this cut: one empty element each.
            for (int ri = 0; ri < ranges.size(); ri++) {
                Range r = ranges.get(ri);
                if (r.start() == cut && r.end() == cut) {
                    out.append(r.openTag().apply(parts[ri]++)).append(r.close());
                }
            }
            // 3. Open what starts here plus what was interrupted, longest first so later cuts split as little as possible.
            List<Integer> open = new ArrayList<>(reopen);
            for (int ri = 0; ri < ranges.size(); ri++) {
                Range r = ranges.get(ri);
                if (r.start() == cut && r.end() > cut) {
                    open.add(ri);
                }
            }
            open.sort(Comparator.comparingInt((Integer ri) -> -ranges.get(ri).end()).thenComparingInt(ri -> ri));
            for (int ri : open) {
                out.append(ranges.get(ri).openTag().apply(parts[ri]++));
                stack.add(ri);
            }
            // 4. The text up to the next cut.
            Integer next = cuts.higher(cut);
            if (next != null) {
                out.append(Html.esc(text.substring(cut, next)));
            }
        }
        return out.toString();
    }
}
