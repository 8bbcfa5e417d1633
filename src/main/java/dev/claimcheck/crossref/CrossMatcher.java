package dev.claimcheck.crossref;

import dev.claimcheck.engine.facts.CrossFigure;
import dev.claimcheck.engine.facts.CrossPassage;
import dev.claimcheck.engine.facts.CrossShare;
import dev.claimcheck.model.Span;
import dev.claimcheck.report.RelatedPassage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares one article with a {@link CrossIndex}: which of its sentences are found in other articles, joined into
 * passages (runs of consecutive matching sentences), which figures those articles give differently, and what share
 * of the article is found elsewhere. The results are facts for the rules; nothing here decides what to flag.
 *
 * @param similarity the word-bigram Jaccard similarity at which two sentences count as the same sentence
 * @param credits    the wire services a credit may name
 */
public record CrossMatcher(CrossIndex index, double similarity, Credits credits) {
    /** How many articles besides the best match a passage lists. */
    private static final int MAX_ALSO_IN = 5;
    /** Share of the shorter article's sentences two articles must share to tell the same story. */
    private static final double SAME_STORY_SHARE = 0.25;

    private record Hit(int sentence, double similarity) {
    }

    /** A run of consecutive compared sentences {@code [from, to]} (indices into the compared list) matching doc. */
    private record Run(int doc, int from, int to, int words, double similarity) {
    }

    /** The cross-article facts of an article; {@code selfKey} names its own entry in the index, if any. */
    public List<Object> facts(String text, String selfKey) {
        return facts(text, selfKey, null);
    }

    /**
     * As {@link #facts(String, String)}; besides its own entry, an entry with the article's id and the very same
     * text is the same article given twice (as text and as its claims document) and is not compared either.
     */
    public List<Object> facts(String text, String selfKey, String selfId) {
        int self = index.ordinalOf(selfKey);
        java.util.Set<Integer> selves = new java.util.HashSet<>();
        selves.add(self);
        if (selfId != null) {
            for (int d : index.withTextById(selfId)) {
                if (text.equals(index.doc(d).text())) {
                    selves.add(d);
                }
            }
        }
        List<Passages.Sentence> compared = new ArrayList<>();
        List<Map<Integer, Hit>> hits = new ArrayList<>();
        for (Passages.Sentence s : Passages.sentences(text)) {
            if (s.wordCount() < CrossIndex.MIN_WORDS) {
                continue;
            }
            long[] features = MinHasher.features(s.words());
            if (features.length < 3) {
                continue;
            }
            compared.add(s);
            hits.add(match(features, selves));
        }
        List<Object> facts = new ArrayList<>();
        if (compared.isEmpty() || hits.stream().allMatch(Map::isEmpty)) {
            return facts;
        }
        List<Run> runs = runs(compared, hits);
        Run[] primary = primaryRuns(compared.size(), runs);
        Span credit = credits.find(text);
        for (int i = 0; i < compared.size(); ) {
            if (primary[i] == null) {
                i++;
                continue;
            }
            Run run = primary[i];
            int j = i;
            while (j + 1 < compared.size() && primary[j + 1] == run) {
                j++;
            }
            facts.add(passage(text, compared, hits, run.doc(), i, j, credit));
            i = j + 1;
        }
        facts.addAll(figures(text, compared, hits));
        facts.add(share(compared, hits));
        return facts;
    }

    /** For each document: the best-matching indexed sentence, when it reaches the similarity threshold. */
    private Map<Integer, Hit> match(long[] features, java.util.Set<Integer> self) {
        long[] sig = MinHasher.signature(features);
        Map<Integer, Hit> best = new TreeMap<>();
        for (int c : index.candidates(sig)) {
            int doc = index.docOf(c);
            if (self.contains(doc)) {
                continue;
            }
            String other = index.docs.get(doc).text() != null ? index.sentenceText(c) : null;
            double sim = other != null ? MinHasher.jaccard(features, MinHasher.features(Passages.words(other)))
                    : index.estimate(sig, c);
            if (sim >= similarity) {
                Hit old = best.get(doc);
                if (old == null || sim > old.similarity()) {
                    best.put(doc, new Hit(c, sim));
                }
            }
        }
        return best;
    }

    private static List<Run> runs(List<Passages.Sentence> compared, List<Map<Integer, Hit>> hits) {
        List<Run> runs = new ArrayList<>();
        Map<Integer, Integer> openFrom = new HashMap<>();
        for (int i = 0; i <= compared.size(); i++) {
            Map<Integer, Hit> here = i < compared.size() ? hits.get(i) : Map.of();
            for (Integer doc : new ArrayList<>(openFrom.keySet())) {
                if (!here.containsKey(doc)) {
                    int from = openFrom.remove(doc);
                    int words = 0;
                    double sim = 0;
                    for (int k = from; k < i; k++) {
                        words += compared.get(k).wordCount();
                        sim += hits.get(k).get(doc).similarity();
                    }
                    runs.add(new Run(doc, from, i - 1, words, sim / (i - from)));
                }
            }
            for (Integer doc : here.keySet()) {
                openFrom.putIfAbsent(doc, i);
            }
        }
        return runs;
    }

    /** Each compared sentence's best run: the longest covering it, then the most similar, then the first indexed. */
    private static Run[] primaryRuns(int n, List<Run> runs) {
        Comparator<Run> better = Comparator.comparingInt(Run::words).thenComparingDouble(Run::similarity)
                .thenComparing(Comparator.comparingInt(Run::doc).reversed());
        Run[] primary = new Run[n];
        for (Run r : runs) {
            for (int i = r.from(); i <= r.to(); i++) {
                if (primary[i] == null || better.compare(r, primary[i]) > 0) {
                    primary[i] = r;
                }
            }
        }
        return primary;
    }

