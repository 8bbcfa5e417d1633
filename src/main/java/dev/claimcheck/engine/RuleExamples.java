package dev.claimcheck.engine;

import dev.claimcheck.crossref.CrossIndex;
import dev.claimcheck.crossref.IndexedDoc;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Span;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.VerificationReport;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the examples a rules folder ships with through extraction and the rules, the way {@code rules --test} and
 * the test suite do: a rule that misses a text it must flag, or flags a near miss, fails.
 */
public final class RuleExamples {
    /** The verdict on one example. */
    public record Result(RuleExample example, boolean passed, String detail) {
    }

    private RuleExamples() {
    }

    /** Runs every example; experimental rules run too, since an example shows what its rule does. */
    public static List<Result> run(ClaimChecker checker) {
        ClaimChecker all = checker.withConfig(checker.config().withExperimental(checker.rules()));
        List<Result> results = new ArrayList<>();
        for (RuleExample e : all.rulePack().examples()) {
            results.add(run(all, e));
        }
        return results;
    }

    public static Result run(ClaimChecker checker, RuleExample e) {
        Article article = articleOf(e);
        VerificationReport report = checkerFor(checker, e).check(article);
        List<Finding> mine = report.findings().stream().filter(f -> f.ruleId().equals(e.rule())).toList();
        if (!e.fires()) {
            return mine.isEmpty() ? new Result(e, true, "left alone")
                    : new Result(e, false, "flagged a near miss: " + describe(mine));
        }
        if (mine.isEmpty()) {
            return new Result(e, false, "did not fire" + (e.flag() == null ? "" : " on \"" + e.flag() + "\""));
        }
        if (e.flag() == null) {
            return new Result(e, true, "fired");
        }
        List<Span> targets = occurrences(article.text(), e.flag());
        boolean hit = mine.stream().flatMap(f -> f.evidence().stream())
                .anyMatch(ev -> targets.stream().anyMatch(ev::overlaps));
        return hit ? new Result(e, true, "flagged \"" + e.flag() + "\"")
                : new Result(e, false, "fired, but not on \"" + e.flag() + "\": " + describe(mine));
    }

    /** The checker comparing with the example's other articles, when it has some. */
    private static ClaimChecker checkerFor(ClaimChecker checker, RuleExample e) {
        if (e.others().isEmpty()) {
            return checker;
        }
        CrossIndex.Builder index = CrossIndex.builder();
        for (RuleExample.Other o : e.others()) {
            String text = o.title() == null ? o.text() : o.title() + "\n\n" + o.text();
            index.add(new IndexedDoc(o.id(), o.id(), o.title(), o.url(), null, o.id(), text), text);
        }
        return checker.withReference(index.build());
    }

    /** The example as an article: its title (if any) as the headline line, then the body. */
    public static Article articleOf(RuleExample e) {
        String text = e.title() == null ? e.text() : e.title() + "\n\n" + e.text();
        return new Article("example-" + e.rule(), e.title(), null, null, e.published(), text);
    }

    private static List<Span> occurrences(String text, String passage) {
        List<Span> spans = new ArrayList<>();
        for (int i = text.indexOf(passage); i >= 0; i = text.indexOf(passage, i + 1)) {
            spans.add(new Span(i, i + passage.length(), passage));
        }
        return spans;
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.message() + " " + f.evidence().stream().map(Span::text).toList()).toList().toString();
    }
}
