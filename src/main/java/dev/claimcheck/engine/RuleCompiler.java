package dev.claimcheck.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.input.RulesFolder;
import dev.claimcheck.report.Categories;
import dev.claimcheck.report.RuleInfo;
import dev.claimcheck.report.Severity;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles a rules folder into a {@link RulePack}, refusing anything an editor would otherwise only discover as a
 * silent or broken rule: DRL that does not compile (reported per file and line), a rule without its metadata
 * ({@code @id @category @severity @description}), an unknown category or severity, a duplicate id, a rule without
 * examples (at least one text it must flag and one near miss).
 */
public final class RuleCompiler {
    static final String SUPPORT_GLOBAL = "cc";
    private static final List<String> REQUIRED_METADATA = List.of("id", "category", "severity", "description");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private RuleCompiler() {
    }

    public static RulePack compile(RulesFolder folder) throws RuleLoadException {
        List<String> drlFiles = folder.pathsEndingWith(".drl");
        if (drlFiles.isEmpty()) {
            throw new RuleLoadException(List.of(folder.origin() + ": no .drl rule files found"));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        // The jar carries the bundled rules precompiled at build time: start-up then skips DRL compilation.
        java.util.Optional<java.util.Collection<KiePackage>> precompiled = PrecompiledRules.load(folder);
        kieBase.addPackages(precompiled.isPresent() ? precompiled.get() : compileDrl(folder, drlFiles));
        List<String> problems = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, RuleInfo> byRuleName = new LinkedHashMap<>();
        boolean declaresGlobal = false;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            declaresGlobal |= pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(SUPPORT_GLOBAL));
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && impl.isQuery()) {
                    continue; // queries are helpers of rules, not rules
                }
                RuleInfo info = metadata(rule, problems);
                if (info != null) {
                    rules.add(info);
                    byRuleName.put(rule.getName(), info);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (RuleInfo r : rules) {
            if (!seen.add(r.id())) {
                problems.add(r.file() + ": rule id '" + r.id() + "' is used by more than one rule");
            }
        }
        problems.addAll(missingWordLists(folder, declaresGlobal));
        List<RuleExample> examples = examples(folder, problems);
        for (RuleInfo r : rules) {
            boolean fires = examples.stream().anyMatch(e -> e.rule().equals(r.id()) && e.fires());
            boolean nearMiss = examples.stream().anyMatch(e -> e.rule().equals(r.id()) && !e.fires());
            if (!fires || !nearMiss) {
                problems.add(r.file() + ": rule '" + r.id() + "' has no examples"
                        + (fires ? " it must leave alone (fires: false)" : nearMiss ? " it must flag (fires: true)" : "")
                        + "; add them to a .examples.json file beside it");
            }
        }
        Set<String> ids = rules.stream().map(RuleInfo::id).collect(Collectors.toSet());
        examples.stream().filter(e -> !ids.contains(e.rule())).map(RuleExample::rule).distinct()
                .forEach(id -> problems.add(folder.origin() + ": examples name an unknown rule '" + id + "'"));
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        rules.sort(Comparator.comparing(RuleInfo::category).thenComparing(RuleInfo::id));
        return new RulePack(folder.origin(), kieBase, rules, byRuleName, examples, Lexicon.of(folder), declaresGlobal);
    }

    /** Word lists a rule names in a call such as {@code cc.find("puffery", ...)} or {@code cc.inList("x", w)}. */
    private static final java.util.regex.Pattern LIST_CALL = java.util.regex.Pattern.compile(
            "\\bcc\\s*\\.\\s*(?:find|findOutsideQuotes|findInArticle|inList)\\s*\\(\\s*\"([^\"]+)\"");
    private static final java.util.regex.Pattern THRESHOLD_CALL = java.util.regex.Pattern.compile(
            "\\bcc\\s*\\.\\s*threshold\\s*\\(\\s*\"([^\"]+)\"");