    private CrossPassage passage(String text, List<Passages.Sentence> compared, List<Map<Integer, Hit>> hits,
                                 int doc, int from, int to, Span credit) {
        int words = 0;
        double sim = 0;
        Map<Integer, Integer> others = new LinkedHashMap<>();
        for (int k = from; k <= to; k++) {
            words += compared.get(k).wordCount();
            sim += hits.get(k).get(doc).similarity();
            for (Integer d : hits.get(k).keySet()) {
                others.merge(d, 1, Integer::sum);
            }
        }
        int sentences = to - from + 1;
        Span span = Span.of(text, compared.get(from).start(), compared.get(to).end());
        List<RelatedPassage> alsoIn = others.entrySet().stream()
                .filter(e -> e.getKey() != doc && e.getValue() * 2 >= sentences)
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(MAX_ALSO_IN)
                .map(e -> related(hits, e.getKey(), from, to)).toList();
        RelatedPassage other = related(hits, doc, from, to);
        Span given = credit != null ? credit : Credits.findOutlet(text, index.docs.get(doc).outlet());
        return new CrossPassage(span, words, sentences, sim / sentences, other, alsoIn, given);
    }

    /** The other document's passage covering what matched in {@code [from, to]}. */
    private RelatedPassage related(List<Map<Integer, Hit>> hits, int doc, int from, int to) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        double sim = 0;
        int n = 0;
        for (int k = from; k <= to; k++) {
            Hit h = hits.get(k).get(doc);
            if (h != null) {
                start = Math.min(start, index.startOf(h.sentence()));
                end = Math.max(end, index.endOf(h.sentence()));
                sim += h.similarity();
                n++;
            }
        }
        IndexedDoc d = index.docs.get(doc);
        String text = d.text() != null ? d.text().substring(start, end) : null;
        return new RelatedPassage(d.key(), d.id(), d.title(), d.url(), d.page(), start, end, text,
                Math.round(sim / n * 100) / 100.0);
    }

    /**
     * Figures told differently, looked for only between articles that tell the same story: they share at least
     * two sentences and a quarter of the shorter one's (not one market-report template on two days). Each sentence of this article holding a figure is set
     * against the most similar sentence with a figure of the other article (word-bigram similarity at least
     * {@code figureSimilarity}: an edited sentence still tells the same thing), and their aligned numbers compared.
     */
    private List<CrossFigure> figures(String text, List<Passages.Sentence> compared, List<Map<Integer, Hit>> hits) {
        Map<Integer, Integer> shared = new TreeMap<>();
        hits.forEach(h -> h.keySet().forEach(d -> shared.merge(d, 1, Integer::sum)));
        List<CrossFigure> out = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            int doc = e.getKey();
            int theirCount = index.firstSentence(doc + 1) - index.firstSentence(doc);
            // The same story: two shared sentences, and a quarter of the shorter article. Two live blogs of different
            // days share template lines ("It takes 2,383 delegates to win") whose figures rightly differ.
            if (e.getValue() < 2 || e.getValue() < SAME_STORY_SHARE * Math.min(compared.size(), theirCount)) {
                continue;
            }
            List<Integer> theirs = new ArrayList<>();
            List<long[]> theirFeatures = new ArrayList<>();
            for (int c = index.firstSentence(doc); c < index.firstSentence(doc + 1); c++) {
                String t = index.sentenceText(c);
                if (t != null && t.chars().anyMatch(Character::isDigit)) {
                    theirs.add(c);
                    theirFeatures.add(MinHasher.features(Passages.words(t)));
                }
            }
            for (Passages.Sentence s : compared) {
                String mine = text.substring(s.start(), s.end());
                if (mine.chars().noneMatch(Character::isDigit)) {
                    continue;
                }
                long[] features = MinHasher.features(s.words());
                int best = -1;
                double bestSim = figureSimilarity();
                for (int k = 0; k < theirs.size(); k++) {
                    double sim = MinHasher.jaccard(features, theirFeatures.get(k));
                    if (sim >= bestSim) {
                        best = k;
                        bestSim = sim;
                    }
                }
                if (best < 0) {
                    continue;
                }
                int c = theirs.get(best);
                String other = index.sentenceText(c);
                if (other.equals(mine)) {
                    continue;
                }
                for (FigureDiff.Difference d : FigureDiff.differences(mine, other)) {
                    IndexedDoc od = index.docs.get(doc);
                    RelatedPassage rp = new RelatedPassage(od.key(), od.id(), od.title(), od.url(), od.page(),
                            index.startOf(c), index.endOf(c), other, Math.round(bestSim * 100) / 100.0);
                    out.add(new CrossFigure(Span.of(text, s.start() + d.start(), s.start() + d.end()),
                            Span.of(text, s.start(), s.end()), d.otherValue(), d.context(), rp));
                }
            }
        }
        return out;
    }

    /** Sentences compared for figures need less in common than copied ones: below the copy threshold, to 0.3. */
    private double figureSimilarity() {
        return Math.min(similarity, 0.3);
    }

    private CrossShare share(List<Passages.Sentence> compared, List<Map<Integer, Hit>> hits) {
        int found = 0;
        Map<Integer, Integer> byDoc = new LinkedHashMap<>();
        Map<Integer, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            if (!hits.get(i).isEmpty()) {
                found++;
            }
            for (Integer d : hits.get(i).keySet()) {
                byDoc.merge(d, 1, Integer::sum);
                firstAt.putIfAbsent(d, i);
            }
        }
        List<RelatedPassage> sources = byDoc.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> related(hits, e.getKey(), firstAt.get(e.getKey()), firstAt.get(e.getKey()))).toList();
        return new CrossShare(compared.size(), found, sources);
    }
}
