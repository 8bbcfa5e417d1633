package dev.claimcheck.engine;

import dev.claimcheck.baseline.Baseline;
import dev.claimcheck.crossref.Credits;
import dev.claimcheck.crossref.CrossIndex;
import dev.claimcheck.crossref.CrossMatcher;
import dev.claimcheck.crossref.IndexFile;
import dev.claimcheck.crossref.ReferenceCorpus;
import dev.claimcheck.extraction.Extractor;
import dev.claimcheck.extraction.MissingWordListsException;
import dev.claimcheck.input.InputException;
import dev.claimcheck.input.RulesFolder;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.report.RuleInfo;
import dev.claimcheck.report.VerificationReport;
import org.kie.api.runtime.KieSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * The library facade: articles or claims documents in, verification reports out.
 *
 * <p>Building a checker compiles the rules once (about a second); every {@code check} then runs in its own Drools
 * session over the shared, immutable KieBase, so one checker serves any number of threads.
 * <pre>{@code
 * ClaimChecker checker = ClaimChecker.withDefaultRules();
 * VerificationReport report = checker.check(Path.of("article.txt"));
 * System.out.println(report.toJson());
 * }</pre>
 */
public final class ClaimChecker {
    /** The similarity at which two sentences count as one (threshold {@code cross-sentence-similarity}). */
    static final double DEFAULT_SENTENCE_SIMILARITY = 0.5;
    static final String SENTENCE_SIMILARITY = "cross-sentence-similarity";
    private final RulePack rules;
    private final RuleConfig config;
    private final Extractor extractor;
    /** Null, or the findings accepted for each article id (the library's baseline; the CLI keys by path itself). */
    private final Baseline baseline;
    private final java.util.Set<String> ruleIds;
    private final java.util.Set<String> thresholds;
    /** Other articles to compare each article with (a reference corpus, the batch); null for none. */
    private final CrossIndex reference;
    private final boolean declaresCrossGlobal;
    private final Credits credits;

