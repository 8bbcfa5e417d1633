package dev.claimcheck.server;

import dev.claimcheck.report.HtmlReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code GET /}: a page where an editor pastes an article, presses Check and reads the HTML report inline. The report
 * is the very page {@code --format html} writes, shown in a sandboxed {@code srcdoc} frame; such a frame inherits this
 * page's Content-Security-Policy, so the policy allows this page's own inline style and script and the report's, by
 * hash, and nothing else (no external resource, no other script).
 */
final class EditorPage {
    private final String html;
    private final String policy;

    EditorPage(boolean keysRequired) {
        String css = resource("editor.css");
        String js = resource("editor.js");
        List<String> styles = new ArrayList<>(HtmlReport.styleHashes());
        styles.add(hash(css));
        List<String> scripts = new ArrayList<>(HtmlReport.scriptHashes());
        scripts.add(hash(js));
        this.policy = "default-src 'none'; style-src " + String.join(" ", styles) + "; script-src "
                + String.join(" ", scripts) + "; connect-src 'self'; img-src data:; base-uri 'none'; "
                + "form-action 'none'; frame-ancestors 'none'";
        String keyField = keysRequired ? """
                <label>API key <input id="api-key" type="password" autocomplete="off" required></label>
                """ : "";
        this.html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>ClaimCheck</title>
                <style>{{CSS}}</style>
                </head>
                <body>
                <header><h1>ClaimCheck</h1><p>Paste an article, press Check, read what needs another look.</p></header>
                <main>
                <form id="check-form">
                <label>Headline <input id="title" name="title" autocomplete="off"></label>
                <label>Article <textarea id="body" name="body" required></textarea></label>
                {{KEY}}<div class="row"><button id="check" type="submit">Check</button><span id="status" role="status"></span></div>
                </form>
                <iframe id="report" class="hidden" title="ClaimCheck report" sandbox="allow-scripts"></iframe>
                </main>
                <script>{{JS}}</script>
                </body>
                </html>
                """.replace("{{KEY}}", keyField).replace("{{CSS}}", css).replace("{{JS}}", js);
    }

    String html() {
        return html;
    }

    String policy() {
        return policy;
    }

    /** The policy for a report page answered on its own (POST /v1/check?format=html). */
    static String reportPolicy() {
        return "default-src 'none'; style-src " + String.join(" ", HtmlReport.styleHashes()) + "; script-src "
                + String.join(" ", HtmlReport.scriptHashes()) + "; img-src data:; base-uri 'none'; "
                + "form-action 'none'; frame-ancestors 'none'";
    }

    private static String resource(String name) {
        try (InputStream in = EditorPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(String elementText) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(elementText.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
