package dev.claimcheck.input;

import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimsDocument;
import dev.claimcheck.model.DefiniteReference;
import dev.claimcheck.model.EntityMention;
import dev.claimcheck.model.Paragraph;
import dev.claimcheck.model.Sentence;
import dev.claimcheck.model.Source;
import dev.claimcheck.model.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a claims document read from a file against its own article before any rule sees it: every span lies
 * within the text and quotes it exactly, every id is present and unique, every reference points at something
 * that exists. The rules slice the article at these offsets, so a span past the end or a dangling id would
 * otherwise surface as an exception deep inside a rule, or as evidence that quotes the wrong words. Errors name
 * the field by its path, e.g. {@code claims[3].span.end}.
 */
final class ClaimsDocumentCheck {
    private final String name;
    private final String text;

    private ClaimsDocumentCheck(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static void validate(String name, ClaimsDocument doc) throws InputException {
        new ClaimsDocumentCheck(name, doc.article().text()).check(doc);
    }

    private void check(ClaimsDocument doc) throws InputException {
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            Paragraph p = doc.paragraphs().get(i);
            range("paragraphs[" + i + "]", p.start(), p.end());
        }
        Set<String> sentences = new HashSet<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentence s = doc.sentences().get(i);
            String at = "sentences[" + i + "]";
            id(at, s.id(), sentences);
            range(at, s.start(), s.end());
            quotes(at, s.start(), s.end(), s.text());
            if (!doc.paragraphs().isEmpty() && (s.paragraph() < 0 || s.paragraph() >= doc.paragraphs().size())) {
                fail(at + ".paragraph", "is " + s.paragraph() + " but there are " + doc.paragraphs().size()
                        + " paragraphs");
            }
        }
        Set<String> claims = new HashSet<>();
        for (int i = 0; i < doc.claims().size(); i++) {
            Claim c = doc.claims().get(i);
            String at = "claims[" + i + "]";
            id(at, c.id(), claims);
            ref(at + ".sentenceId", c.sentenceId(), sentences);
            span(at + ".span", c.span(), true);
            spans(at + ".quantities", c.quantities().stream().map(q -> q.span()).toList());
            spans(at + ".dates", c.dates().stream().map(d -> d.span()).toList());
            spans(at + ".rankings", c.rankings().stream().map(r -> r.span()).toList());
        }
        Set<String> sources = new HashSet<>();
        for (int i = 0; i < doc.sources().size(); i++) {
            Source s = doc.sources().get(i);
            id("sources[" + i + "]", s.id(), sources);
        }
        Set<String> attributions = new HashSet<>();
        for (int i = 0; i < doc.attributions().size(); i++) {
            Attribution a = doc.attributions().get(i);
            String at = "attributions[" + i + "]";
            id(at, a.id(), attributions);
            if (a.claimId() == null || !claims.contains(a.claimId())) {
                fail(at + ".claimId", a.claimId() == null ? "is missing"
                        : "\"" + excerpt(a.claimId()) + "\" names no claim in this document");
            }
            ref(at + ".sentenceId", a.sentenceId(), sentences);
            ref(at + ".sourceId", a.sourceId(), sources);
            span(at + ".source", a.source(), false);
            span(at + ".cue", a.cue(), false);
        }
        for (int i = 0; i < doc.entities().size(); i++) {
            EntityMention e = doc.entities().get(i);
            span("entities[" + i + "].span", e.span(), true);
            ref("entities[" + i + "].sentenceId", e.sentenceId(), sentences);
        }
        for (int i = 0; i < doc.definiteReferences().size(); i++) {
            DefiniteReference d = doc.definiteReferences().get(i);
            span("definiteReferences[" + i + "].span", d.span(), true);
            ref("definiteReferences[" + i + "].sentenceId", d.sentenceId(), sentences);
        }
    }

    private void spans(String at, List<Span> spans) throws InputException {
        for (int i = 0; i < spans.size(); i++) {
            span(at + "[" + i + "].span", spans.get(i), true);
        }
    }

    private void span(String at, Span s, boolean required) throws InputException {
        if (s == null) {
            if (required) {
                fail(at, "is missing");
            }
            return;
        }
        range(at, s.start(), s.end());
        quotes(at, s.start(), s.end(), s.text());
    }

    private void range(String at, int start, int end) throws InputException {
        if (start < 0 || end < start) {
            fail(at, "is [" + start + ", " + end + "): start must be at least 0 and end not before start");
        }
        if (end > text.length()) {
            fail(at + ".end", "is " + end + ", past the end of article.text (" + text.length() + " characters)");
        }
        if (splitsPair(start) || splitsPair(end)) {
            fail(at, "[" + start + ", " + end + ") cuts a character in two (offsets count UTF-16 units; an emoji"
                    + " takes two)");
        }
    }

    private boolean splitsPair(int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private void quotes(String at, int start, int end, String quoted) throws InputException {
        if (quoted != null && !quoted.equals(text.substring(start, end))) {
            fail(at + ".text", "is \"" + excerpt(quoted) + "\" but article.text at [" + start + ", " + end
                    + ") reads \"" + excerpt(text.substring(start, end)) + "\"");
        }
    }

    private void id(String at, String id, Set<String> seen) throws InputException {
        if (id == null || id.isBlank()) {
            fail(at + ".id", "is missing");
        }
        if (!seen.add(id)) {
            fail(at + ".id", "\"" + excerpt(id) + "\" is used twice");
        }
    }

    /**
     * An id must name something listed. A document that lists no sentences (or no sources) at all is a
     * hand-written or partial one; its references to them cannot be checked and are left as they are.
     */
    private void ref(String at, String id, Set<String> known) throws InputException {
        if (id != null && !known.isEmpty() && !known.contains(id)) {
            fail(at, "\"" + excerpt(id) + "\" names nothing in this document");
        }
    }

    private void fail(String at, String problem) throws InputException {
        throw new InputException(name, "invalid claims document: " + at + " " + problem);
    }

    private static String excerpt(String s) {
        String one = s.replaceAll("\\s+", " ");
        if (one.length() <= 60) {
            return one;
        }
        int cut = Character.isHighSurrogate(one.charAt(56)) ? 56 : 57;
        return one.substring(0, cut) + "...";
    }
}
