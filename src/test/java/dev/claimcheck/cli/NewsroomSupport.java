package dev.claimcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Shared by the issue-10 tests: an article with two known findings, and a way to run the CLI. */
final class NewsroomSupport {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TITLE = "Carmaker to cut jobs";
    static final String ANONYMOUS = "The carmaker will cut 2,000 jobs at its German plants next year, according to"
            + " people familiar with the matter.";
    static final String VARIANTS = "Exports to the Russian Federation rose 4% in March, the trade ministry said.\n\n"
            + "The ministry said demand in Russia was driven by car parts.";
    /** Yields anonymity-not-explained (paragraph 1) and entity-name-variants (paragraph 2), both warnings. */
    static final String ARTICLE = TITLE + "\n\n" + ANONYMOUS + "\n\n" + VARIANTS + "\n";

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }

        List<String> ruleIds() throws Exception {
            List<String> ids = new ArrayList<>();
            json().get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
            return ids;
        }
    }

    private NewsroomSupport() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }
}
