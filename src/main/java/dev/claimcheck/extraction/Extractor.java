package dev.claimcheck.extraction;

import dev.claimcheck.input.RulesFolder;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.DateMention;
import dev.claimcheck.model.DefiniteReference;
import dev.claimcheck.model.EntityMention;
import dev.claimcheck.model.Paragraph;
import dev.claimcheck.model.Quantity;
import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Sentence;
import dev.claimcheck.model.Source;
import dev.claimcheck.model.Span;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Article in, claims document out. Built once from a rules folder (word lists) and shared: {@link #extract} keeps
 * all its state on the stack, and the OpenNLP models are used through their thread-safe wrappers.
 */
public final class Extractor {
    private final Lexicon lex;
    private final Tokenizer tokenizer;
    private final Segmenter segmenter;
    private final AttributionFinder attributions;
    private final QuantityFinder quantities;
    private final RankingFinder rankings;
    private final DateFinder dates;
    private final EntityFinder names;
    private final DefiniteReferenceFinder definites;
    private final SourceClassifier sourceClassifier;
    private final ClaimTyper typer;

    private Extractor(Lexicon lex) {
        this.lex = lex;
        this.tokenizer = new Tokenizer(lex);
        this.segmenter = new Segmenter(lex);
        this.attributions = new AttributionFinder(lex);
        this.quantities = new QuantityFinder(lex);
        this.rankings = new RankingFinder(lex);
        this.dates = new DateFinder(lex);
        this.names = new EntityFinder(lex);
        this.definites = new DefiniteReferenceFinder(lex);
        this.sourceClassifier = new SourceClassifier(lex, names);
        this.typer = new ClaimTyper(lex);
    }

    /** Reads the word lists under {@code lexicon/} of {@code rules}; the OpenNLP models are loaded on first use. */
    public static Extractor create(RulesFolder rules) {
        Extractor x = new Extractor(new Lexicon(rules));
        NlpModels.sentences();
        return x;
    }

    public ClaimsDocument extract(Article article) {
        return new Run(article).extract();
    }

    /** The state of one extraction. */
    private final class Run {
        final Article article;
        final String text;
        final LocalDate published;
        final List<Claim> claims = new ArrayList<>();
        final Map<String, Source> sources = new LinkedHashMap<>();
        final List<Attribution> attributionsOut = new ArrayList<>();
        final List<EntityMention> entities = new ArrayList<>();
        final List<EntityFinder.Name> namesSoFar = new ArrayList<>();
        final List<DefiniteReference> references = new ArrayList<>();
        final Set<String> wordsSoFar = new HashSet<>();
        final SourceMemory memory = new SourceMemory(lex);
        Source lastPerson;
        Source lastOrganisation;
        Source lastAny;
        int lastPersonAt = -1;
        int lastOrganisationAt = -1;
        int lastAnyAt = -1;

        Run(Article article) {
            this.article = article;
            this.text = article.text();
            this.published = parseDate(article.published());
        }

        ClaimsDocument extract() {
            Segmenter.Segments seg = segmenter.segment(article);
            List<List<Tok>> tokens = tokensBySentence(seg);
            Set<String> midCapitalised = midCapitalised(tokens);
            Set<String> recurringInitial = recurringInitial(tokens);
            for (Sentence s : seg.sentences()) {
                // A batch that timed this article out interrupts its thread: stop here rather than burn CPU.
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("extraction cancelled");
                }
                if (!s.isArticleContent()) {
                    continue;
                }
                List<Tok> t = tokens.get(s.index());
                boolean headline = Paragraph.Roles.HEADLINE.equals(s.role());
                boolean titleCase = headline && isTitleCase(t);
                List<EntityFinder.Name> found = names.find(text, t, midCapitalised, recurringInitial, titleCase,
                        namesSoFar);
                for (EntityFinder.Name n : found) {
                    entities.add(new EntityMention(EntityFinder.span(text, n), n.canonical(), n.type(), s.id()));
                }
                definiteReferences(s, t);
                List<Frame> frames = attributions.find(text, t, s.start(), s.end());
                String subject = found.isEmpty() ? null : found.get(0).canonical();
                List<DateMention> ds = dates.find(text, t, published);
                List<Quantity> qs = outsideDates(quantities.find(text, t), ds);
                List<Ranking> rs = rankings.find(text, t, this::canonical, subject);
                Claim claim = claim(s, t, frames, qs, rs, ds, subject, found);
                namesSoFar.addAll(found);
                for (Frame f : frames) {
                    attribute(s, t, f, claim);
                }
                for (Tok tok : t) {
                    wordsSoFar.add(tok.lower());
                }
            }
            return new ClaimsDocument(ClaimsDocument.SCHEMA_VERSION, article, seg.paragraphs(), seg.sentences(),
                    claims, List.copyOf(sources.values()), attributionsOut, entities, references);
        }

        private String canonical(String spelled) {
            return names.classify(0, spelled.length(), spelled, namesSoFar, List.of()).canonical();
        }

        private void definiteReferences(Sentence s, List<Tok> t) {
            for (DefiniteReferenceFinder.Found f : definites.find(t)) {
                boolean introduced = false;
                for (String form : DefiniteReferenceFinder.forms(f.head())) {
                    if (wordsSoFar.contains(form)) {
                        introduced = true;
                        break;
                    }
                }
                references.add(new DefiniteReference(Span.of(text, t.get(f.start()).start(), t.get(f.end()).end()),
                        f.head(), introduced, s.id()));
            }
        }

        private Claim claim(Sentence s, List<Tok> t, List<Frame> frames, List<Quantity> qs, List<Ranking> rs,
                            List<DateMention> ds, String subject, List<EntityFinder.Name> found) {
            int start = s.start();
            int end = s.end();
            List<Frame> sourced = frames.stream().filter(Frame::hasSource).toList();
            if (!sourced.isEmpty()) {
                int cs = sourced.get(0).contentStart();
                int ce = sourced.get(0).contentEnd();
                boolean same = sourced.stream().allMatch(f -> f.contentStart() == cs && f.contentEnd() == ce);
                // "According to police, the suspect fled, police said": a frame on each side encloses the content
                int inS = sourced.stream().mapToInt(Frame::contentStart).max().orElse(start);
                int inE = sourced.stream().mapToInt(Frame::contentEnd).min().orElse(end);
                boolean enclosed = inE > inS && sourced.stream().anyMatch(f -> f.cueEnd() <= inS)
                        && sourced.stream().anyMatch(f -> f.cueStart() >= inE);
                if (same && ce > cs) {
                    start = cs;
                    end = ce;
                } else if (enclosed) {
                    start = inS;
                    end = inE;
                }
            }
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '%'
                    && text.charAt(end - 1) != '"' && text.charAt(end - 1) != '”') {
                end--;
            }
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (end - start < 3) {
                start = s.start();
                end = s.end();
            }
            // an appositive ranking inside a sentence about something else is a claim of its own
            List<Ranking> asides = rs.stream().filter(r -> isAppositive(t, r) && !coveredByFrame(sourced, r)).toList();
            List<Ranking> mainRanks = rs.stream().filter(r -> !asides.contains(r)).toList();
            List<Quantity> mainQs = qs.stream().filter(q -> asides.stream().noneMatch(r -> inside(q.span(), r.span())))
                    .toList();
            // dates are not hedges or predictions: "earlier this May"
            char[] masked = text.substring(start, end).toLowerCase(Locale.ROOT).toCharArray();
            for (DateMention d : ds) {
                mask(masked, start, d.span());
            }
            for (Ranking r : asides) {
                mask(masked, start, r.span());
            }
            typer.maskEmbeddedQuestions(t, masked, start);
            String lower = new String(masked);
            String kind = kind(s, t, lower, mainRanks, mainQs, !sourced.isEmpty(), start, end);
            if (kind == null && !asides.isEmpty()) {
                // nothing else to claim: the sentence is the ranking, as before
                return claim(s, start, end, Claim.Kinds.RANKING, lower, rs, qs, qs, ds, List.of(), subject, found);
            }
            if (kind == null) {
                return null;
            }
            return claim(s, start, end, kind, lower, mainRanks, mainQs, qs, ds, asides, subject, found);
        }

        /** Adds the sentence's claim, and its appositive ranking claims, in text order; returns the main claim. */
        private Claim claim(Sentence s, int start, int end, String kind, String lower, List<Ranking> mainRanks,
                            List<Quantity> mainQs, List<Quantity> qs, List<DateMention> ds, List<Ranking> asides,
                            String subject, List<EntityFinder.Name> found) {
            List<String> hedges = new ArrayList<>();
            for (String h : lex.hedges) {
                if (containsWord(lower, h) && hedges.stream().noneMatch(x -> x.contains(h))) {
                    hedges.add(h);
                }
            }
            final int cs0 = start;
            final int ce0 = end;
            String inClaim = found.stream().filter(n -> n.start() >= cs0 && n.end() <= ce0).map(EntityFinder.Name::canonical)
                    .findFirst().orElse(subject);
            String claimSubject = !mainRanks.isEmpty() && mainRanks.get(0).entity() != null ? mainRanks.get(0).entity()
                    : inClaim;
            // claims are numbered in text order: an aside before the main content gets the lower id
            List<Ranking> before = asides.stream().filter(r -> r.span().start() < cs0).toList();
            for (Ranking r : before) {
                rankingClaim(s, r, qs, ds);
            }
            Claim c = new Claim("c" + (claims.size() + 1), s.id(), Span.of(text, start, end), kind, claimSubject,
                    mainQs, ds.stream().filter(d -> asides.stream().noneMatch(r -> inside(d.span(), r.span()))).toList(),
                    mainRanks, hedges);
            claims.add(c);
            for (Ranking r : asides) {
                if (!before.contains(r)) {
                    rankingClaim(s, r, qs, ds);
                }
            }
            return c;
        }

        private void rankingClaim(Sentence s, Ranking r, List<Quantity> qs, List<DateMention> ds) {
            claims.add(new Claim("c" + (claims.size() + 1), s.id(), r.span(), Claim.Kinds.RANKING, r.entity(),
                    qs.stream().filter(q -> inside(q.span(), r.span())).toList(),
                    ds.stream().filter(d -> inside(d.span(), r.span())).toList(), List.of(r), List.of()));
        }

        /** Kind by priority: ranking, statistic, prediction, opinion, quote, event; null when nothing is claimed. */
        private String kind(Sentence s, List<Tok> t, String lower, List<Ranking> rs, List<Quantity> qs,
                            boolean sourced, int start, int end) {
            int words = (int) t.stream().filter(Tok::isWord).count();
            boolean question = s.text().endsWith("?");
            if (question && !sourced) {
                return null;
            }
            if (!rs.isEmpty() && !(!qs.isEmpty() && rs.stream().allMatch(rankings::isPlace))) {
                return Claim.Kinds.RANKING;
            }
            boolean predicts = containsAny(lower, lex.predictionCues);
            // an uncertain forecast's figures are forecast, not stated: "damage could exceed 200 million euros"
            if (!qs.isEmpty() && !(predicts && (typer.figuresOnlyInSubordinateClause(t, qs, lower, start)
                    || typer.forecasts(lower)))) {
                return Claim.Kinds.STATISTIC;
            }
            if (predicts) {
                return Claim.Kinds.PREDICTION;
            }
            // a quotation is a quote even when it judges (annotation guide: quote comes before opinion)
            if (mostlyQuoted(t)) {
                return Claim.Kinds.QUOTE;
            }
            if (containsAny(lower, lex.opinionCues) || typer.evaluativePredicate(t, start, end)) {
                return Claim.Kinds.OPINION;
            }
            if (sourced || words >= 4 && !question
                    && (Paragraph.Roles.HEADLINE.equals(s.role()) || typer.reportsAction(t, start, end))) {
                // headlines tell events in the present ("Council approves budget"); body text needs an action
                return Claim.Kinds.EVENT;
            }
            return null;
        }

        /** "Huawei, the world's second largest smartphone maker, as ...": set off by commas, dashes or brackets. */
        private boolean isAppositive(List<Tok> t, Ranking r) {
            int first = -1;
            int last = -1;
            for (int k = 0; k < t.size(); k++) {
                if (t.get(k).start() == r.span().start()) {
                    first = k;
                }
                if (t.get(k).end() == r.span().end()) {
                    last = k;
                }
            }
            if (first <= 0 || last < 0) {
                return false;
            }
            String open = t.get(first - 1).text();
            boolean opens = open.equals(",") || open.equals("-") || open.equals("–") || open.equals("—")
                    || open.equals("(");
            boolean closes = last + 1 >= t.size() || t.get(last + 1).isPunct() && !t.get(last + 1).is("'s")
                    && !t.get(last + 1).is("’s");
            boolean moreAfter = last + 2 < t.size();
            return opens && closes && moreAfter;
        }

        /** A frame whose reported content clearly holds the ranking: after the cue, or before a later source. */
        private boolean coveredByFrame(List<Frame> sourced, Ranking r) {
            for (Frame f : sourced) {
                boolean holds = f.contentStart() <= r.span().start() && f.contentEnd() >= r.span().end();
                boolean cueOutside = f.cueEnd() <= f.contentStart() || f.cueStart() >= f.contentEnd();
                if (holds && cueOutside) {
                    return true;
                }
            }
            return false;
        }

        private void attribute(Sentence s, List<Tok> t, Frame f, Claim claim) {
            String claimId = claim == null ? null : claim.id();
            Span cue = Span.of(text, f.cueStart(), f.cueEnd());
            String id = "a" + (attributionsOut.size() + 1);
            if (!f.hasSource()) {
                attributionsOut.add(new Attribution(id, claimId, s.id(), null, null, cue, true));
                return;
            }
            Span src = Span.of(text, f.sourceStart(), f.sourceEnd());
            Source source;
            String who = f.hasAntecedent() ? text.substring(f.antecedentStart(), f.antecedentEnd()) : src.text();
            String lower = who.toLowerCase(Locale.ROOT);
            if (lex.pronouns.contains(lower)) {
                source = pronounSource(lower, src.start());
            } else {
                Source earlier = memory.definiteBackReference(lower);
                if (earlier != null) {
                    source = earlier;
                } else {
                    SourceClassifier.Classified c = sourceClassifier.classify(who, namesSoFar);
                    source = sources.computeIfAbsent(c.name().toLowerCase(Locale.ROOT),
                            k -> new Source("s" + (sources.size() + 1), c.name(), c.kind()));
                }
            }
            remember(source, src.start());
            memory.cited(source, lower, lex.pronouns.contains(lower));
            attributionsOut.add(new Attribution(id, claimId, s.id(), source.id(), src, cue, false));
        }

        /**
         * "It added that ...": the pronoun stays the source span; the id is the nearest fitting antecedent — the
         * latest earlier source of a fitting kind, or a person (for he/she) or organisation (for it) named after it.
         */
        private Source pronounSource(String pronoun, int at) {
            boolean person = pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("i");
            boolean thing = pronoun.equals("it");
            Source antecedent = person ? lastPerson : thing ? lastOrganisation : lastAny;
            int antecedentAt = person ? lastPersonAt : thing ? lastOrganisationAt : lastAnyAt;
            if (person || thing) {
                for (int k = namesSoFar.size() - 1; k >= 0; k--) {
                    EntityFinder.Name n = namesSoFar.get(k);
                    if (n.start() >= at || n.start() <= antecedentAt) {
                        if (n.start() <= antecedentAt) {
                            break;
                        }
                        continue;
                    }
                    boolean fits = person ? "person".equals(n.type())
                            : "organisation".equals(n.type()) || "outlet".equals(n.type());
                    if (fits) {
                        String kind = person ? Source.Kinds.NAMED_PERSON
                                : "outlet".equals(n.type()) ? Source.Kinds.NEWS_OUTLET : Source.Kinds.ORGANISATION;
                        return sources.computeIfAbsent(n.canonical().toLowerCase(Locale.ROOT),
                                key -> new Source("s" + (sources.size() + 1), n.canonical(), kind));
                    }
                }
            }
            if (antecedent != null) {
                return antecedent;
            }
            String kind = person ? Source.Kinds.NAMED_PERSON : Source.Kinds.ORGANISATION;
            return sources.computeIfAbsent(pronoun, key -> new Source("s" + (sources.size() + 1), pronoun, kind));
        }

        private void remember(Source source, int at) {
            lastAny = source;
            lastAnyAt = at;
            if (Source.Kinds.NAMED_PERSON.equals(source.kind())) {
                lastPerson = source;
                lastPersonAt = at;
            } else {
                lastOrganisation = source;
                lastOrganisationAt = at;
            }
        }

        private List<List<Tok>> tokensBySentence(Segmenter.Segments seg) {
            List<List<Tok>> out = new ArrayList<>();
            List<Sentence> sentences = seg.sentences();
            int si = 0;
            for (Paragraph p : seg.paragraphs()) {
                List<Tok> all = tokenizer.tokenize(text, p.start(), p.end());
                int ti = 0;
                while (si < sentences.size() && sentences.get(si).paragraph() == p.index()) {
                    Sentence s = sentences.get(si);
                    List<Tok> mine = new ArrayList<>();
                    while (ti < all.size() && all.get(ti).start() < s.end()) {
                        if (all.get(ti).start() >= s.start()) {
                            mine.add(all.get(ti));
                        }
                        ti++;
                    }
                    out.add(mine);
                    si++;
                }
            }
            return out;
        }

        /** Capitalised words that open two or more sentences: candidates for a name the article keeps leading with. */
        private Set<String> recurringInitial(List<List<Tok>> tokens) {
            Map<String, Integer> counts = new java.util.HashMap<>();
            for (List<Tok> t : tokens) {
                t.stream().filter(tok -> !tok.isPunct()).findFirst().filter(Tok::isCapitalised)
                        .ifPresent(tok -> counts.merge(tok.text(), 1, Integer::sum));
            }
            Set<String> out = new HashSet<>();
            counts.forEach((w, n) -> {
                if (n >= 2) {
                    out.add(w);
                }
            });
            return out;
        }

        private Set<String> midCapitalised(List<List<Tok>> tokens) {
            Set<String> out = new HashSet<>();
            for (List<Tok> t : tokens) {
                boolean first = true;
                for (Tok tok : t) {
                    if (tok.isPunct()) {
                        first = first || tok.is(":");
                        continue;
                    }
                    if (!first && tok.isCapitalised()) {
                        out.add(tok.text());
                    }
                    first = false;
                }
            }
            return out;
        }
    }

    private static boolean inside(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    private static void mask(char[] masked, int offset, Span span) {
        for (int k = Math.max(span.start(), offset); k < Math.min(span.end(), offset + masked.length); k++) {
            masked[k - offset] = ' ';
        }
    }

    /** The day number of "Sunday, 3 May 2026" belongs to the date, not to the figures. */
    private static List<Quantity> outsideDates(List<Quantity> qs, List<DateMention> ds) {
        if (ds.isEmpty()) {
            return qs;
        }
        return qs.stream().filter(q -> ds.stream().noneMatch(d -> d.span().start() <= q.span().start()
                && d.span().end() >= q.span().end())).toList();
    }

    private boolean isTitleCase(List<Tok> t) {
        int words = 0;
        int caps = 0;
        for (Tok tok : t) {
            if (tok.isWord() && !lex.isFunctionWord(tok.lower())) {
                words++;
                if (tok.isCapitalised()) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 8;
    }

    private static boolean mostlyQuoted(List<Tok> t) {
        long quoted = t.stream().filter(Tok::quoted).count();
        return quoted * 2 > t.size();
    }

    private static boolean containsAny(String lower, List<String> phrases) {
        for (String p : phrases) {
            if (containsWord(lower, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsWord(String lower, String phrase) {
        return indexOfWord(lower, phrase) >= 0;
    }

    /** Where {@code phrase} first occurs in {@code lower} as whole words, or -1. */
    static int indexOfWord(String lower, String phrase) {
        int from = 0;
        int at;
        while ((at = lower.indexOf(phrase, from)) >= 0) {
            int end = at + phrase.length();
            if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                    && (end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                return at;
            }
            from = at + 1;
        }
        return -1;
    }

    private static LocalDate parseDate(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
