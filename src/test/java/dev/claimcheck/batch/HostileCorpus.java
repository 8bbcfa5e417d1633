package dev.claimcheck.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile and broken inputs in all five article formats (and claims documents): names with
 * backslashes, dots, {@code #}, {@code ?}, tabs and newlines; same names in several formats; bad bytes, BOMs, lone
 * surrogates, emoji, lone-CR line endings, runs of punctuation, markup and trailing JSON. Same seed, same files.
 */
final class HostileCorpus {
    private static final String[] SENTENCES = {
        "The council approved the budget on Monday, the mayor said.",
        "Spending on roads will rise by 4% next year, according to the finance office.",
        "It is the largest rise in a decade.",
        "Sources close to the deal said the talks were over.",
        "The company, the world's second largest maker, declined to comment.",
        "Critics said the list was incomplete.",
        "Prices rose 12 per cent in March, officials say.",
        "\"We will not back down,\" said Maria Lopez, the union leader.",
    };
    private static final String[] NAMES = {
        "\\..\\..\\X", "..\\up", "a#b", "what?", "tab\tname", "new\nline", "per%cent", "index", "x", "dots...",
        "ünï", "emoji\uD83D\uDE00", "con", "space ", "~tilde", "a:b", "semi;colon", "<tag>", "quote\"d", "1",
    };
    private static final String[] EXTENSIONS = {".txt", ".md", ".html", ".json", ".jsonl"};

    private HostileCorpus() {
    }

    /** Writes {@code count} inputs below {@code dir}; returns the files written. */
    static List<Path> write(Path dir, long seed, int count) throws IOException {
        Random rnd = new Random(seed);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String ext = EXTENSIONS[rnd.nextInt(EXTENSIONS.length)];
            String name = NAMES[rnd.nextInt(NAMES.length)] + (rnd.nextInt(3) == 0 ? "" : "-" + i);
            Path folder = rnd.nextInt(4) == 0 ? dir.resolve("sub" + rnd.nextInt(3)) : dir;
            if (rnd.nextInt(10) == 0) {
                folder = dir.resolve("x"); // beside x.jsonl's report folder
            }
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ext);
            if (Files.exists(file)) {
                continue;
            }
            Files.write(file, content(rnd, ext));
            files.add(file);
        }
        return files;
    }

    private static byte[] content(Random rnd, String ext) {
        String title = hostile(rnd, "Story " + rnd.nextInt(1000));
        String body = body(rnd);
        String text = switch (ext) {
            case ".txt" -> title + "\n\n" + body;
            case ".md" -> "---" + nl(rnd) + "title: " + title + nl(rnd) + "---" + nl(rnd) + title + nl(rnd) + nl(rnd) + body;
            case ".html" -> "<html><head><title>" + title + "</title><script>alert(1)</script></head><body><h1>" + title
                    + "</h1><p>" + body.replace("\n\n", "</p><p>") + (rnd.nextInt(5) == 0 ? " &#xD800; " : "")
                    + "</p></body></html>";
            case ".json" -> json(rnd, title, body) + (rnd.nextInt(8) == 0 ? "\n" + json(rnd, title, body) : "");
            default -> {
                StringBuilder sb = new StringBuilder();
                int lines = 1 + rnd.nextInt(4);
                for (int l = 0; l < lines; l++) {
                    sb.append(rnd.nextInt(10) == 0 ? "{\"title\": \"cut" : json(rnd, title + " " + l, body)).append('\n');
                }
                yield sb.toString();
            }
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (rnd.nextInt(12) == 0 && bytes.length > 10) {
            bytes[rnd.nextInt(bytes.length)] = (byte) 0xFF; // one bad byte
        }
        if (rnd.nextInt(8) == 0) {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] with = new byte[bytes.length + 3];
            System.arraycopy(bom, 0, with, 0, 3);
            System.arraycopy(bytes, 0, with, 3, bytes.length);
            bytes = with;
        }
        return rnd.nextInt(40) == 0 ? new byte[0] : bytes;
    }

    private static String json(Random rnd, String title, String body) {
        String id = rnd.nextInt(3) == 0 ? "" : "\"id\": \"" + esc(NAMES[rnd.nextInt(NAMES.length)]) + "\", ";
        String lone = rnd.nextInt(5) == 0 ? " \\ud800 " : "";
        return "{" + id + "\"title\": \"" + esc(title) + "\", \"body\": \"" + esc(body) + lone + "\"}";
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t");
    }

    private static String nl(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> "\r";
            case 1 -> "\r\n";
            default -> "\n";
        };
    }

    private static String body(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(hostile(rnd, SENTENCES[rnd.nextInt(SENTENCES.length)])).append(rnd.nextInt(3) == 0 ? "\n\n" : " ");
        }
        if (rnd.nextInt(6) == 0) {
            sb.append(".".repeat(rnd.nextInt(2000))).append(' ');
        }
        if (rnd.nextInt(6) == 0) {
            sb.append("A long claim ").append("and more ".repeat(25)).append("\uD83D\uDE00".repeat(40)).append('.');
        }
        return sb.toString();
    }

    private static String hostile(Random rnd, String s) {
        return switch (rnd.nextInt(8)) {
            case 0 -> s + " \uD83D\uDE00\uD83C\uDDFA\uD83C\uDDF8";
            case 1 -> "<script>alert('x')</script> " + s;
            case 2 -> s.replace(' ', '\u00A0');
            case 3 -> s + " \u202Ereversed\u202C";
            default -> s;
        };
    }
}
