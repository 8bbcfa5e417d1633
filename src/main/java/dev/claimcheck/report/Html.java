package dev.claimcheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/** HTML escaping and small helpers shared by the HTML page and the index. */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and quoted attribute values alike. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\u0000' -> b.append('\uFFFD'); // NUL is a parse error in HTML
                default -> {
                    // A lone surrogate has no UTF-8 form and would fail the whole page's write: the last guard.
                    boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))
                            : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                    b.append(paired ? c : '\uFFFD');
                }
            }
        }
        return b.toString();
    }

    /** A token safe as a CSS class suffix (category and severity names come from rule metadata). */
    static String token(String s) {
        String t = s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return t.isEmpty() ? "none" : t;
    }

    /** The CSP hash source of an inline element's exact text: {@code 'sha256-BASE64'}. */
    static String cspHash(String elementText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(elementText.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Only http(s) links become clickable; anything else (javascript:, data:) is shown as text by the caller. */
    static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    /** Category colours: distinct hues that stay readable as a light wash behind body text. */
    static final String CATEGORY_CSS = """
            .cat-unsupported-assertion{--c:#d23f3f;--bg:rgba(210,63,63,.17)}
            .cat-weak-sourcing{--c:#d9791c;--bg:rgba(217,121,28,.19)}
            .cat-duplicated-sourcing{--c:#7c4ddb;--bg:rgba(124,77,219,.16)}
            .cat-inconsistency{--c:#c72a7a;--bg:rgba(199,42,122,.15)}
            .cat-missing-context{--c:#2563c9;--bg:rgba(37,99,201,.15)}
            .cat-structure{--c:#0f8a7e;--bg:rgba(15,138,126,.17)}
            """;

    static final String BASE_CSS = """
            :root{--ink:#1d2330;--muted:#5d6678;--line:#e2e5ec;--paper:#fff;--wash:#f5f6f9;--accent:#1f4fbf;
            --error:#c62828;--warning:#b26a00;--info:#2c6e9b;--c:#7a8294;--bg:rgba(122,130,148,.16)}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:var(--wash);color:var(--ink);
            font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            a{color:var(--accent)}
            .sev{display:inline-block;font-size:11px;font-weight:700;letter-spacing:.04em;text-transform:uppercase;
            padding:1px 7px;border-radius:10px;color:#fff;vertical-align:1px}
            .sev-error{background:var(--error)}.sev-warning{background:var(--warning)}.sev-info{background:var(--info)}
            .swatch{display:inline-block;width:11px;height:11px;border-radius:3px;background:var(--c);
            vertical-align:-1px;margin-right:6px}
            """;
}
