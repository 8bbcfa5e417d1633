package dev.claimcheck.model;

import java.util.List;

/**
 * Everything extraction found in one article: the input of the rules. Serialised as the claims-document JSON
 * described in docs/claims-document.md.
 */
public record ClaimsDocument(String schemaVersion, Article article, List<Paragraph> paragraphs,
                             List<Sentence> sentences, List<Claim> claims, List<Source> sources,
                             List<Attribution> attributions, List<EntityMention> entities,
                             List<DefiniteReference> definiteReferences) {
    public static final String SCHEMA_VERSION = "1.0";

    public ClaimsDocument {
        if (article == null) {
            throw new IllegalArgumentException("a claims document needs an article");
        }
        schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        claims = claims == null ? List.of() : List.copyOf(claims);
        sources = sources == null ? List.of() : List.copyOf(sources);
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
        entities = entities == null ? List.of() : List.copyOf(entities);
        definiteReferences = definiteReferences == null ? List.of() : List.copyOf(definiteReferences);
    }
}