    /** The thresholds the folder's rules read ({@code cc.threshold("name", default)}): what a config may set. */
    static Set<String> thresholdNames(RulesFolder folder) {
        Set<String> names = new java.util.TreeSet<>();
        for (String path : folder.pathsEndingWith(".drl")) {
            java.util.regex.Matcher m = THRESHOLD_CALL.matcher(folder.files().get(path));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return Set.copyOf(names);
    }

    /** Word lists {@link RuleSupport} reads on the rules' behalf (its helpers name them, not the DRL). */
    static final List<String> SUPPORT_WORD_LISTS = List.of("bounds", "business-nouns", "commentator-classes",
            "descriptor-nouns", "document-words", "effect-verbs", "formal-names", "function-words", "generic-officials",
            "group-word-endings", "irregular-participles", "market-words", "metonyms", "prediction-cues",
            "pronouns", "ranking-hedges", "relative-pronouns", "reporting-verbs", "self-promotion-words", "stopwords");

    /**
     * Every word list the folder's rules use but the folder lacks, as load problems naming the DRL file and line: a
     * missing list would otherwise read as empty and the rule would quietly never fire.
     */
    static List<String> missingWordLists(RulesFolder folder, boolean usesSupport) {
        List<String> problems = new ArrayList<>();
        for (String path : folder.pathsEndingWith(".drl")) {
            String drl = folder.files().get(path);
            java.util.regex.Matcher m = LIST_CALL.matcher(drl);
            Set<String> reported = new HashSet<>();
            while (m.find()) {
                String name = m.group(1);
                if (!folder.hasWordList(name) && reported.add(name)) {
                    int line = (int) drl.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    problems.add(folder.displayPath(path) + ":" + line + ": uses word list '" + name
                            + "', but the rules have no lexicon/" + name + ".txt");
                }
            }
        }
        if (usesSupport) {
            SUPPORT_WORD_LISTS.stream().filter(n -> !folder.hasWordList(n)).forEach(n -> problems.add(folder.origin()
                    + ": the rule helpers (cc) need word list lexicon/" + n + ".txt, which the rules do not have"));
        }
        return problems;
    }

    /** Compiles the DRL files of a folder into knowledge packages, or reports every error with file and line. */
    static java.util.Collection<KiePackage> compileDrl(RulesFolder folder, List<String> drlFiles) throws RuleLoadException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (String path : drlFiles) {
            byte[] drl = folder.files().get(path).getBytes(StandardCharsets.UTF_8);
            builder.add(ResourceFactory.newByteArrayResource(drl).setSourcePath(folder.displayPath(path)), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            // "Parser returned a null Package" only echoes a syntax error already reported for the same file.
            throw new RuleLoadException(builder.getErrors().stream().map(RuleCompiler::describe)
                    .filter(m -> !m.endsWith("Parser returned a null Package")).distinct().toList());
        }
        return new ArrayList<>(builder.getKnowledgePackages());
    }

    private static String describe(KnowledgeBuilderError e) {
        String file = e.getResource() != null && e.getResource().getSourcePath() != null
                ? e.getResource().getSourcePath() : "<rules>";
        int[] lines = e.getLines();
        String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
        return file + line + ": " + e.getMessage().strip().replaceAll("\\s+", " ");
    }

    private static RuleInfo metadata(Rule rule, List<String> problems) {
        String file = rule instanceof RuleImpl impl && impl.getResource() != null
                ? impl.getResource().getSourcePath() : rule.getPackageName();
        Map<String, Object> meta = rule.getMetaData();
        List<String> missing = REQUIRED_METADATA.stream().filter(k -> value(meta, k) == null).toList();
        if (!missing.isEmpty()) {
            problems.add(file + ": rule \"" + rule.getName() + "\" lacks metadata "
                    + missing.stream().map(k -> "@" + k).collect(Collectors.joining(", ")));
            return null;
        }
        String category = value(meta, "category");
        String severity = value(meta, "severity");
        if (!Categories.ALL.contains(category)) {
            problems.add(file + ": rule \"" + rule.getName() + "\" has unknown @category '" + category
                    + "' (one of " + String.join(", ", Categories.ALL) + ")");
            return null;
        }
        if (!Severity.NAMES.contains(severity)) {
            problems.add(file + ": rule \"" + rule.getName() + "\" has unknown @severity '" + severity
                    + "' (error, warning or info)");
            return null;
        }
        String precision = value(meta, "precision");
        // A rule not yet measured on judged real articles has no precision; its findings get an even chance.
        double p = Double.NaN;
        if (precision != null) {
            try {
                p = Double.parseDouble(precision);
            } catch (NumberFormatException e) {
                p = Double.NaN;
            }
            if (!(p >= 0 && p <= 1)) {
                problems.add(file + ": rule \"" + rule.getName() + "\" has @precision '" + precision
                        + "' (a number within 0..1)");
                return null;
            }
        }
        boolean experimental = "true".equalsIgnoreCase(value(meta, "experimental"));
        return new RuleInfo(value(meta, "id"), category, severity, value(meta, "description"), file, value(meta, "fix"),
                p, experimental);
    }

    /** A metadata value as a string; Drools keeps the quotes of {@code @id("x")} in some versions. */
    private static String value(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null && key.equals("description")) {
            // Drools resolves @description to its own kie-api annotation and keys it by class name.
            v = meta.get(org.kie.api.definition.type.Description.class.getName());
        }
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        s = s.replace("\\\"", "\"");
        return s.isEmpty() ? null : s;
    }

    private static List<RuleExample> examples(RulesFolder folder, List<String> problems) {
        List<RuleExample> all = new ArrayList<>();
        for (String path : folder.pathsEndingWith(".examples.json")) {
            try {
                List<RuleExample> list = MAPPER.readValue(folder.files().get(path), new TypeReference<>() { });
                for (RuleExample e : list) {
                    if (e.rule() == null || e.text() == null || e.text().isBlank()) {
                        problems.add(folder.displayPath(path) + ": every example needs a rule and a text");
                    } else if (e.fires() && e.flag() != null && !RuleExamples.articleOf(e).text().contains(e.flag())) {
                        problems.add(folder.displayPath(path) + ": example of '" + e.rule()
                                + "' flags '" + e.flag() + "', which its text does not contain");
                    } else {
                        all.add(e);
                    }
                }
            } catch (JsonProcessingException e) {
                var loc = e.getLocation();
                problems.add(folder.displayPath(path) + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                        + ": " + e.getOriginalMessage());
            }
        }
        return all;
    }
}
