package org.figlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.figlint.report.Renderers;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ProjectConfig;
import org.figlint.rule.StarterConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figlint init}: writes a commented starter {@code .figlint.yaml} in the current folder. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Écrit un fichier .figlint.yaml commenté dans le dossier courant.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--force", description = "Overwrite an existing .figlint.yaml.")
  boolean force;

  /** The folder to write to: the current one (tests set another). */
  Path directory = Path.of("").toAbsolutePath();

  @Override
  public Integer call() {
    Path file = directory.resolve(ProjectConfig.FILE_NAME);
    if (Files.exists(file) && !force) {
      spec.commandLine().getErr().println("figlint: " + ProjectConfig.FILE_NAME
          + " already exists; use --force to overwrite it");
      return ExitCode.ERROR.code;
    }
    try {
      Files.writeString(file, StarterConfig.text(new DefaultCheckCatalog(), Renderers.names()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      spec.commandLine().getErr().println("figlint: cannot write " + file + " (" + e + ")");
      return ExitCode.ERROR.code;
    }
    spec.commandLine().getOut().println("figlint: wrote " + ProjectConfig.FILE_NAME);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code;
  }
}
