package dev.claimcheck.extraction;

import dev.claimcheck.input.ArticleReader;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.ClaimsDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guard against attribution regressions: every seventh PolNeAR training article (120 of 840), scored the way
 * ../shared/polnear/score.py scores (a gold attribution is found when one prediction overlaps its source and its
 * cue, one to one). The full-split figures are in docs/EVALUATION.md.
 */
class PolnearRegressionTest {
    private static final Path SPLIT = Path.of("..", "shared", "polnear", "train");
    /** The scorer's verbs of saying (score.py's SAY), which define the reported-speech subset. */
    private static final Pattern SAY = Pattern.compile("\\b(said|says|say|saying|told|tells|tell|according|reported|"
            + "reports|announced|announces|stated|states|added|adding|adds|claimed|claims|denied|denies|confirmed|"
            + "confirms|wrote|writes|asked|explained|noted|notes|argued|argues|insisted|warned|warns|declared|"
            + "acknowledged|admitted|tweeted|posted|replied|responded|commented|predicted|estimated|testified|alleged|"
            + "described|called|urged|vowed|pledged|promised)\\b", Pattern.CASE_INSENSITIVE);

    private record Gold(int[] source, int[] cue, boolean say) {
    }

    @Test
    void attributionQualityHolds() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SPLIT), "PolNeAR training split not present beside the checkout");
        List<Path> anns;
        try (Stream<Path> s = Files.list(SPLIT.resolve("attributions"))) {
            anns = s.sorted().toList();
        }
        Set<String> seen = new HashSet<>();
        List<Path> firsts = new ArrayList<>();
        for (Path ann : anns) {
            String name = ann.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('_'));
            if (seen.add(stem)) {
                firsts.add(ann);
            }
        }
        int tp = 0, predicted = 0, gold = 0, sayTp = 0, sayGold = 0;
        for (int i = 0; i < firsts.size(); i += 7) {
            Path ann = firsts.get(i);
            String name = ann.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('_'));
            List<Gold> g = gold(ann);
            ClaimsDocument d = ExtractionTestSupport.extractor()
                    .extract(ArticleReader.read(SPLIT.resolve("text").resolve(stem + ".txt")).get(0));
            List<Attribution> p = d.attributions().stream().filter(a -> a.source() != null).toList();
            boolean[] used = new boolean[p.size()];
            for (Gold x : g) {
                for (int k = 0; k < p.size(); k++) {
                    Attribution a = p.get(k);
                    if (!used[k] && overlaps(a.source().start(), a.source().end(), x.source())
                            && overlaps(a.cue().start(), a.cue().end(), x.cue())) {
                        used[k] = true;
                        tp++;
                        sayTp += x.say() ? 1 : 0;
                        break;
                    }
                }
                sayGold += x.say() ? 1 : 0;
            }
            gold += g.size();
            predicted += p.size();
        }
        double precision = tp / (double) predicted;
        double recall = tp / (double) gold;
        double f1 = 2 * precision * recall / (precision + recall);
        double sayRecall = sayTp / (double) sayGold;
        double sayF1 = 2 * precision * sayRecall / (precision + sayRecall);
        String summary = String.format("P %.3f R %.3f F1 %.3f; speech R %.3f F1 %.3f", precision, recall, f1,
                sayRecall, sayF1);
        assertTrue(f1 >= 0.60, summary);
        assertTrue(sayF1 >= 0.85, summary);
    }

    private static boolean overlaps(int s, int e, int[] span) {
        return s < span[1] && span[0] < e;
    }

    /** Brat standoff: T lines are spans, E lines tie Source and Cue together. */
    private static List<Gold> gold(Path ann) throws Exception {
        Map<String, int[]> spans = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        List<Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(ann)) {
            String[] p = line.split("\t");
            if (p[0].startsWith("T") && p.length >= 2) {
                String[] offs = p[1].split(" ");
                try {
                    spans.put(p[0], new int[]{Integer.parseInt(offs[1]), Integer.parseInt(offs[offs.length - 1])});
                    texts.put(p[0], p.length > 2 ? p[2] : "");
                } catch (NumberFormatException e) {
                    // not a span line the scorer reads either
                }
            } else if (p[0].startsWith("E") && p.length >= 2) {
                Map<String, String> roles = new HashMap<>();
                for (String r : p[1].split(" ")) {
                    int c = r.indexOf(':');
                    if (c > 0) {
                        roles.put(r.substring(0, c), r.substring(c + 1));
                    }
                }
                int[] src = spans.get(roles.get("Source"));
                int[] cue = spans.get(roles.get("Cue"));
                if (src != null && cue != null) {
                    out.add(new Gold(src, cue, SAY.matcher(texts.get(roles.get("Cue"))).find()));
                }
            }
        }
        return out;
    }
}
