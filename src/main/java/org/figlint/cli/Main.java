package org.figlint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code figlint <command> ...}. */
@Command(
    name = "figlint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Vérifie la cohérence des chiffres et des dates d'un texte en français.",
    subcommands = {LintCommand.class, ExtractCommand.class, RulesCommand.class, ExplainCommand.class, BenchCommand.class,
      CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding reached the --fail-on threshold",
      "1:at least one finding reached the --fail-on threshold",
      "2:usage error, broken rule or configuration file, or unreadable input"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code);
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("figlint: " + ex.getMessage());
      return ExitCode.ERROR.code;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("figlint: internal error: " + ex);
      if (Boolean.getBoolean("figlint.debug")) {
        ex.printStackTrace(commandLine.getErr());
      }
      return ExitCode.ERROR.code;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"figlint " + (v == null ? "dev" : v)};
    }
  }
}
