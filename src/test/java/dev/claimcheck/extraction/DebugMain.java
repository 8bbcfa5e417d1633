package dev.claimcheck.extraction;

/** Development aid: prints what extraction finds in a snippet given on the command line. */
public final class DebugMain {
    public static void main(String[] args) {
        var d = ExtractionTestSupport.snippet(args[0]);
        d.claims().forEach(c -> System.out.println(c.kind() + " " + c.quantities() + " " + c.dates() + " " + c.rankings()));
        d.attributions().forEach(System.out::println);
        d.definiteReferences().forEach(System.out::println);
        d.entities().forEach(System.out::println);
    }
}
