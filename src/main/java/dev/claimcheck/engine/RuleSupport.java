package dev.claimcheck.engine;

import dev.claimcheck.model.Span;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.RuleInfo;
import org.kie.api.runtime.rule.RuleContext;

import dev.claimcheck.model.EntityMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule's consequence can call, exposed to DRL as the global {@code cc}: report a finding, read a threshold,
 * look words up in the rules folder's word lists. One instance per check (it collects that check's findings); the
 * config, lexicon and rule metadata it reads are shared and immutable.
 *
 * <p>The finding's rule id, category and severity come from the firing rule's own metadata, so a rule cannot
 * report under another rule's name and a config severity override applies everywhere.
 */
public final class RuleSupport {
    private static final Pattern NEXT_WORD = Pattern.compile("[\\s,]*([\\p{L}']+)");
    private final RuleConfig config;
    private final Lexicon lexicon;
    private final Map<String, RuleInfo> rulesByName;
    private final String articleText;
    private final List<Finding> findings = new ArrayList<>();

    RuleSupport(RuleConfig config, Lexicon lexicon, Map<String, RuleInfo> rulesByName, String articleText) {
        this.config = config;
        this.lexicon = lexicon;
        this.rulesByName = rulesByName;
        this.articleText = articleText;
    }

    /**
     * Reports a finding with evidence spans (null spans are dropped) about the given claims. A null suggestion
     * means the rule's own {@code @fix}.
     */
    public void flag(RuleContext ctx, String message, String suggestion, List<Span> evidence, List<String> claimIds) {
        RuleInfo rule = rulesByName.get(ctx.getRule().getName());
        if (rule == null) {
            throw new IllegalStateException("rule '" + ctx.getRule().getName() + "' has no metadata");
        }
        List<Span> spans = evidence == null ? List.of() : evidence.stream().filter(Objects::nonNull).distinct().toList();
        List<String> ids = claimIds == null ? List.of() : claimIds.stream().filter(Objects::nonNull).distinct().toList();
        findings.add(new Finding(rule.id(), rule.category(), config.severityOf(rule.id(), rule.severity()),
                message, suggestion != null ? suggestion : rule.fix(), spans, ids));
    }

    /** Reports a finding with one evidence span about one claim (either may be null). */
    public void flag(RuleContext ctx, String message, String suggestion, Span evidence, String claimId) {
        flag(ctx, message, suggestion, evidence == null ? List.of() : List.of(evidence),
                claimId == null ? List.of() : List.of(claimId));
    }

    /** Reports a finding with several evidence spans and no particular claim. */
    public void flag(RuleContext ctx, String message, String suggestion, Span... evidence) {
        flag(ctx, message, suggestion, Arrays.asList(evidence), List.of());
    }

    /** A threshold from the config file, or the rule's default. */
    public double threshold(String name, double defaultValue) {
        return config.threshold(name, defaultValue);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Shorthand for {@link Lexicon#find}: entries of {@code list} in a text that starts at {@code offset}. */
    public List<Span> find(String list, String text, int offset) {
        return lexicon.find(list, text, offset, false);
    }

    /** Like {@link #find} but ignoring words inside quotation marks (the speaker's words, not the reporter's). */
    public List<Span> findOutsideQuotes(String list, String text, int offset) {
        return lexicon.find(list, text, offset, true);
    }

    public boolean inList(String list, String word) {
        return lexicon.contains(list, word);
    }

    /** True when the word right after {@code span} in the article is an entry of {@code list}. */
    public boolean followedByWordIn(Span span, String list) {
        Matcher m = NEXT_WORD.matcher(articleText);
        m.region(Math.min(span.end(), articleText.length()), articleText.length());
        return m.lookingAt() && lexicon.contains(list, m.group(1));
    }

    /**
     * The first mention of each spelling of one entity, keeping only spellings that are not short forms of another
     * (all of one's words among the other's): "Huawei" beside "Huawei Technologies" is normal usage, but
     * "Huawei technology" beside "Huawei technologies", or "USA" beside "U.S.", is inconsistent. Capital-city
     * metonyms ({@code lexicon/metonyms.txt}, e.g. "Washington" for the US government) are a figure of speech,
     * not a variant spelling.
     */
    public List<Span> spellingVariants(List<EntityMention> mentions) {
        Map<String, Span> firstBySpelling = new LinkedHashMap<>();
        mentions.stream().sorted(Comparator.comparingInt(m -> m.span().start()))
                .filter(m -> !lexicon.contains("metonyms", m.spelling()))
                .forEach(m -> firstBySpelling.putIfAbsent(m.spelling(), m.span()));
        List<String> spellings = new ArrayList<>(firstBySpelling.keySet());
        List<Span> variants = new ArrayList<>();
        for (String s : spellings) {
            boolean shortForm = spellings.stream().anyMatch(o -> !o.equals(s) && words(o).containsAll(words(s)));
            boolean hasVariant = spellings.stream().anyMatch(o -> !o.equals(s)
                    && !words(o).containsAll(words(s)) && !words(s).containsAll(words(o)));
            if (!shortForm && hasVariant) {
                variants.add(firstBySpelling.get(s));
            }
        }
        return variants.size() > 1 ? variants : List.of();
    }

    private static Set<String> words(String s) {
        return new java.util.HashSet<>(Arrays.asList(s.split("[\\s\\-]+")));
    }

    /** The spans' texts, quoted and comma-separated, for messages. */
    public String texts(List<Span> spans) {
        return spans.stream().map(s -> "\"" + s.text() + "\"").collect(Collectors.joining(", "));
    }

    List<Finding> findings() {
        return findings;
    }
}
