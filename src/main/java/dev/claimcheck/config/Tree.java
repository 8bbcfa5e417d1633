package dev.claimcheck.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed config value that remembers where it was written (line and column, from Jackson's token locations),
 * so every error can name the file, line and key. Built by a streaming pass; YAML and JSON alike.
 *
 * @param scalar  a String, Double, Boolean or null, when the node is not an object or array
 * @param fields  the object's fields in file order (null when not an object)
 * @param keyAt   where each field's key is written
 * @param items   the array's items (null when not an array)
 * @param at      where the value starts
 */
record Tree(Object scalar, Map<String, Tree> fields, Map<String, JsonLocation> keyAt, List<Tree> items,
            JsonLocation at) {

    boolean isObject() {
        return fields != null;
    }

    boolean isArray() {
        return items != null;
    }

    /** Reads the value at the parser's current token. A key given twice is an error, not a silent last-wins. */
    static Tree read(JsonParser p, String file) throws IOException, ConfigException {
        JsonLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Tree> fields = new LinkedHashMap<>();
                Map<String, JsonLocation> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    p.nextToken();
                    if (fields.containsKey(name)) {
                        throw new ConfigException(file, keyAt, name, "is given twice");
                    }
                    fields.put(name, read(p, file));
                    keys.put(name, keyAt);
                }
                return new Tree(null, fields, keys, null, at);
            }
            case START_ARRAY -> {
                List<Tree> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file));
                }
                return new Tree(null, null, null, items, at);
            }
            case VALUE_STRING -> {
                return new Tree(p.getText(), null, null, null, at);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Tree(p.getDoubleValue(), null, null, null, at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Tree(t == JsonToken.VALUE_TRUE, null, null, null, at);
            }
            default -> {
                return new Tree(null, null, null, null, at);
            }
        }
    }
}
