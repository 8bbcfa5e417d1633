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

    /** One canonical entity with its declared type (may be null). */
    record Alias(String canonical, String type) {
    }

    Lexicon(RulesFolder rules) {
        reportingVerbs = lowerSet(rules.wordList("lexicon/reporting-verbs.txt"));
        beliefVerbs = lowerSet(rules.wordList("lexicon/belief-verbs.txt"));
        multiwordCues = lower(rules.wordList("lexicon/multiword-cues.txt"));
        outlets = longestFirst(rules.wordList("lexicon/news-outlets.txt"));
        anonymousPhrases = longestFirst(lower(rules.wordList("lexicon/anonymous-sources.txt")));
        officialPatterns = longestFirst(lower(rules.wordList("lexicon/unnamed-officials.txt")));
        vaguePhrases = longestFirst(lower(rules.wordList("lexicon/vague-attributions.txt")));
        hedges = longestFirst(lower(rules.wordList("lexicon/hedges.txt")));
        predictionCues = longestFirst(lower(rules.wordList("lexicon/prediction-cues.txt")));
        opinionCues = longestFirst(lower(rules.wordList("lexicon/opinion-cues.txt")));
        aliases = readAliases(rules.wordList("lexicon/entity-aliases.txt"));
        orgSuffixes = lowerSet(rules.wordList("lexicon/organisation-suffixes.txt"));
        orgWords = new HashSet<>(rules.wordList("lexicon/organisation-words.txt"));
        orgNouns = lowerSet(rules.wordList("lexicon/organisation-nouns.txt"));
        boilerplate = longestFirst(lower(rules.wordList("lexicon/boilerplate-markers.txt")));
        months = intMap(rules.wordList("lexicon/months.txt"));
        weekdays = intMap(rules.wordList("lexicon/weekdays.txt"));
        pronouns = lowerSet(rules.wordList("lexicon/pronouns.txt"));
        clauseOnlyVerbs = lowerSet(rules.wordList("lexicon/clause-only-verbs.txt"));
        commitmentVerbs = lowerSet(rules.wordList("lexicon/commitment-verbs.txt"));
        companyNouns = lowerSet(rules.wordList("lexicon/company-nouns.txt"));
        pastTenseVerbs = lowerSet(rules.wordList("lexicon/past-tense-verbs.txt"));
        negations = lowerSet(rules.wordList("lexicon/negations.txt"));
        questionWords = lowerSet(rules.wordList("lexicon/question-words.txt"));
        rankingPlaceNouns = lowerSet(rules.wordList("lexicon/ranking-place-nouns.txt"));
        rankingTables = lowerSet(rules.wordList("lexicon/ranking-tables.txt"));
        rankingLeadVerbs = lowerSet(rules.wordList("lexicon/ranking-lead-verbs.txt"));
        rankingFinishVerbs = lowerSet(rules.wordList("lexicon/ranking-finish-verbs.txt"));
        rankingRivals = lowerSet(rules.wordList("lexicon/ranking-rivals.txt"));
        crowdNouns = lowerSet(rules.wordList("lexicon/crowd-nouns.txt"));
        crowdQuantifiers = lowerSet(rules.wordList("lexicon/crowd-quantifiers.txt"));
        unnamedOutlets = lowerSet(rules.wordList("lexicon/unnamed-outlets.txt"));
        forecastCues = longestFirst(lower(rules.wordList("lexicon/forecast-cues.txt")));
        evaluativeAdjectives = lowerSet(rules.wordList("lexicon/evaluative-adjectives.txt"));
        personTitles = lowerSet(rules.wordList("lexicon/person-titles.txt"));
        documentWords = lowerSet(rules.wordList("lexicon/document-words.txt"));
        numberWords = doubleMap(rules.wordList("lexicon/number-words.txt"));
        scales = doubleMap(rules.wordList("lexicon/scale-words.txt"));
        currencies = pairs(rules.wordList("lexicon/currencies.txt"));
        currencies.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        ordinals = intMap(rules.wordList("lexicon/ordinals.txt"));
        superlatives = lowerSet(rules.wordList("lexicon/superlatives.txt"));
        relativeDates = new HashMap<>();
        for (Map.Entry<String, String> e : pairs(rules.wordList("lexicon/relative-dates.txt"))) {
            relativeDates.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        functionWords = lowerSet(rules.wordList("lexicon/function-words.txt"));
        fractions = new ArrayList<>();
        for (Map.Entry<String, String> e : pairs(rules.wordList("lexicon/fractions.txt"))) {
            fractions.add(Map.entry(e.getKey().toLowerCase(Locale.ROOT), Double.parseDouble(e.getValue())));
        }
        fractions.sort(Comparator.comparingInt((Map.Entry<String, Double> e) -> e.getKey().length()).reversed());
        bounds = pairs(rules.wordList("lexicon/bounds.txt"));
        bounds.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        abbreviations = new HashSet<>(rules.wordList("lexicon/abbreviations.txt"));
        genericDefinites = lowerSet(rules.wordList("lexicon/generic-definites.txt"));
        auxiliaries = lowerSet(rules.wordList("lexicon/auxiliaries.txt"));
        groupSources = lowerSet(rules.wordList("lexicon/group-sources.txt"));
        hearerVerbs = lowerSet(rules.wordList("lexicon/hearer-verbs.txt"));
        titleAbbreviations = Set.copyOf(rules.wordList("lexicon/abbreviations-before-names.txt"));
        places = Set.copyOf(rules.wordList("lexicon/places.txt"));
        evidenceVerbs = lowerSet(rules.wordList("lexicon/evidence-verbs.txt"));
        colonLabels = lowerSet(rules.wordList("lexicon/colon-labels.txt"));
        units = pairs(rules.wordList("lexicon/units.txt"));
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
