package dev.claimcheck.server;

/**
 * Undertow and XNIO log through JBoss Logging, which would otherwise pick java.util.logging and print version banners
 * on stderr. Pointing it at SLF4J sends them where Drools' logs go: slf4j-nop in the jar, so nothing, unless an
 * embedding application brings its own SLF4J backend (or sets the property itself, which is kept).
 */
final class QuietLogging {
    private static final String PROVIDER = "org.jboss.logging.provider";

    private QuietLogging() {
    }

    static void install() {
        if (System.getProperty(PROVIDER) == null) {
            System.setProperty(PROVIDER, "slf4j");
        }
    }
}
