package dev.claimcheck.engine;

import dev.claimcheck.input.InputException;
import dev.claimcheck.input.RulesFolder;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The bundled rules, compiled at build time. Compiling DRL is most of a CLI run's start-up (about 2 s on two cores);
 * reading the compiled packages takes a fraction of that. The file records a hash of the DRL it was built from and
 * is used only for the bundled rules with that very DRL, so an edited or different folder ({@code --rules DIR}) is
 * always compiled from source. Metadata and examples are still read and checked from the folder itself.
 */
public final class PrecompiledRules {
    /** Classpath resource holding the precompiled bundled rules (written by {@link #main} during the build). */
    public static final String RESOURCE = "claimcheck-rules.bin";

    private PrecompiledRules() {
    }

    /** The precompiled packages for {@code folder}, if the classpath has them and they were built from its DRL. */
    static Optional<Collection<KiePackage>> load(RulesFolder folder) {
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : read(folder, in);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads precompiled packages, or nothing when they were built from other DRL or cannot be read. */
    static Optional<Collection<KiePackage>> read(RulesFolder folder, InputStream in) {
        try (DroolsObjectInputStream objects = new DroolsObjectInputStream(in)) {
            String hash = (String) objects.readObject();
            if (!hash.equals(drlHash(folder))) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) objects.readObject();
            return Optional.of(packages);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // A stale or foreign file is no error: the rules are compiled from source instead.
            return Optional.empty();
        }
    }

    /** Compiles the folder's DRL and writes it with the hash it was built from. */
    static void write(RulesFolder folder, OutputStream out) throws RuleLoadException, IOException {
        Collection<KiePackage> packages = RuleCompiler.compileDrl(folder, folder.pathsEndingWith(".drl"));
        try (DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
            objects.writeObject(drlHash(folder));
            objects.writeObject(new ArrayList<>(packages));
        }
    }

    /**
     * SHA-256 over every DRL file's display path (origin included) and content, in path order. The origin is part
     * of it because compiled rules remember their file names: only the bundled packs match the bundled build, also
     * when a newsroom's folder stacks word lists on them.
     */
    static String drlHash(RulesFolder folder) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String path : folder.pathsEndingWith(".drl")) {
                // Display paths, not the folder's origin: the bundled packs under a newsroom's word lists still match.
                sha.update(folder.displayPath(path).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(folder.files().get(path).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Build step: {@code PrecompiledRules RULES_DIR OUTPUT_DIR} compiles RULES_DIR as the bundled rules and writes
     * OUTPUT_DIR/claimcheck-rules.bin (run by Maven in prepare-package, so the jar carries it).
     */
    public static void main(String[] args) throws IOException, InputException, RuleLoadException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PrecompiledRules RULES_DIR OUTPUT_DIR");
        }
        // Named like the bundled copy, so messages and rule files read the same either way.
        RulesFolder folder = new RulesFolder(RulesFolder.BUNDLED_ORIGIN, RulesFolder.read(Path.of(args[0])).files());
        Path out = Path.of(args[1]).resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            write(folder, os);
        }
    }
}
