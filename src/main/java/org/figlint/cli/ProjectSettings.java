package org.figlint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.figlint.files.IgnoreRules;
import org.figlint.files.Walker;
import org.figlint.report.Renderers;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ProjectConfig;
import org.figlint.rule.ProjectConfigLoader;
import org.figlint.rule.RuleException;

/** Finds and reads a project's {@code .figlint.yaml}, and turns it into what commands use. */
final class ProjectSettings {

  private ProjectSettings() {}

  /**
   * The settings of the run: from {@code file} when given, else from the nearest
   * {@code .figlint.yaml} at or above {@code workingDirectory}, else none.
   *
   * @throws RuleException when the file is broken
   */
  static ProjectConfig read(Path file, boolean noConfig, Path workingDirectory) {
    if (noConfig) {
      return ProjectConfig.none();
    }
    ProjectConfigLoader loader =
        new ProjectConfigLoader(new DefaultCheckCatalog(), Renderers.names());
    if (file != null) {
      return loader.load(file, display(file.toString()));
    }
    Optional<Path> found = ProjectConfig.find(workingDirectory);
    if (found.isEmpty()) {
      return ProjectConfig.none();
    }
    return loader.load(found.get(), display(shown(workingDirectory, found.get())));
  }

  /** The walker of a run: .gitignore files and the settings' {@code ignore:} globs. */
  static Walker walker(ProjectConfig config) {
    if (config.ignore().isEmpty()) {
      return new Walker(Inputs::known);
    }
    return new Walker(Inputs::known, IgnoreRules.of(config.ignore()), config.directory());
  }

  /** The settings' fact files, then those of the command line, each once. */
  static List<Path> facts(List<Path> fromSettings, List<Path> fromCommandLine) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> out = new ArrayList<>();
    for (Path p : fromSettings) {
      if (seen.add(p.toAbsolutePath().normalize())) {
        out.add(p);
      }
    }
    for (Path p : fromCommandLine) {
      if (seen.add(p.toAbsolutePath().normalize())) {
        out.add(p);
      }
    }
    return out;
  }

  /** {@code file} as a user would write it from {@code workingDirectory}: relative when it can. */
  private static String shown(Path workingDirectory, Path file) {
    Path from = workingDirectory.toAbsolutePath().normalize();
    Path to = file.toAbsolutePath().normalize();
    if (from.getRoot() != null && from.getRoot().equals(to.getRoot())) {
      return from.relativize(to).toString();
    }
    return to.toString();
  }

  private static String display(String path) {
    return path.replace('\\', '/');
  }
}
