package dev.claimcheck.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Prints the evaluation tables for claims documents and/or reports already written to folders, so the figures in
 * docs/EVALUATION.md can be reproduced from the command line without a test run:
 * <pre>
 * java -cp target/claimcheck.jar dev.claimcheck.eval.EvalMain [--repo DIR] [--claims DIR] [--reports DIR] [--per-article]
 * </pre>
 * {@code --claims}: {@code STEM.claims.json} per annotated article; {@code --reports}: one {@code STEM.*.json}
 * verification report per article. {@code --repo} defaults to the working directory.
 */
public final class EvalMain {
    private EvalMain() {
    }

    public static void main(String[] args) {
        Path repo = Path.of("");
        Path claims = null;
        Path reports = null;
        boolean perArticle = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repo" -> repo = Path.of(value(args, ++i));
                case "--claims" -> claims = Path.of(value(args, ++i));
                case "--reports" -> reports = Path.of(value(args, ++i));
                case "--per-article" -> perArticle = true;
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (claims == null && reports == null) {
            usage("give --claims DIR and/or --reports DIR");
        }
        AnnotationSet set = AnnotationSet.load(repo);
        System.out.println("Annotated articles: " + set.articles().size() + "\n");
        if (claims != null) {
            ExtractionReport r = ExtractionScorer.scoreDirectory(set, claims);
            System.out.println("## Extraction\n\n" + r.toMarkdown());
            if (perArticle) {
                for (Map.Entry<String, List<Score>> e : r.perArticle().entrySet()) {
                    System.out.println("### " + e.getKey() + "\n\n" + ExtractionReport.table(e.getValue()));
                }
            }
        }
        if (reports != null) {
            FindingReport r = FindingScorer.scoreDirectory(set, reports);
            System.out.println("## Findings\n\n" + r.toMarkdown());
            if (perArticle) {
                r.details().forEach(d -> System.out.println("- " + d));
            }
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage("missing value after " + args[i - 1]);
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: EvalMain [--repo DIR] [--claims DIR] [--reports DIR] [--per-article]");
        System.exit(2);
    }
}
