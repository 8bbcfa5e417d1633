package dev.claimcheck.server;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The body of every error answer, {@code {"error": {...}}}: an HTTP status, a stable machine-readable code, a
 * message for people, and where it applies the line and column of malformed JSON or the unknown rule ids.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String code, String message, Integer line, Integer column, List<String> rules) {
    public static ApiError of(int status, String code, String message) {
        return new ApiError(status, code, message, null, null, null);
    }
}
