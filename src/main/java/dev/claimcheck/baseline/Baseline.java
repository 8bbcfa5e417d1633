package dev.claimcheck.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.input.InputException;
import dev.claimcheck.input.TextFiles;
import dev.claimcheck.model.Span;
import dev.claimcheck.report.Finding;
import dev.claimcheck.report.VerificationReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Today's findings, accepted: a baseline lets CI fail only on new findings. Each entry names its article (the input
 * path on the command line, a library caller's article id) and a fingerprint that survives edits elsewhere in the
 * article: the rule id, the finding's evidence text normalised (case, quotes, spacing), and the three words either
 * side of it within its paragraph. Offsets are not part of it, so adding a paragraph above a finding does not make it new.
 *
 * <p>Entries are a multiset per article: a finding that occurs twice and is baselined once is new the second time.
 * Immutable; {@link #startRun()} gives a thread-safe, per-run view that counts what matched.
 */
public final class Baseline {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final int CONTEXT_WORDS = 3;

    /** One accepted finding. {@code evidence} is for the people reading the file; only the fingerprint matches. */
    public record Entry(String article, String rule, String fingerprint, String evidence) {
    }

    /** The file's shape: a version, so later changes to the fingerprint can be told apart. */
    record File(int version, List<Entry> entries) {
    }

    private final List<Entry> entries;
    /** article -> fingerprint -> how many times accepted */
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            counts.computeIfAbsent(e.article(), k -> new HashMap<>()).merge(e.fingerprint(), 1, Integer::sum);
        }
    }

    public static Baseline of(List<Entry> entries) {
        return new Baseline(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads a baseline written by {@link #write}; errors name the file, line and column. */
    public static Baseline read(Path file) throws InputException {
        String json = TextFiles.readUtf8(file);
        try {
            File f = JSON.readValue(json, File.class);
            if (f == null || f.entries() == null) {
                throw new InputException(file, "not a baseline: expected {\"version\": 1, \"entries\": [...]}");
            }
            if (f.version() != 1) {
                throw new InputException(file, "baseline version " + f.version() + " is not known (expected 1)");
            }
            return new Baseline(f.entries());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InputException(file.toString(), loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "not a baseline: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the baseline, entries sorted (so it diffs well in a repository), atomically. */
    public void write(Path file) throws IOException {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::article).thenComparing(Entry::rule).thenComparing(Entry::fingerprint));
        TextFiles.writeAtomically(file, JSON.writeValueAsString(new File(1, sorted)) + "\n");
    }

    /** The entries for every finding of a report, under the article name {@code article}. */
    public static List<Entry> entriesOf(String article, VerificationReport report) {
        List<Entry> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            out.add(new Entry(article, f.ruleId(), fingerprint(f, report.articleText()),
                    f.evidence().isEmpty() ? null : f.evidence().get(0).text()));
        }
        return out;
    }

    /** A finding's fingerprint: rule, normalised evidence and a little context; never its offsets. */
    public static String fingerprint(Finding f, String text) {
        StringBuilder key = new StringBuilder(f.ruleId()).append('\n');
        if (f.evidence().isEmpty()) {
            key.append(normalise(f.message()));
        } else {
            for (Span s : f.evidence()) {
                key.append(normalise(s.text())).append('|');
            }
            Span first = f.evidence().get(0);
            if (text != null && first.end() <= text.length()) {
                key.append('\n').append(String.join(" ", lastWords(text.substring(0, first.start()))))
                        .append('\n').append(String.join(" ", firstWords(text.substring(first.end()))));
            }
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"')
                .strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Context stops at a blank line: a neighbouring paragraph's edits must not make a finding new. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

    private static List<String> lastWords(String before) {
        String tail = before.length() > 400 ? before.substring(before.length() - 400) : before;
        java.util.regex.Matcher m = PARAGRAPH_BREAK.matcher(tail);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        List<String> all = words(tail.substring(from));
        return all.subList(Math.max(0, all.size() - CONTEXT_WORDS), all.size());
    }

    private static List<String> firstWords(String after) {
        String head = after.length() > 400 ? after.substring(0, 400) : after;
        java.util.regex.Matcher m = PARAGRAPH_BREAK.matcher(head);
        List<String> all = words(m.find() ? head.substring(0, m.start()) : head);
        return all.subList(0, Math.min(CONTEXT_WORDS, all.size()));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(normalise(m.group()));
        }
        return out;
    }

    /** A run's view of the baseline: filters reports and counts what matched, from any number of threads. */
    public Run startRun() {
        return new Run();
    }

    /** Per-run matching state. */
    public final class Run {
        private final Map<String, Integer> matched = new ConcurrentHashMap<>();
        private final Set<String> checked = ConcurrentHashMap.newKeySet();

        /** The report without the findings the baseline accepts for {@code article}. */
        public VerificationReport filter(String article, VerificationReport report) {
            checked.add(article);
            Map<String, Integer> accepted = new HashMap<>(counts.getOrDefault(article, Map.of()));
            List<Finding> kept = new ArrayList<>();
            int hits = 0;
            for (Finding f : report.findings()) {
                String fp = fingerprint(f, report.articleText());
                Integer left = accepted.get(fp);
                if (left != null && left > 0) {
                    accepted.put(fp, left - 1);
                    hits++;
                } else {
                    kept.add(f);
                }
            }
            matched.merge(article, hits, Integer::sum);
            return hits == 0 ? report : report.withFindings(kept, report.suppressed());
        }

        /** Findings the baseline accepted so far. */
        public int matched() {
            return matched.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Baseline entries of the articles checked in this run that no longer occur (fixed, or edited away). */
        public int gone() {
            int accepted = checked.stream().mapToInt(a -> counts.getOrDefault(a, Map.of()).values().stream()
                    .mapToInt(Integer::intValue).sum()).sum();
            return accepted - matched();
        }
    }
}
