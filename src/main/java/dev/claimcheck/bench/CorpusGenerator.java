package dev.claimcheck.bench;

import dev.claimcheck.model.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic but realistic news articles for benchmarks: a headline and 8 to 12 paragraphs of attributed quotes,
 * figures, rankings, dates, anonymous and named sources, drawn from templates with varied names, numbers, places
 * and topics. The same seed always yields the same corpus, so runs on different days compare like with like.
 *
 * <p>Articles are about 2.5 KB, the size of the seed article the targets are stated for.
 */
public final class CorpusGenerator {
    /** Paragraphs are added until the article reaches this many characters. */
    static final int TARGET_CHARS = 2400;
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private final Random random;
    private int count;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The next article of the corpus; ids run art-00001, art-00002, ... */
    public Article next() {
        count++;
        Topic topic = pick(Templates.TOPICS);
        Map<String, String> fixed = articleSlots(topic);
        StringBuilder body = new StringBuilder();
        List<String> paragraphs = new ArrayList<>(Templates.OPENINGS);
        String title = fill(pick(Templates.TITLES), fixed);
        body.append(fill(pick(paragraphs), fixed));
        List<String> rest = new ArrayList<>(Templates.PARAGRAPHS);
        while (body.length() < TARGET_CHARS && !rest.isEmpty()) {
            String p = rest.remove(random.nextInt(rest.size()));
            body.append("\n\n").append(fill(p, fixed));
        }
        String published = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)).toString();
        String id = String.format(Locale.ROOT, "art-%05d", count);
        return new Article(id, title, "https://news.example/" + id, fixed.get("outlet"), published,
                title + "\n\n" + body);
    }

    private Map<String, String> articleSlots(Topic topic) {
        Map<String, String> m = new HashMap<>();
        m.put("org", topic.orgs().get(random.nextInt(topic.orgs().size())));
        m.put("rival", topic.orgs().get(random.nextInt(topic.orgs().size())));
        m.put("thing", topic.thing());
        m.put("metric", topic.metric());
        m.put("field", topic.field());
        m.put("person", pick(Templates.FIRST) + " " + pick(Templates.LAST));
        m.put("person2", pick(Templates.FIRST) + " " + pick(Templates.LAST));
        m.put("person3", pick(Templates.FIRST) + " " + pick(Templates.LAST));
        m.put("role", pick(Templates.ROLES));
        m.put("role2", pick(Templates.ROLES));
        m.put("city", pick(Templates.CITIES));
        m.put("country", pick(Templates.COUNTRIES));
        m.put("outlet", pick(Templates.OUTLETS));
        m.put("agency", pick(Templates.AGENCIES));
        m.put("day", pick(Templates.DAYS));
        m.put("month", pick(Templates.MONTHS));
        return m;
    }

    /** Replaces {slot}s: article-wide names stay fixed; numbers are drawn afresh at every use. */
    private String fill(String template, Map<String, String> fixed) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = fixed.containsKey(key) ? fixed.get(key) : number(key);
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String number(String key) {
        return switch (key) {
            case "n" -> Integer.toString(2 + random.nextInt(98));
            case "big" -> Integer.toString(100 + random.nextInt(900));
            case "thousands" -> String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(90_000));
            case "pct" -> String.format(Locale.ROOT, "%.1f", 0.5 + random.nextInt(400) / 10.0);
            case "year" -> Integer.toString(2018 + random.nextInt(10));
            case "rank" -> pick(Templates.RANKS);
            case "money" -> "$" + (1 + random.nextInt(900)) + " " + pick(List.of("million", "billion"));
            default -> throw new IllegalArgumentException("unknown template slot {" + key + "}");
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
