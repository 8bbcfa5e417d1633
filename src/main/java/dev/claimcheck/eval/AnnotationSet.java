package dev.claimcheck.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The hand-annotated evaluation articles, loaded with their texts. */
public record AnnotationSet(List<AnnotatedArticle> articles) {
    /** Where annotation files live, relative to the repository root. */
    public static final String ANNOTATIONS_DIR = "eval/annotations";
    /** Prefix of article references into the PolNeAR training split, which is not copied into the repository. */
    public static final String POLNEAR_PREFIX = "polnear:";

    // Unknown fields fail: a typo in a hand-maintained file should not silently drop an annotation.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public AnnotationSet {
        articles = List.copyOf(articles);
    }

    /** Loads every {@code eval/annotations/*.json} under {@code repoRoot}, in file-name order. */
    public static AnnotationSet load(Path repoRoot) {
        Path dir = repoRoot.resolve(ANNOTATIONS_DIR);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (Path file : files) {
            articles.add(loadOne(repoRoot, file));
        }
        return new AnnotationSet(articles);
    }

    static AnnotatedArticle loadOne(Path repoRoot, Path file) {
        ArticleAnnotation annotation;
        try {
            annotation = MAPPER.readValue(file.toFile(), ArticleAnnotation.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read annotation " + file + ": " + e.getMessage(), e);
        }
        Path path = resolve(repoRoot, annotation.article());
        try {
            return new AnnotatedArticle(annotation, path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("annotation " + file + ": cannot read article " + path, e);
        }
    }

    /**
     * Resolves an article reference: {@code polnear:REST} is {@code REPO/../shared/polnear/REST} (the shared,
     * read-only corpus next to the worktree), anything else is relative to the repository root.
     */
    public static Path resolve(Path repoRoot, String ref) {
        Path root = repoRoot.toAbsolutePath();
        Path p = ref.startsWith(POLNEAR_PREFIX)
                ? root.resolve("../shared/polnear").resolve(ref.substring(POLNEAR_PREFIX.length()))
                : root.resolve(ref);
        return p.normalize();
    }

    /** The article annotated under {@code ref}, or null. */
    public AnnotatedArticle get(String ref) {
        return articles.stream().filter(a -> a.ref().equals(ref)).findFirst().orElse(null);
    }
}
