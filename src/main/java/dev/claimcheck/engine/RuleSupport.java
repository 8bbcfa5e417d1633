package dev.claimcheck.engine;

import dev.claimcheck.model.Span;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.RuleInfo;
import org.kie.api.runtime.rule.RuleContext;

import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.EntityMention;
import dev.claimcheck.model.Sentence;
import dev.claimcheck.model.Quantity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
    private static final Pattern APPOSITIVE = Pattern.compile(
            "\\s*,\\s*(?:a|an|the|which|who|whose|one of|its|their|his|her|director|head|chief|founder|owner)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern SPELLING_SEPARATORS = Pattern.compile("[\\s\\-]+");
    private final RuleConfig config;
    private final Lexicon lexicon;
    private final Map<String, RuleInfo> rulesByName;
    private final ClaimsDocument doc;
    private final String articleText;
    private final List<Finding> findings = new ArrayList<>();
    // Per-check memos. Rules call these helpers from join constraints, so one check asks the same question once
    // per pair of facts (e.g. isDifferentName for every two attributions); the answers depend only on the text.
    private final Map<String, Set<String>> nameWordsMemo = new HashMap<>();
    private final Map<String, Set<String>> contentWordsMemo = new HashMap<>();
    private final Map<FindKey, List<Span>> findMemo = new HashMap<>();
    private final Map<String, String> initialsMemo = new HashMap<>();
    private Map<String, Sentence> sentencesById;
    private Set<Integer> sentenceStarts;
    private java.util.TreeMap<Integer, Sentence> sentencesByStart;
    private Integer marketSentences;

    private record FindKey(String list, String text, int offset, boolean outsideQuotes) {
    }

    RuleSupport(RuleConfig config, Lexicon lexicon, Map<String, RuleInfo> rulesByName, ClaimsDocument doc) {
        this.config = config;
        this.lexicon = lexicon;
        this.rulesByName = rulesByName;
        this.doc = doc;
        this.articleText = doc.article().text();
    }

    /** The text of a sentence by id ("" when there is no such sentence). */
    public String sentenceText(String sentenceId) {
        Sentence s = sentence(sentenceId);
        return s == null ? "" : s.text();
    }

    /** A sentence by id, or null. */
    private Sentence sentence(String sentenceId) {
        indexSentences();
        return sentencesById.get(sentenceId);
    }

    /** Built on first use: a scan per call would make the pairwise rules quadratic twice over. */
    private void indexSentences() {
        if (sentencesById == null) {
            sentencesById = new HashMap<>();
            sentenceStarts = new java.util.HashSet<>();
            sentencesByStart = new java.util.TreeMap<>();
            for (Sentence s : doc.sentences()) {
                sentencesById.putIfAbsent(s.id(), s);
                sentenceStarts.add(s.start());
                sentencesByStart.putIfAbsent(s.start(), s);
            }
        }
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
        double confidence = rule.confidence();
        if (config.reports(confidence)) {
            findings.add(new Finding(rule.id(), rule.category(), config.severityOf(rule.id(), rule.severity()),
                    message, suggestion != null ? suggestion : rule.fix(), spans, ids, confidence));
        }
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
        return memoFind(list, text, offset, false);
    }

    /** Like {@link #find} but ignoring words inside quotation marks (the speaker's words, not the reporter's). */
    public List<Span> findOutsideQuotes(String list, String text, int offset) {
        return memoFind(list, text, offset, true);
    }

    /** The lexicon search, once per question per check; the list is read-only as callers share it. */
    private List<Span> memoFind(String list, String text, int offset, boolean outsideQuotes) {
        if (text == null) {
            return lexicon.find(list, null, offset, outsideQuotes);
        }
        return findMemo.computeIfAbsent(new FindKey(list, text, offset, outsideQuotes),
                k -> Collections.unmodifiableList(lexicon.find(list, text, offset, outsideQuotes)));
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
     * The first mention of each spelling of one entity that is inconsistent with another spelling of it, or an
     * empty list. Inconsistent: the same words with one written in another form ("Huawei technology" and "Huawei
     * technologies", "Caesar's Palace" and "Caesars Palace"), or a formal state name beside its common one ("Russian Federation" and "Russia", per
     * {@code lexicon/formal-names.txt}). Consistent, and left alone: a short form of the full name ("Huawei",
     * "the Fed", "Mr. Sullivan"), abbreviations beside each other or the full name ("US", "U.S.", "United States":
     * house style, editors judge), a capital-city
     * metonym ({@code lexicon/metonyms.txt}), a group word ("Republicans") and names with different given names.
     */
    public List<Span> spellingVariants(List<EntityMention> mentions) {
        Map<String, Span> firstBySpelling = new LinkedHashMap<>();
        mentions.stream().sorted(Comparator.comparingInt(m -> m.span().start()))
                .filter(m -> !lexicon.contains("metonyms", m.spelling()))
                .filter(m -> !isGroupWord(m.spelling()))
                .forEach(m -> firstBySpelling.putIfAbsent(m.spelling(), m.span()));
        List<String> spellings = new ArrayList<>(firstBySpelling.keySet());
        java.util.Set<String> inconsistent = new java.util.LinkedHashSet<>();
        for (int i = 0; i < spellings.size(); i++) {
            for (int j = i + 1; j < spellings.size(); j++) {
                String a = spellings.get(i);
                String b = spellings.get(j);
                if (oneWordInAnotherForm(a, b) || formalAndCommonName(a, b)) {
                    inconsistent.add(a);
                    inconsistent.add(b);
                }
            }
        }
        return inconsistent.size() > 1 ? inconsistent.stream().map(firstBySpelling::get).toList() : List.of();
    }

    /** Same number of words, all equal but one pair that shares its first four letters ("technology", "technologies"). */
    private static boolean oneWordInAnotherForm(String a, String b) {
        String[] wa = SPELLING_SEPARATORS.split(a.strip());
        String[] wb = SPELLING_SEPARATORS.split(b.strip());
        if (wa.length != wb.length || wa.length < 2) {
            return false;
        }
        int differ = -1;
        for (int k = 0; k < wa.length; k++) {
            if (!wa[k].equalsIgnoreCase(wb[k])) {
                if (differ >= 0) {
                    return false;
                }
                differ = k;
            }
        }
        if (differ < 0) {
            return false;
        }
        String x = wa[differ].toLowerCase(java.util.Locale.ROOT);
        String y = wb[differ].toLowerCase(java.util.Locale.ROOT);
        return x.length() >= 4 && y.length() >= 4 && x.regionMatches(0, y, 0, 4);
    }

    /** A formal state name and its common name ("Russian Federation", "Russia"). */
    private boolean formalAndCommonName(String a, String b) {
        return lexicon.group("formal-names", a.toLowerCase(java.util.Locale.ROOT)).contains(b.toLowerCase(java.util.Locale.ROOT))
                && !a.equalsIgnoreCase(b);
    }


    /** Pairs of passages (earlier, later) that say nearly the same thing; see {@link TextSimilarity}. */
    public List<Span[]> nearDuplicates(List<Span> spans, double threshold, int minContentWords) {
        return TextSimilarity.nearDuplicates(spans, threshold, this::contentWords, minContentWords);
    }

    /** Content-word Jaccard similarity of two texts, 0 to 1. */
    public double similarity(String a, String b) {
        return TextSimilarity.jaccard(contentWords(a), contentWords(b));
    }

    /** Content words of a passage, computed once per check (both near-duplicate rules ask about the same sentences). */
    private Set<String> contentWords(String text) {
        return contentWordsMemo.computeIfAbsent(text, t -> TextSimilarity.contentWords(t, lexicon));
    }

    /**
     * True when two source names plausibly name one party: one name's words are all among the other's
     * ("Smith" / "Jane Smith"), or one is the initials of the other ("AP" / "Associated Press").
     */
    public boolean sameParty(String a, String b) {
        if (a == null || b == null || a.equalsIgnoreCase(b)) {
            return a != null && b != null;
        }
        java.util.Set<String> wa = nameWords(a);
        java.util.Set<String> wb = nameWords(b);
        if (!wa.isEmpty() && !wb.isEmpty() && (wa.containsAll(wb) || wb.containsAll(wa))) {
            return true;
        }
        return initialsMemo.computeIfAbsent(a, RuleSupport::initials).equalsIgnoreCase(b.replace(".", ""))
                || initialsMemo.computeIfAbsent(b, RuleSupport::initials).equalsIgnoreCase(a.replace(".", ""));
    }

    /** The lower-cased words of a name without stopwords; memoised, and read-only as callers share it. */
    private java.util.Set<String> nameWords(String name) {
        return nameWordsMemo.computeIfAbsent(name, n -> {
            java.util.Set<String> words = new java.util.HashSet<>();
            for (String w : NAME_SEPARATORS.split(n.toLowerCase(java.util.Locale.ROOT))) {
                if (!w.isEmpty() && !lexicon.contains("stopwords", w)) {
                    words.add(w);
                }
            }
            return Collections.unmodifiableSet(words);
        });
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : SPACES.split(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.length() > 1 ? sb.toString() : "";
    }

    /** True when two statements of a figure cannot be the same amount within the relative {@code tolerance}. */
    public boolean figuresConflict(Quantity a, Quantity b, double tolerance) {
        return Figures.conflict(a, b, tolerance);
    }

    /** Percentage change from one value to another, or NaN from zero. */
    public double impliedChange(double from, double to) {
        return Figures.impliedChange(from, to);
    }

    /** The weekday (MONDAY...) of an ISO date yyyy-MM-dd, or null when it is not a full date. */
    public String weekdayOf(String isoDate) {
        try {
            return isoDate == null ? null : LocalDate.parse(isoDate).getDayOfWeek().name();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True when ISO date {@code a} (yyyy-MM-dd) is after {@code b}; false when either is not a full date. */
    public boolean isAfter(String a, String b) {
        try {
            return a != null && b != null && LocalDate.parse(a).isAfter(LocalDate.parse(b));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The article text in {@code [start, end)}, clamped to the text. */
    public String textAt(int start, int end) {
        int s = Math.max(0, Math.min(start, articleText.length()));
        int e = Math.max(s, Math.min(end, articleText.length()));
        return articleText.substring(s, e);
    }

    /** Entries of {@code list} within {@code [start, end)} of the article text, outside quotation marks. */
    public List<Span> findInArticle(String list, int start, int end) {
        return lexicon.find(list, textAt(start, end), Math.max(0, start), true);
    }

    /**
     * True when {@code target} lies in what attribution {@code a} reports, judged by position: after the cue
     * ("X said the lender is the third largest", "According to X, ...") or before a source named after it
     * ("The lender, the third largest, will hire staff, X said"). A phrase in the main clause of a sentence whose
     * attribution comes later as a participle ("The US urged allies to block Huawei - the largest maker -,
     * saying ...") is the writer's own.
     */
    public boolean reports(dev.claimcheck.model.Attribution a, Span target) {
        if (a == null || a.vague() || a.cue() == null) {
            return false;
        }
        return a.cue().end() <= target.start() || (a.source() != null && a.source().start() >= target.end());
    }

    /** True when the word right before {@code span} (articles passed over) is an entry of {@code list}. */
    public boolean precededByWordIn(Span span, String list) {
        String w = previousWord(span, 0);
        return w != null && lexicon.contains(list, w);
    }

    /** True when the article text in {@code [s1, e1)} equals that in {@code [s2, e2)}. */
    public boolean sameText(int s1, int e1, int s2, int e2) {
        return e1 - s1 == e2 - s2 && textAt(s1, e1).equals(textAt(s2, e2));
    }

    /**
     * True when two spellings of a name are different names rather than one name and its short form: "AP" and
     * "the Associated Press" are, "Karin Lund" and "Lund", or "the Environment Agency" and "the agency", are not.
     * Case and a leading article are ignored.
     */
    public boolean isDifferentName(String a, String b) {
        java.util.Set<String> wa = nameWords(a);
        java.util.Set<String> wb = nameWords(b);
        return !wa.isEmpty() && !wb.isEmpty() && !wa.containsAll(wb) && !wb.containsAll(wa);
    }

    /** True when two quantity units are the same (both null counts as the same bare number). */
    public boolean sameUnit(String a, String b) {
        return java.util.Objects.equals(a, b);
    }

    /**
     * True when a name is described where it stands: an appositive right after it ("Vokord, a Russian firm",
     * "Maria Ferreira, director of ..."), a descriptor noun right before it ("the Russian firm Vokord", "the town
     * of Sarno") or right after it ("a Liberal spokesman"), per {@code lexicon/descriptor-nouns.txt}.
     */
    public boolean isDescribed(Span name) {
        String after = textAt(name.end(), name.end() + 60);
        Matcher m = APPOSITIVE.matcher(after);
        if (m.lookingAt()) {
            // ", the mayor said" is an attribution, not a description of the name before it.
            String[] next = NON_LETTERS.split(after.substring(m.end()).strip());
            boolean attribution = false;
            for (int i = 0; i < Math.min(4, next.length); i++) {
                attribution |= lexicon.contains("reporting-verbs", next[i]);
            }
            if (!attribution) {
                return true;
            }
        }
        // "a Liberal spokesman", "a Glasgow engineering firm": the name modifies a descriptor noun.
        if (!after.startsWith(",")) {
            String[] next = after.strip().split("[^\\p{L}'-]+");
            for (int i = 0; i < Math.min(2, next.length); i++) {
                if (lexicon.contains("descriptor-nouns", next[i])) {
                    return true;
                }
            }
        }
        String before = previousWord(name, 0);
        if ("of".equalsIgnoreCase(before)) {
            before = previousWord(name, 1);
        }
        return before != null && lexicon.contains("descriptor-nouns", before);
    }

    /** The {@code skip}+1-th word before a span, passing over articles ("at the University" gives "at"). */
    private String previousWord(Span span, int skip) {
        String[] words = textAt(span.start() - 80, span.start()).split("[^\\p{L}\\p{N}'-]+");
        int seen = 0;
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (w.isEmpty() || w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an")) {
                continue;
            }
            if (seen++ == skip) {
                return w;
            }
        }
        return null;
    }

    /**
     * True when a one-word name has an ending from {@code lexicon/group-word-endings.txt} ("Democrats",
     * "Chinese"): a group or an adjective, not an organisation or person.
     */
    public boolean isGroupWord(String name) {
        // One word only: in a longer name ("Huawei technologies") such endings say nothing.
        String w = name.strip();
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return !w.contains(" ") && w.length() >= 4
                && lexicon.entries("group-word-endings").stream().anyMatch(lower::endsWith);
    }

    /**
     * True when the span is quoted speech: inside double quotation marks within its sentence, opening with a
     * quotation mark, or in a sentence of a quotation that runs over several sentences (its marks unbalanced).
     */
    public boolean isQuoted(Span span) {
        String own = span.text().strip();
        if (!own.isEmpty() && isQuoteMark(own.charAt(0))) {
            return true;
        }
        indexSentences();
        // Sentences do not overlap: the one starting last at or before the span is the only one that can hold it.
        var entry = sentencesByStart.floorEntry(span.start());
        if (entry == null || span.start() >= entry.getValue().end()) {
            return false;
        }
        Sentence s = entry.getValue();
        return Lexicon.insideQuotes(s.text(), span.start() - s.start())
                || Lexicon.insideQuotes(s.text(), s.text().length());
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    /** True when a text has a letter ("___." and "* * *" have none). */
    public boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** True for a time stamp heading a live-update entry ("2 p.m.", "10:45 a.m. EST"). */
    public boolean isTimeStamp(String text) {
        return TIME_STAMP.matcher(text.strip()).matches();
    }

    private static final Pattern TIME_STAMP =
            Pattern.compile("(?i)\\d{1,2}(:\\d{2})?\\s*[ap]\\.?\\s?m\\.?( [A-Z]{2,4})?");

    /**
     * True when {@code head}, a word grouped with it in {@code list} ("study = paper = report"), or a word of its
     * family ("decided" for "the decision", "reported" for "the report": the same first letters, all but the last
     * four of a long word, at least four) occurs in the article before {@code offset}.
     */
    public boolean mentionedBefore(String head, String list, int offset) {
        String before = textAt(0, offset).toLowerCase(java.util.Locale.ROOT);
        String h = head.toLowerCase(java.util.Locale.ROOT);
        java.util.Set<String> words = new java.util.HashSet<>(lexicon.group(list, h));
        if (h.endsWith("s") && h.length() > 3) {
            words.addAll(lexicon.group(list, h.substring(0, h.length() - 1)));  // "the plans" after "a plan"
        }
        for (String word : words) {
            if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(before).find()) {
                return true;
            }
        }
        if (h.length() < 4) {
            return false;
        }
        String stem = h.substring(0, Math.max(4, h.length() - 4));
        return Pattern.compile("\\b" + Pattern.quote(stem) + "\\p{L}*").matcher(before).find();
    }

    /**
     * True when a word of a definite reference other than its head, a word of four or more letters, occurs in
     * the article before it: "the maximum grant award" after a story about a grant programme.
     */
    public boolean modifierMentionedBefore(Span reference, String head) {
        String before = textAt(0, reference.start()).toLowerCase(java.util.Locale.ROOT);
        for (String w : reference.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !w.equals(head.toLowerCase(java.util.Locale.ROOT)) && !lexicon.contains("stopwords", w)
                    && Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an attribution cites a document: a study, poll, survey or report named as the source or in the
     * words before the cue ("A survey by the institute found ...", per {@code lexicon/document-words.txt}).
     */
    public boolean citesDocument(dev.claimcheck.model.Attribution a) {
        if (a == null || a.vague() || a.cue() == null) {
            return false;
        }
        if (a.source() != null && hasWordIn(a.source().text(), "document-words")) {
            return true;
        }
        Sentence s = sentence(a.sentenceId());
        return s != null && hasWordIn(textAt(s.start(), a.cue().start()), "document-words");
    }

    /** The sum of the values of some quantities. */
    public double sum(List<?> quantities) {
        return quantities.stream().mapToDouble(q -> ((Quantity) q).value()).sum();
    }

    /** True for a personal or relative pronoun standing as a source ("she", "who"). */
    public boolean isPronoun(String text) {
        return lexicon.contains("pronouns", text) || lexicon.contains("relative-pronouns", text);
    }

    /** Words in a text (letters or digits). */
    public int wordCount(String text) {
        int n = 0;
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** True when the span is followed by the end of a clause (punctuation or the end of the text). */
    public boolean followedByClauseEnd(Span span) {
        String after = textAt(span.end(), span.end() + 2);
        return after.isEmpty() || ".,;:!?".indexOf(after.charAt(0)) >= 0;
    }

    /** True when the span opens its sentence (its capital letter then says nothing about it being a name). */
    public boolean startsSentence(Span span) {
        indexSentences();
        return sentenceStarts.contains(span.start());
    }

    /**
     * True when the words right before a superlative hedge it or make it one of several ("among the best-known",
     * "perhaps the greatest", "one of the largest"), per {@code lexicon/ranking-hedges.txt}.
     */
    public boolean hedgedRanking(Span ranking) {
        String before = previousWord(ranking, 0);
        if ("of".equalsIgnoreCase(before)) {
            before = previousWord(ranking, 1);
        }
        return before != null && lexicon.contains("ranking-hedges", before);
    }

    /**
     * True when a number is part of a name or label: written in digits right after a capitalised word that is no
     * function word ("Engine 73", "Ward 6", "Model 3", "Route 66"; not "About 1,400").
     */
    public boolean isNumberedName(Span number) {
        String t = number.text();
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return false;
        }
        String before = textAt(number.start() - 40, number.start());
        Matcher m = WORD_BEFORE_NUMBER.matcher(before);
        if (!m.find() || !Character.isUpperCase(m.group(1).charAt(0))) {
            return false;
        }
        // At the start of a sentence every word is capitalised: "Engine 73" is still a label, "About 1,400" is not.
        boolean opens = startsSentence(new Span(number.start() - m.group(0).length(), number.start(), m.group(1)));
        return !opens || !(lexicon.contains("function-words", m.group(1)) || lexicon.contains("bounds", m.group(1)));
    }

    private static final Pattern WORD_BEFORE_NUMBER = Pattern.compile("(\\p{L}[\\p{L}'-]*) $");

    /**
     * True when a ranking category names a business by its head noun ("smartphone maker", "maker of telecoms
     * equipment", "mortgage lenders"), per {@code lexicon/business-nouns.txt}: the last word, or the word before "of".
     */
    public boolean namesBusiness(String category) {
        String c = category.toLowerCase(java.util.Locale.ROOT).strip();
        int of = c.indexOf(" of ");
        String head = of > 0 ? c.substring(0, of) : c;
        String[] words = head.split("\\s+");
        return words.length > 0 && lexicon.contains("business-nouns", words[words.length - 1]);
    }

    /**
     * True when a clause is in the present perfect: "has" or "have" (a few adverbs allowed between) before a past
     * participle, a word in -ed or one of {@code lexicon/irregular-participles.txt} ("have already cut",
     * "has been widely rejected", "has done nothing").
     */
    public boolean presentPerfect(String text) {
        Matcher m = PERFECT.matcher(text);
        while (m.find()) {
            String participle = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (participle.endsWith("ed") || lexicon.contains("irregular-participles", participle)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PERFECT = Pattern.compile(
            "(?i)\\b(?:has|have|'ve)\\s+(?:(?:already|long|also|now|since|just|repeatedly|recently|never|not|widely|all)\\s+){0,2}(\\p{L}+)\\b");

    /** True for a capitalised word with lower-case letters after it ("Vokord"; not "YMCA", "iPhone" or "e-mail"). */
    public boolean isTitleCase(String word) {
        return TITLE_CASE.matcher(word.strip()).matches();
    }

    private static final Pattern TITLE_CASE = Pattern.compile("\\p{Lu}\\p{Ll}+");

    /** True when {@code word} is one of the words of a longer {@code text} ("Malloy" of "Tim Malloy"), ignoring case. */
    public boolean hasWord(String text, String word) {
        for (String w : text.split("[^\\p{L}\\p{N}'-]+")) {
            if (w.equalsIgnoreCase(word)) {
                return !text.strip().equalsIgnoreCase(word.strip());
            }
        }
        return false;
    }

    // The three claim tests below are single calls on purpose: a Drools constraint written as "a || b" with method
    // calls can fail intermittently while its background compiler replaces the interpreted form (DROOLS-6498).

    /** A forecast: a prediction, or a ranking sentence that also forecasts ("It will hurt X, the second largest ..."). */
    public boolean isForecast(dev.claimcheck.model.Claim c) {
        return dev.claimcheck.model.Claim.Kinds.PREDICTION.equals(c.kind())
                || (dev.claimcheck.model.Claim.Kinds.RANKING.equals(c.kind())
                    && !findOutsideQuotes("prediction-cues", c.text(), c.start()).isEmpty());
    }

    /** Self-promotion: a ranking, or a figure with a superlative ("record", "highest"). */
    public boolean isSelfPromotion(dev.claimcheck.model.Claim c) {
        return dev.claimcheck.model.Claim.Kinds.RANKING.equals(c.kind())
                || (dev.claimcheck.model.Claim.Kinds.STATISTIC.equals(c.kind())
                    && !find("self-promotion-words", c.text(), c.start()).isEmpty());
    }

    /** The same source, or two sources that speak for one party ({@link #sameParty}). */
    public boolean sameSourceOrParty(dev.claimcheck.model.Source a, dev.claimcheck.model.Source b) {
        return a.id().equals(b.id()) || sameParty(a.name(), b.name());
    }

    /**
     * True when a clause forecasts an effect: a modal ("will", "could", "may", "might", "is set to") right before
     * a verb of {@code lexicon/effect-verbs.txt}, a word such as "also" or "further" allowed between ("will hurt
     * Huawei", "could further delay the project").
     */
    public boolean forecastsEffect(String text) {
        Matcher m = MODAL_VERB.matcher(text);
        while (m.find()) {
            if (lexicon.contains("effect-verbs", m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern MODAL_VERB = Pattern.compile(
            "(?i)\\b(?:will|'ll|could|may|might|is set to|are set to|is likely to|are likely to)\\s+(?:(?:also|further|only|badly|seriously|greatly|likely)\\s+)?(\\p{L}+)\\b");

    /**
     * True when the article is a market report: at least {@code min} of its body sentences speak of prices,
     * indexes or shares ({@code lexicon/market-words.txt}). Its figures are market data, prices of record.
     */
    public boolean isMarketReport(int min) {
        // Asked once per claim; the count is the article's, so it is made once per check.
        if (marketSentences == null) {
            int n = 0;
            for (Sentence s : doc.sentences()) {
                if (s.isBody() && !find("market-words", s.text(), s.start()).isEmpty()) {
                    n++;
                }
            }
            marketSentences = n;
        }
        return marketSentences >= min;
    }

    /** An estimate: approximate ("about", "nearly"), bounded ("more than", "up to") or a share ("half of"). */
    public boolean isEstimate(Quantity q) {
        return q.approximate() || q.bound() != null || "fraction".equals(q.unit());
    }

    /**
     * True when every span names officials generically: "officials", "the authorities", "fire officials", "city
     * officials" (an office's staff, with no rank, number or government named), per {@code
     * lexicon/generic-officials.txt}.
     */
    public boolean allGenericOfficials(List<?> sources) {
        for (Object o : sources) {
            String t = ((Span) o).text().toLowerCase(java.util.Locale.ROOT).strip();
            if (t.startsWith("the ")) {
                t = t.substring(4);
            }
            if (!lexicon.contains("generic-officials", t)) {
                return false;
            }
        }
        return !sources.isEmpty();
    }

    /**
     * True when a source names a class of commentators ("analysts", "many analysts", "homeland security experts")
     * rather than people granted anonymity: its last word is in {@code lexicon/commentator-classes.txt}.
     */
    public boolean isGenericClass(String source) {
        String[] words = source.toLowerCase(java.util.Locale.ROOT).strip().split("[^\\p{L}'-]+");
        return words.length > 0 && lexicon.contains("commentator-classes", words[words.length - 1]);
    }

    /** True when any word of {@code text} is an entry of {@code list}. */
    public boolean hasWordIn(String text, String list) {
        for (String w : text.split("[^\\p{L}\\p{N}'-]+")) {
            if (!w.isEmpty() && lexicon.contains(list, w)) {
                return true;
            }
        }
        return false;
    }

    /** The spans' texts, quoted and comma-separated, for messages. */
    public String texts(List<Span> spans) {
        return spans.stream().map(s -> "\"" + s.text() + "\"").collect(Collectors.joining(", "));
    }

    List<Finding> findings() {
        return findings;
    }
}
