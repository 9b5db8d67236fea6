package org.figlint.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.figlint.review.Reviewer;
import org.figlint.rule.ProjectConfig;

/**
 * The project of each document (the nearest {@code .figlint.yaml} at or above its folder) and
 * one {@link Reviewer} per configuration file, loaded once and again when the file changes.
 * Thread-safe.
 */
final class Projects {
  /**
   * A project: its configuration file (null: none, the bundled settings), and either its
   * reviewer or the one-line reason it could not be loaded.
   */
  record Project(Path config, Reviewer reviewer, String error) {
    /** The folder relative paths of the project are read from; null without a file. */
    Path directory() {
      return config == null ? null : config.getParent();
    }
  }

  /** A loaded project and the state of its file when it was loaded. */
  private record Loaded(Project project, Object stamp) {}

  private final Map<Optional<Path>, Loaded> cache = new HashMap<>();

  /** The project of the document at {@code uri}. */
  Project of(String uri) {
    Optional<Path> config = Uris.file(uri).map(Path::getParent).flatMap(ProjectConfig::find)
        .map(p -> p.toAbsolutePath().normalize());
    return load(config);
  }

  private synchronized Project load(Optional<Path> config) {
    Object stamp = config.map(Projects::stamp).orElse("");
    Loaded loaded = cache.get(config);
    if (loaded != null && Objects.equals(loaded.stamp(), stamp)) {
      return loaded.project();
    }
    Project project;
    try {
      project = new Project(config.orElse(null),
          config.isPresent() ? Reviewer.forProject(config.get().getParent()) : Reviewer.bundled(),
          null);
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      project = new Project(config.orElse(null), null, message.strip().replaceAll("\\s+", " "));
    }
    cache.put(config, new Loaded(project, stamp));
    return project;
  }

  /** Forgets every loaded project: rules or facts files may have changed. */
  synchronized void clear() {
    cache.clear();
  }

  /** What tells a changed file: its modification time and size. */
  private static Object stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.lastModifiedTime().toMillis() + ":" + a.size() + ":" + a.fileKey();
    } catch (IOException e) {
      return "missing";
    }
  }
}
