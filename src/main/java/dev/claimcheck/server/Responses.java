package dev.claimcheck.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes answers: every one UTF-8, uncached, never sniffed; HTML ones under a strict Content-Security-Policy. */
final class Responses {
    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    static final HttpString CSP = new HttpString("Content-Security-Policy");

    private Responses() {
    }

    /** Headers every answer carries, set before anything else so error answers have them too. */
    static void baseline(HttpServerExchange ex) {
        ex.getResponseHeaders().put(new HttpString("X-Content-Type-Options"), "nosniff");
        ex.getResponseHeaders().put(new HttpString("Referrer-Policy"), "no-referrer");
        ex.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    }

    static void send(HttpServerExchange ex, int status, String mediaType, String body) {
        ex.setStatusCode(status);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, mediaType + "; charset=utf-8");
        ex.getResponseSender().send(body, StandardCharsets.UTF_8);
    }

    /** An HTML page under {@code policy}: no framing by other sites, no external anything. */
    static void html(HttpServerExchange ex, String policy, String page) {
        ex.getResponseHeaders().put(CSP, policy);
        ex.getResponseHeaders().put(new HttpString("X-Frame-Options"), "DENY");
        ex.getResponseHeaders().put(new HttpString("Cross-Origin-Opener-Policy"), "same-origin");
        send(ex, 200, "text/html", page);
    }

    static void json(HttpServerExchange ex, int status, Object value) {
        send(ex, status, "application/json", write(value));
    }

    static void error(HttpServerExchange ex, ApiError error) {
        if (error.status() == 413) {
            ex.setPersistent(false); // what is left of an oversized body is not worth reading
        }
        json(ex, error.status(), Map.of("error", error));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer could not be serialised", e);
        }
    }

    static String writeLine(Object value) {
        try {
            return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer could not be serialised", e);
        }
    }
}
