package dev.claimcheck.extraction;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenNLP English models (Maven Central, opennlp-models-*-en 1.3.0), loaded once per JVM on first use. The
 * models are immutable; the ThreadSafe* wrappers keep one ME instance per thread, so sharing is safe.
 */
final class NlpModels {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private NlpModels() {
    }

    /** Lazily-initialised holder idiom: the JVM guarantees one safe initialisation. */
    private static final class Holder {
        static final ThreadSafeSentenceDetectorME SENTENCES = new ThreadSafeSentenceDetectorME((SentenceModel)
                load(SENTENCE_MODEL, SentenceModel::new));
        static final ThreadSafePOSTaggerME POS = new ThreadSafePOSTaggerME((POSModel) load(POS_MODEL, POSModel::new));
    }

    static ThreadSafeSentenceDetectorME sentences() {
        return Holder.SENTENCES;
    }

    static ThreadSafePOSTaggerME pos() {
        return Holder.POS;
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenNLP model " + resource + " could not be read", e);
        }
    }
}
