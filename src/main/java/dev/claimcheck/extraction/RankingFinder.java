package dev.claimcheck.extraction;

import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rankings: "[entity,] the (world's) (second) largest smartphone maker (in Europe)". The entity is the name the
 * phrase is in apposition to ("Huawei, the ...", "Huawei - the ...", "Huawei is the ...").
 */
final class RankingFinder {
    private final Lexicon lex;

    RankingFinder(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * @param canonical maps a name as written to its canonical entity
     * @param fallbackEntity the sentence's subject entity, used when no apposition names one
     */
    List<Ranking> find(String text, List<Tok> t, Function<String, String> canonical, String fallbackEntity) {
        List<Ranking> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).lower();
            String superlative;
            int catStart;
            if (lex.superlatives.contains(w) && !(w.equals("most") || w.equals("least"))) {
                superlative = w;
                catStart = i + 1;
            } else if ((w.equals("most") || w.equals("least")) && i + 1 < t.size() && t.get(i + 1).isWord()
                    && !lex.isFunctionWord(t.get(i + 1).lower())) {
                superlative = w + " " + t.get(i + 1).lower();
                catStart = i + 2;
            } else {
                continue;
            }
            int k = i - 1;
            int rank = 1;
            if (k >= 0 && lex.ordinals.containsKey(t.get(k).lower())) {
                rank = lex.ordinals.get(t.get(k).lower());
                k--;
            } else if (k >= 0 && t.get(k).text().matches("\\d+(st|nd|rd|th)")) {
                rank = Integer.parseInt(t.get(k).text().replaceAll("\\D", ""));
                k--;
            }
            String scope = null;
            int phraseStart = k + 1;
            if (k >= 1 && (t.get(k).is("’s") || t.get(k).is("'s"))) {
                scope = t.get(k - 1).lower();
                phraseStart = k - 1;
                k -= 2;
            }
            if (k < 0 || !(t.get(k).is("the") || scope != null)) {
                continue; // "most people", "best of all": no definite ranking
            }
            int before = t.get(k).is("the") ? k - 1 : phraseStart - 1;
            if (before >= 1 && t.get(before).is("of") && t.get(before - 1).is("one")) {
                continue; // "one of the largest" names no rank
            }
            if (t.get(k).is("the")) {
                phraseStart = k;
            }
            int c = catStart;
            int catEnd = -1;
            while (c < t.size() && c - catStart < 6) {
                Tok tok = t.get(c);
                if (!tok.isWord() && !Tokenizer.isAlnumWord(tok.text())) {
                    break;
                }
                if (lex.isFunctionWord(tok.lower())) {
                    if (tok.is("of") && catEnd >= 0 && c + 1 < t.size() && t.get(c + 1).isWord()
                            && !lex.isFunctionWord(t.get(c + 1).lower())) {
                        c++;
                        continue;
                    }
                    break;
                }
                if (lex.reportingVerbs.contains(tok.lower()) && catEnd >= 0) {
                    break;
                }
                catEnd = c;
                c++;
            }
            if (catEnd < 0) {
                continue;
            }
            String category = text.substring(t.get(catStart).start(), t.get(catEnd).end());
            int end = catEnd;
            if (scope == null && catEnd + 2 < t.size() && t.get(catEnd + 1).is("in")) {
                int s = catEnd + 2;
                if (t.get(s).is("the") && s + 1 < t.size()) {
                    s++;
                }
                if (t.get(s).isWord() && !lex.isFunctionWord(t.get(s).lower())) {
                    scope = t.get(s).isCapitalised() ? t.get(s).text() : t.get(s).lower();
                    end = s;
                }
            }
            String entity = appositionEntity(text, t, phraseStart, canonical);
            out.add(new Ranking(Span.of(text, t.get(phraseStart).start(), t.get(end).end()),
                    entity != null ? entity : fallbackEntity, rank, superlative, category, scope));
            i = end;
        }
        return out;
    }

    private String appositionEntity(String text, List<Tok> t, int phraseStart, Function<String, String> canonical) {
        int k = phraseStart - 1;
        if (k < 0) {
            return null;
        }
        String l = t.get(k).lower();
        if (l.equals(",") || l.equals("-") || l.equals("—") || l.equals("–") || l.equals("is") || l.equals("was")
                || l.equals("remains") || l.equals("became") || l.equals("as") || l.equals("(")) {
            k--;
        } else {
            return null;
        }
        int e = k;
        while (k >= 0 && (t.get(k).isCapitalised() || lex.orgSuffixes.contains(t.get(k).lower()) && k < e)) {
            k--;
        }
        if (k == e) {
            return null;
        }
        int s = k + 1;
        while (s < e && lex.isFunctionWord(t.get(s).lower())) {
            s++;
        }
        return canonical.apply(text.substring(t.get(s).start(), t.get(e).end()));
    }
}
