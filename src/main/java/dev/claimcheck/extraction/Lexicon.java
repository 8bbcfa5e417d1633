package dev.claimcheck.extraction;

import dev.claimcheck.input.RulesFolder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists extraction runs on, read once from {@code lexicon/} in a rules folder. Everything language-specific
 * lives in these files so an editor can extend them without recompiling. Immutable after construction.
 */
final class Lexicon {
    final Set<String> reportingVerbs;
    final Set<String> beliefVerbs;
    final List<String> multiwordCues;
    final List<String> outlets;
    final List<String> anonymousPhrases;
    final List<String> officialPatterns;
    final List<String> vaguePhrases;
    final List<String> hedges;
    final List<String> predictionCues;
    final List<String> opinionCues;
    final Map<String, Alias> aliases;
    final Set<String> orgSuffixes;
    final Set<String> orgWords;
    final Set<String> orgNouns;
    final List<String> boilerplate;
    final Map<String, Integer> months;
    final Map<String, Integer> weekdays;
    final Set<String> pronouns;
    final Set<String> personTitles;
    final Set<String> documentWords;
    final Map<String, Double> numberWords;
    final Map<String, Double> scales;
    final List<Map.Entry<String, String>> currencies;
    final Map<String, Integer> ordinals;
    final Set<String> superlatives;
    final Map<String, String> relativeDates;
    final Set<String> functionWords;
    final List<Map.Entry<String, Double>> fractions;
    final List<Map.Entry<String, String>> bounds;
    final Set<String> abbreviations;
    final Set<String> genericDefinites;
    final Set<String> auxiliaries;
    final Set<String> groupSources;
    final Set<String> hearerVerbs;
    final Set<String> titleAbbreviations;
    final Set<String> places;
    final Set<String> evidenceVerbs;
    final Set<String> colonLabels;
    final List<Map.Entry<String, String>> units;
    final Set<String> clauseOnlyVerbs;
    final Set<String> commitmentVerbs;
    final Set<String> companyNouns;
    final Set<String> pastTenseVerbs;
    final Set<String> negations;
    final Set<String> questionWords;
    final Set<String> rankingPlaceNouns;
    final Set<String> rankingTables;
    final Set<String> rankingLeadVerbs;
    final Set<String> rankingFinishVerbs;
    final Set<String> rankingRivals;
    final Set<String> crowdNouns;
    final Set<String> crowdQuantifiers;
    final Set<String> unnamedOutlets;
    final List<String> forecastCues;
    final Set<String> evaluativeAdjectives;

    /**
     * A word list extraction reads. A missing one is recorded rather than read as empty: a rules folder without
     * {@code reporting-verbs} would otherwise load and then find no sources at all.
     */
    private static List<String> list(RulesFolder rules, List<String> missing, String path) {
        if (rules.file(path).isEmpty() && !missing.contains(path)) {
            missing.add(path);
        }
        return rules.wordList(path);
    }

    /** One canonical entity with its declared type (may be null). */
    record Alias(String canonical, String type) {
    }

