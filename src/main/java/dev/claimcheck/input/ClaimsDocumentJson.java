package dev.claimcheck.input;

import com.fasterxml.jackson.core.JsonLocation;
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

/** Reads and writes claims documents (docs/claims-document.md), with editor-friendly errors. */
public final class ClaimsDocumentJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ClaimsDocumentJson() {
    }

    /** Reads a claims document from a UTF-8 file. */
    public static ClaimsDocument read(Path file) throws InputException {
        return parse(file.toString(), TextFiles.readUtf8(file));
    }

    /** Parses a claims document; {@code name} is used in error messages. */
    public static ClaimsDocument parse(String name, String json) throws InputException {
        ClaimsDocument doc;
        try {
            doc = MAPPER.readValue(json, ClaimsDocument.class);
        } catch (ValueInstantiationException e) {
            JsonLocation loc = e.getLocation();
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new InputException(name, line(loc), column(loc), "invalid claims document: " + why, e);
        } catch (MismatchedInputException e) {
            JsonLocation loc = e.getLocation();
            throw new InputException(name, line(loc), column(loc),
                    "invalid claims document at " + e.getPathReference() + ": " + e.getOriginalMessage(), e);
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

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    private static int column(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getColumnNr());
    }
}
