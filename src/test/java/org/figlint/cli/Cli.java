package org.figlint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs figlint in-process, as if started in {@code cwd}, and captures what it prints. */
final class Cli {

  record Run(int exit, String out, String err) {}

  static Run run(Path cwd, String... args) {
    CommandLine cl = Main.commandLine();
    Object command = cl.getSubcommands().get(args[0]).getCommand();
    if (command instanceof LintCommand lint) {
      lint.workingDirectory = cwd;
    } else if (command instanceof InitCommand init) {
      init.directory = cwd;
    } else if (command instanceof ServeCommand serve) {
      serve.workingDirectory = cwd;
    }
    return execute(cl, args);
  }

  /** Runs a configured command line on {@code args}, capturing what it prints. */
  static Run execute(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Cli() {}
}
