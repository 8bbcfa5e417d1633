package dev.claimcheck.jmh;

import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LanguageTool's English checker on the same corpus, used as its documentation shows:
 * {@code new JLanguageTool(language).check(text)}, one instance per thread (it is not thread-safe). The language
 * is looked up rather than built with {@code new AmericanEnglish()}: in LanguageTool 6.6 the constructor throws
 * "Language was already instantiated" once the rule classes have initialised the language registry.
 * Compare its per-article time with {@link CheckBenchmark#check}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class LanguageToolBenchmark {
    /** One LanguageTool per benchmark thread. */
    @State(Scope.Thread)
    public static class Tool {
        JLanguageTool lt;

        @Setup(Level.Trial)
        public void setUp() {
            lt = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        }
    }

    @Benchmark
    public List<RuleMatch> languageTool(CorpusState s, Cursor c, Tool t) throws IOException {
        return t.lt.check(s.articles.get(c.next(s.articles.size())).text());
    }
}