    Lexicon(RulesFolder rules) {
        List<String> missing = new ArrayList<>();
        reportingVerbs = lowerSet(list(rules, missing, "lexicon/reporting-verbs.txt"));
        beliefVerbs = lowerSet(list(rules, missing, "lexicon/belief-verbs.txt"));
        multiwordCues = lower(list(rules, missing, "lexicon/multiword-cues.txt"));
        outlets = longestFirst(list(rules, missing, "lexicon/news-outlets.txt"));
        anonymousPhrases = longestFirst(lower(list(rules, missing, "lexicon/anonymous-sources.txt")));
        officialPatterns = longestFirst(lower(list(rules, missing, "lexicon/unnamed-officials.txt")));
        vaguePhrases = longestFirst(lower(list(rules, missing, "lexicon/vague-attributions.txt")));
        hedges = longestFirst(lower(list(rules, missing, "lexicon/hedges.txt")));
        predictionCues = longestFirst(lower(list(rules, missing, "lexicon/prediction-cues.txt")));
        opinionCues = longestFirst(lower(list(rules, missing, "lexicon/opinion-cues.txt")));
        aliases = readAliases(list(rules, missing, "lexicon/entity-aliases.txt"));
        orgSuffixes = lowerSet(list(rules, missing, "lexicon/organisation-suffixes.txt"));
        orgWords = new HashSet<>(list(rules, missing, "lexicon/organisation-words.txt"));
        orgNouns = lowerSet(list(rules, missing, "lexicon/organisation-nouns.txt"));
        boilerplate = longestFirst(lower(list(rules, missing, "lexicon/boilerplate-markers.txt")));
        months = intMap(list(rules, missing, "lexicon/months.txt"));
        weekdays = intMap(list(rules, missing, "lexicon/weekdays.txt"));
        pronouns = lowerSet(list(rules, missing, "lexicon/pronouns.txt"));
        clauseOnlyVerbs = lowerSet(list(rules, missing, "lexicon/clause-only-verbs.txt"));
        commitmentVerbs = lowerSet(list(rules, missing, "lexicon/commitment-verbs.txt"));
        companyNouns = lowerSet(list(rules, missing, "lexicon/company-nouns.txt"));
        pastTenseVerbs = lowerSet(list(rules, missing, "lexicon/past-tense-verbs.txt"));
        negations = lowerSet(list(rules, missing, "lexicon/negations.txt"));
        questionWords = lowerSet(list(rules, missing, "lexicon/question-words.txt"));
        rankingPlaceNouns = lowerSet(list(rules, missing, "lexicon/ranking-place-nouns.txt"));
        rankingTables = lowerSet(list(rules, missing, "lexicon/ranking-tables.txt"));
        rankingLeadVerbs = lowerSet(list(rules, missing, "lexicon/ranking-lead-verbs.txt"));
        rankingFinishVerbs = lowerSet(list(rules, missing, "lexicon/ranking-finish-verbs.txt"));
        rankingRivals = lowerSet(list(rules, missing, "lexicon/ranking-rivals.txt"));
        crowdNouns = lowerSet(list(rules, missing, "lexicon/crowd-nouns.txt"));
        crowdQuantifiers = lowerSet(list(rules, missing, "lexicon/crowd-quantifiers.txt"));
        unnamedOutlets = lowerSet(list(rules, missing, "lexicon/unnamed-outlets.txt"));
        forecastCues = longestFirst(lower(list(rules, missing, "lexicon/forecast-cues.txt")));
        evaluativeAdjectives = lowerSet(list(rules, missing, "lexicon/evaluative-adjectives.txt"));
        personTitles = lowerSet(list(rules, missing, "lexicon/person-titles.txt"));
        documentWords = lowerSet(list(rules, missing, "lexicon/document-words.txt"));
        numberWords = doubleMap(list(rules, missing, "lexicon/number-words.txt"));
        scales = doubleMap(list(rules, missing, "lexicon/scale-words.txt"));
        currencies = pairs(list(rules, missing, "lexicon/currencies.txt"));
        currencies.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        ordinals = intMap(list(rules, missing, "lexicon/ordinals.txt"));
        superlatives = lowerSet(list(rules, missing, "lexicon/superlatives.txt"));
        relativeDates = new HashMap<>();
        for (Map.Entry<String, String> e : pairs(list(rules, missing, "lexicon/relative-dates.txt"))) {
            relativeDates.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        functionWords = lowerSet(list(rules, missing, "lexicon/function-words.txt"));
        fractions = new ArrayList<>();
        for (Map.Entry<String, String> e : pairs(list(rules, missing, "lexicon/fractions.txt"))) {
            fractions.add(Map.entry(e.getKey().toLowerCase(Locale.ROOT), Double.parseDouble(e.getValue())));
        }
        fractions.sort(Comparator.comparingInt((Map.Entry<String, Double> e) -> e.getKey().length()).reversed());
        bounds = pairs(list(rules, missing, "lexicon/bounds.txt"));
        bounds.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        abbreviations = new HashSet<>(list(rules, missing, "lexicon/abbreviations.txt"));
        genericDefinites = lowerSet(list(rules, missing, "lexicon/generic-definites.txt"));
        auxiliaries = lowerSet(list(rules, missing, "lexicon/auxiliaries.txt"));
        groupSources = lowerSet(list(rules, missing, "lexicon/group-sources.txt"));
        hearerVerbs = lowerSet(list(rules, missing, "lexicon/hearer-verbs.txt"));
        titleAbbreviations = Set.copyOf(list(rules, missing, "lexicon/abbreviations-before-names.txt"));
        places = Set.copyOf(list(rules, missing, "lexicon/places.txt"));
        evidenceVerbs = lowerSet(list(rules, missing, "lexicon/evidence-verbs.txt"));
        colonLabels = lowerSet(list(rules, missing, "lexicon/colon-labels.txt"));
        units = pairs(list(rules, missing, "lexicon/units.txt"));
        if (!missing.isEmpty()) {
            throw new MissingWordListsException(rules.origin(), missing);
        }
    }

    boolean isFunctionWord(String word) {
        return functionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The canonical entity for a spelling: exact first, then case-insensitive. */
    Alias alias(String spelling) {
        Alias a = aliases.get(spelling);
        return a != null ? a : aliases.get("\u0000" + spelling.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Alias> readAliases(List<String> lines) {
        Map<String, Alias> map = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\\s*=\\s*");
            String head = parts[0].strip();
            String type = null;
            int br = head.indexOf('[');
            if (br > 0 && head.endsWith("]")) {
                type = head.substring(br + 1, head.length() - 1).strip();
                head = head.substring(0, br).strip();
            }
            Alias alias = new Alias(head, type);
            for (int i = 0; i < parts.length; i++) {
                String spelling = i == 0 ? head : parts[i].strip();
                map.putIfAbsent(spelling, alias);
                map.putIfAbsent("\u0000" + spelling.toLowerCase(Locale.ROOT), alias);
            }
        }
        return Map.copyOf(map);
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static Set<String> lowerSet(List<String> words) {
        return Set.copyOf(lower(words));
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> copy = new ArrayList<>(new java.util.LinkedHashSet<>(words));
        copy.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(copy);
    }

    private static List<Map.Entry<String, String>> pairs(List<String> lines) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String line : lines) {
            int eq = line.lastIndexOf(" = ");
            if (eq > 0) {
                out.add(Map.entry(line.substring(0, eq).strip(), line.substring(eq + 3).strip()));
            }
        }
        return out;
    }

    private static Map<String, Integer> intMap(List<String> lines) {
        Map<String, Integer> map = new HashMap<>();
        for (Map.Entry<String, String> e : pairs(lines)) {
            map.put(e.getKey(), Integer.parseInt(e.getValue()));
        }
        return Map.copyOf(map);
    }

    private static Map<String, Double> doubleMap(List<String> lines) {
        Map<String, Double> map = new HashMap<>();
        for (Map.Entry<String, String> e : pairs(lines)) {
            map.put(e.getKey().toLowerCase(Locale.ROOT), Double.parseDouble(e.getValue()));
        }
        return Map.copyOf(map);
    }
}
