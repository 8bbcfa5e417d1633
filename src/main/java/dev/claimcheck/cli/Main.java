package dev.claimcheck.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar claimcheck.jar}. A thin shell: every command delegates to the library. */
@Command(name = "claimcheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks news articles for unsupported assertions, weak and duplicated sourcing, "
                + "inconsistencies, missing context and structural problems.",
        subcommands = {CheckCommand.class, ExtractCommand.class, RulesCommand.class, EvaluateCommand.class,
                BenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this rather than main). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the CLI with the given output streams (used by tests and embedding tools). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("claimcheck: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claimcheck " + dev.claimcheck.report.SarifReport.version()};
        }
    }
}