    private ClaimChecker(RulePack rules, RuleConfig config, Extractor extractor, Baseline baseline,
                         java.util.Set<String> thresholds, CrossIndex reference) {
        this.thresholds = thresholds;
        this.rules = rules;
        this.config = config;
        this.extractor = extractor;
        this.baseline = baseline;
        java.util.Set<String> ids = new java.util.HashSet<>();
        rules.rules().forEach(r -> ids.add(r.id()));
        this.ruleIds = java.util.Set.copyOf(ids);
        this.reference = reference;
        this.declaresCrossGlobal = rules.kieBase().getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(CrossSupport.GLOBAL)));
        this.credits = new Credits(rules.lexicon().entries("wire-credits"));
    }

    /** A checker over the rules bundled with ClaimCheck and the default configuration. */
    public static ClaimChecker withDefaultRules() {
        try {
            return builder().build();
        } catch (RuleLoadException e) {
            throw new IllegalStateException("the bundled rules do not load: " + e.getMessage(), e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a claims document (already extracted).
     *
     * <p>Cancellable: when the calling thread is interrupted (a batch timed the article out), the check stops at
     * the next fact or rule firing with a {@link CancellationException} instead of running to the end.
     */
    public VerificationReport check(ClaimsDocument doc) {
        return check(doc, config);
    }

    /**
     * Checks a claims document under another configuration than this checker's, for callers that tune one check
     * (a service request that disables a rule or raises the confidence floor) without compiling the rules again.
     */
    public VerificationReport check(ClaimsDocument doc, RuleConfig config) {
        return check(doc, config, doc == null ? null : doc.article().id());
    }

    /**
     * Checks a claims document; with a reference index, {@code selfKey} names the document's own entry in it (a
     * batch article is in the batch's index), which it is never compared with.
     */
    public VerificationReport check(ClaimsDocument doc, RuleConfig config, String selfKey) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(config, "config");
        cancelIfInterrupted();
        RuleSupport support = new RuleSupport(config, rules.lexicon(), rules.byRuleName(), doc);
        KieSession session = rules.kieBase().newKieSession();
        try {
            if (rules.declaresSupportGlobal()) {
                session.setGlobal(RuleCompiler.SUPPORT_GLOBAL, support);
            }
            if (declaresCrossGlobal) {
                session.setGlobal(CrossSupport.GLOBAL, new CrossSupport(support));
            }
            List<Object> facts = new ArrayList<>(Facts.of(doc));
            if (reference != null && reference.documents() > 0) {
                double similarity = config.threshold(SENTENCE_SIMILARITY, DEFAULT_SENTENCE_SIMILARITY);
                facts.addAll(new CrossMatcher(reference, similarity, credits).facts(doc.article().text(), selfKey,
                        doc.article().id()));
            }
            for (Object fact : facts) {
                cancelIfInterrupted();
                session.insert(fact);
            }
            session.fireAllRules(match -> {
                if (Thread.currentThread().isInterrupted()) {
                    session.halt();
                    return false;
                }
                RuleInfo info = rules.byRuleName().get(match.getRule().getName());
                return info != null && config.isEnabled(info);
            });
            cancelIfInterrupted();
        } finally {
            session.dispose();
        }
        SuppressionFilter.Result r = SuppressionFilter.apply(doc.article(), support.findings(), ruleIds, config);
        VerificationReport report = ReportBuilder.build(doc, r.kept(), r.suppressed());
        if (baseline != null) {
            String key = doc.article().id() == null ? "" : doc.article().id();
            report = baseline.startRun().filter(key, report);
        }
        return report;
    }

    /**
     * The thresholds the loaded rules read ({@code cc.threshold("name", ...)} in their DRL) and the engine's own
     * {@value #SENTENCE_SIMILARITY} (cross-article matching, before the rules): what a config may set.
     */
    public java.util.Set<String> knownThresholds() {
        java.util.Set<String> all = new java.util.TreeSet<>(thresholds);
        all.add(SENTENCE_SIMILARITY);
        return all;
    }

    /**
     * Every id a config or a suppression may name: the loaded rules' and the engine's own finding about a broken
     * suppression ({@value SuppressionFilter#RULE_ID}).
     */
    public java.util.Set<String> knownRuleIds() {
        java.util.Set<String> all = new java.util.TreeSet<>(ruleIds);
        all.add(SuppressionFilter.RULE_ID);
        return all;
    }

    private static void cancelIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("check cancelled");
        }
    }

    /** Extracts the claims of an article and checks them. */
    public VerificationReport check(Article article) {
        return check(extract(article));
    }

    /** Extracts the claims of an article and checks them under {@code config} (see {@link #check(ClaimsDocument, RuleConfig)}). */
    public VerificationReport check(Article article, RuleConfig config) {
        return check(extract(article), config);
    }

    /** Checks one input file: an article (.txt, .md, .html, .json article) or a claims document (.json). */
    public VerificationReport check(Path file) throws InputException {
        List<VerificationReport> reports = checkAll(file);
        if (reports.size() != 1) {
            throw new InputException(file, "holds " + reports.size() + " articles; use checkAll for multi-article files");
        }
        return reports.get(0);
    }

    /** Checks every article of an input file (a .jsonl file holds many). */
    public List<VerificationReport> checkAll(Path file) throws InputException {
        List<VerificationReport> reports = new ArrayList<>();
        for (ClaimsDocument doc : load(file)) {
            reports.add(check(doc));
        }
        return reports;
    }

    /** The claims documents of an input file: read as they are, or extracted from its articles. */
    public List<ClaimsDocument> load(Path file) throws InputException {
        return Inputs.read(file).stream()
                .map(in -> in.document() != null ? in.document() : extract(in.article()))
                .toList();
    }

    public ClaimsDocument extract(Article article) {
        return extractor.extract(article);
    }

    /** Every loaded rule's metadata, sorted by category and id. */
    public List<RuleInfo> rules() {
        return rules.rules();
    }

    public RulePack rulePack() {
        return rules;
    }

    public RuleConfig config() {
        return config;
    }

    /** This checker's compiled rules and extractor under another configuration (nothing is recompiled). */
    public ClaimChecker withConfig(RuleConfig other) {
        return new ClaimChecker(rules, Objects.requireNonNull(other, "config"), extractor, baseline, thresholds,
                reference);
    }

    /** This checker comparing every article with the articles of {@code index} (null: with none). */
    public ClaimChecker withReference(CrossIndex index) {
        return new ClaimChecker(rules, config, extractor, baseline, thresholds, index);
    }

    /** The index articles are compared with, or null. */
    public CrossIndex reference() {
        return reference;
    }

    private static Extractor join(CompletableFuture<Extractor> extractor) {
        try {
            return extractor.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Configures a checker. Every setting has a default: the bundled rules, the default config. */
    public static final class Builder {
        private Path rulesDirectory;
        private boolean defaultRules = true;
        private RuleConfig config = RuleConfig.DEFAULT;
        private Baseline baseline;
        private final List<Path> referencePaths = new ArrayList<>();
        private CrossIndex referenceIndex;

        private Builder() {
        }

        /**
         * Adds a newsroom's rules folder to the bundled rules: its rule packs join them, and a word list of the same
         * name as a bundled one extends it (see {@link RulesFolder#stack}). Rules are code: load only folders you
         * trust. With {@link #defaultRules(boolean) defaultRules(false)} the folder replaces the bundled rules.
         */
        public Builder rulesDirectory(Path dir) {
            this.rulesDirectory = dir;
            return this;
        }

        /**
         * Whether the bundled rules and word lists load (default true). Off, the rules directory is all there is,
         * and must hold every word list its rules and extraction need, or the build fails naming them.
         */
        public Builder defaultRules(boolean on) {
            this.defaultRules = on;
            return this;
        }

        /**
         * Accepted findings: a check then reports only findings the baseline does not hold for the article's id
         * (see {@link Baseline}; write one with {@link Baseline#entriesOf}).
         */
        public Builder baseline(Baseline accepted) {
            this.baseline = accepted;
            return this;
        }

        public Builder config(RuleConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Compare every article with these reference texts (wire copy, press releases, earlier stories): files or
         * folders of any article format, .jsonl included. Indexed once, when the checker is built.
         */
        public Builder reference(Path... paths) {
            referencePaths.addAll(List.of(paths));
            return this;
        }

        /** Compare every article with an index already built (e.g. read with {@link IndexFile#read}). */
        public Builder reference(CrossIndex index) {
            this.referenceIndex = Objects.requireNonNull(index, "index");
            return this;
        }

        /** Compiles the rules. A rules folder that cannot be read or compiled is a {@link RuleLoadException}. */
        public ClaimChecker build() throws RuleLoadException {
            RulesFolder folder;
            try {
                if (rulesDirectory == null) {
                    if (!defaultRules) {
                        throw new RuleLoadException(List.of("no rules: the bundled rules are off and no rules"
                                + " directory was given"));
                    }
                    folder = RulesFolder.bundled();
                } else {
                    RulesFolder own = RulesFolder.read(rulesDirectory);
                    folder = defaultRules ? RulesFolder.stack(RulesFolder.bundled(), own) : own;
                }
            } catch (InputException e) {
                throw new RuleLoadException(List.of(e.getMessage()));
            }
            // Loading the OpenNLP models (a few hundred ms) overlaps compiling the rules (the bulk of start-up),
            // so the first report of a CLI run comes sooner. The models load once per JVM whichever thread asks.
            RulesFolder rules = folder;
            CompletableFuture<Extractor> extractor = new CompletableFuture<>();
            Thread loader = new Thread(() -> {
                try {
                    extractor.complete(Extractor.create(rules));
                } catch (Throwable t) {
                    extractor.completeExceptionally(t);
                }
            }, "claimcheck-model-loader");
            loader.setDaemon(true);
            loader.start();
            // Every problem at once: the rules' and the extractor's missing word lists alike.
            List<String> problems = new ArrayList<>();
            RulePack pack = null;
            try {
                pack = RuleCompiler.compile(folder);
            } catch (RuleLoadException e) {
                problems.addAll(e.problems());
            }
            Extractor x = null;
            try {
                x = join(extractor);
            } catch (MissingWordListsException e) {
                problems.add(e.getMessage());
            }
            if (!problems.isEmpty()) {
                throw new RuleLoadException(problems);
            }
            ClaimChecker checker = new ClaimChecker(pack, config, x, baseline, RuleCompiler.thresholdNames(folder),
                    referenceIndex);
            if (referencePaths.isEmpty()) {
                return checker;
            }
            CrossIndex.Builder index = referenceIndex == null ? CrossIndex.builder() : new CrossIndex.Builder(referenceIndex);
            problems.addAll(ReferenceCorpus.add(checker, referencePaths, index, 1));
            if (!problems.isEmpty()) {
                throw new RuleLoadException(problems);
            }
            return checker.withReference(index.build());
        }
    }
}
