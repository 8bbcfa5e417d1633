package dev.claimcheck.extraction;

import dev.claimcheck.model.Source.Kinds;

import java.util.Locale;

/** Decides a source phrase's kind and canonical name from the word lists and the name finder. */
final class SourceClassifier {
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "by", "from", "with", "for", "at",
            "in", "on");
    private final Lexicon lex;
    private final EntityFinder names;

    SourceClassifier(Lexicon lex, EntityFinder names) {
        this.lex = lex;
        this.names = names;
    }

    /** A classified source phrase: canonical name and kind. */
    record Classified(String name, String kind) {
    }

    Classified classify(String phrase, java.util.List<EntityFinder.Name> earlierNames) {
        String p = phrase.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        String padded = " " + lower + " ";
        for (String a : lex.anonymousPhrases) {
            if (padded.contains(" " + a + " ")) {
                return new Classified(stripDeterminer(p), Kinds.ANONYMOUS);
            }
        }
        for (String o : lex.officialPatterns) {
            boolean match = o.startsWith("* ") ? padded.endsWith(" " + o.substring(2) + " ")
                    : padded.endsWith(" " + o + " ");
            if (match) {
                return new Classified(stripDeterminer(p), Kinds.UNNAMED_OFFICIAL);
            }
        }
        String noThe = p.startsWith("The ") || p.startsWith("the ") ? p.substring(4) : p;
        if (names.isOutlet(p) || names.isOutlet(noThe)) {
            Lexicon.Alias alias = lex.alias(noThe);
            return new Classified(alias != null ? alias.canonical() : noThe, Kinds.NEWS_OUTLET);
        }
        // the head is the last word before a prepositional tail: "a report by the agency" → report
        String[] words = lower.split("\\s+");
        int h = words.length - 1;
        for (int k = 1; k < words.length; k++) {
            if (PREPOSITIONS.contains(words[k])) {
                h = k - 1;
                break;
            }
        }
        String head = words[h];
        if (lex.unnamedOutlets.contains(head) && unnamed(p)) {
            // "Local media": a news outlet with no name; the lower-case name tells rules it is unnamed
            return new Classified(stripDeterminer(p).toLowerCase(Locale.ROOT), Kinds.NEWS_OUTLET);
        }
        if (lex.documentWords.contains(head)) {
            return new Classified(stripDeterminer(p), Kinds.DOCUMENT);
        }
        if (Character.isUpperCase(noThe.charAt(0)) || Character.isUpperCase(p.charAt(p.lastIndexOf(' ') + 1))) {
            String named = nameAfterTitle(p);
            EntityFinder.Name n = names.classify(0, p.length(), named != null ? named : noThe, earlierNames,
                    java.util.List.of());
            String kind = switch (n.type()) {
                case "person" -> Kinds.NAMED_PERSON;
                case "outlet" -> Kinds.NEWS_OUTLET;
                case "organisation", "place" -> Kinds.ORGANISATION;
                default -> lex.orgNouns.contains(head) ? Kinds.ORGANISATION : Kinds.NAMED_PERSON;
            };
            return new Classified(n.canonical(), kind);
        }
        if (lex.orgNouns.contains(head)) {
            return new Classified(stripDeterminer(p), Kinds.ORGANISATION);
        }
        return new Classified(stripDeterminer(p), Kinds.NAMED_PERSON);
    }

    /**
     * "the airport's chief executive Tom Byrne" → "Tom Byrne": the capitalised run after a lower-case title names
     * the person, so a later "Byrne said" is the same source. Null when no title stands right before the run, or
     * when the run hangs on "of" ("Secretary of State John Kerry" keeps its own handling).
     */
    private String nameAfterTitle(String phrase) {
        String[] w = phrase.strip().split("\\s+");
        int r = w.length;
        while (r > 0 && !w[r - 1].isEmpty() && Character.isUpperCase(w[r - 1].charAt(0))) {
            r--;
        }
        if (r == 0 || r == w.length) {
            return null;
        }
        // a lower-case role noun right before the name ("chief curator Aisha Patel"), with a listed title among
        // the words before it, so "officials at the Department of Justice" is left alone
        String before = w[r - 1].toLowerCase(Locale.ROOT);
        if (!Character.isLetter(before.charAt(before.length() - 1)) || lex.isFunctionWord(before)
                || before.endsWith("'s") || before.endsWith("’s")) {
            return null;
        }
        boolean titled = false;
        for (int k = 0; k < r; k++) {
            titled |= lex.personTitles.contains(w[k].toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""));
        }
        if (!titled) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, r, w.length));
    }

    /** The name as written, without a leading article: "US officials", "sources close to the deal". */
    private static String stripDeterminer(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (String d : new String[]{"the ", "a ", "an "}) {
            if (lower.startsWith(d)) {
                return phrase.substring(d.length());
            }
        }
        return phrase;
    }

    /** No capital after the first word: "Local media", "state television"; not "Daily Press". */
    private static boolean unnamed(String phrase) {
        String[] words = phrase.split("\\s+");
        for (int k = 1; k < words.length; k++) {
            if (Character.isUpperCase(words[k].charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
