package dev.claimcheck.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.model.ClaimsDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Reads and writes claims documents (docs/claims-document.md), with editor-friendly errors. */
public final class ClaimsDocumentJson {
    private static final String LONE = "claimcheck.loneSurrogates";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new SimpleModule().addDeserializer(String.class, new CleanStrings()))
            .addMixIn(dev.claimcheck.model.Article.class, ArticleFields.class)
            .build();

    /** Where an article sat in its file and its suppressions belong to reading, not to the document contract. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"sourceMap", "suppressions"})
    private abstract static class ArticleFields {
    }

    /**
     * Every string of a claims document with its lone surrogates replaced (see {@link Surrogates}), in the article
     * text and in the span texts alike, so spans still quote the text. Counts go to a per-read attribute.
     */
    private static final class CleanStrings extends StdScalarDeserializer<String> {
        CleanStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            if (s != null && Surrogates.firstLone(s) >= 0 && ctxt.getAttribute(LONE) instanceof AtomicInteger n) {
                n.incrementAndGet();
                return Surrogates.clean(s, "", w -> { });
            }
            return s;
        }
    }

    private ClaimsDocumentJson() {
    }

    /** Reads a claims document from a UTF-8 file. */
    public static ClaimsDocument read(Path file) throws InputException {
        return parse(file.toString(), TextFiles.readUtf8(file));
    }

    /** Parses a claims document; {@code name} is used in error messages. */
    public static ClaimsDocument parse(String name, String json) throws InputException {
        return parse(name, json, w -> { });
    }

    /**
     * Parses a claims document and checks it against its article (spans, ids, references); {@code warnings}
     * hears of repairs (lone surrogates replaced).
     */
    public static ClaimsDocument parse(String name, String json, Consumer<String> warnings) throws InputException {
        ClaimsDocument doc;
        AtomicInteger lone = new AtomicInteger();
        try {
            doc = MAPPER.readerFor(ClaimsDocument.class).withAttribute(LONE, lone).readValue(json);
        } catch (ValueInstantiationException e) {
            JsonLocation loc = e.getLocation();
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new InputException(name, line(loc), column(loc),
                    "invalid claims document at " + path(e) + ": " + why, e);
        } catch (MismatchedInputException e) {
            JsonLocation loc = e.getLocation();
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                throw new InputException(name, line(loc), column(loc),
                        "text after the claims document: a .json file holds one document", e);
            }
            throw new InputException(name, line(loc), column(loc),
                    "invalid claims document at " + path(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InputException(name, line(loc), column(loc), "malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (doc == null) {
            throw new InputException(name, "empty claims document");
        }
        if (doc.article().text().isBlank()) {
            throw new InputException(name, "empty article: article.text has no content");
        }
        if (lone.get() > 0) {
            warnings.accept(name + ": " + lone.get() + " string" + (lone.get() == 1 ? "" : "s")
                    + " held lone surrogates, replaced with U+FFFD");
        }
        ClaimsDocumentCheck.validate(name, doc);
        return doc;
    }

    public static String toJson(ClaimsDocument doc) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claims document could not be serialised", e);
        }
    }

    public static void write(ClaimsDocument doc, Path file) throws IOException {
        TextFiles.writeAtomically(file, toJson(doc));
    }

    /** The field a mapping error is about, as {@code claims[3].span} rather than Jackson's class-name chain. */
    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "the top level" : sb.toString();
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    private static int column(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getColumnNr());
    }
}
