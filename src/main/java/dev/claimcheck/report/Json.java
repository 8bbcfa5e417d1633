package dev.claimcheck.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** Shared, immutable Jackson writers (ObjectMapper and ObjectWriter are thread-safe once configured). */
final class Json {
    // Only record components are properties: helper methods such as isBody() stay out of the JSON.
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    static final ObjectWriter COMPACT = MAPPER.writer();

    private Json() {
    }
}
