package org.figlint.rule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's settings, read from its {@code .figlint.yaml} by {@link ProjectConfigLoader}. Every
 * setting is null (or empty) when the file does not give it; paths are already resolved against
 * the folder of the file. Command-line options win over these settings.
 *
 * @param file the file read, null for {@link #none()}
 * @param rules a rules folder replacing the bundled one
 * @param facts more fact files
 * @param checks per check, what the file changes over the rules folder's {@code figlint.yaml}
 * @param ignore globs of files not to read when walking folders ({@code .gitignore} syntax,
 *     relative to {@link #directory()})
 * @param referenceDate the date of documents that give none
 * @param format the default output format
 * @param failOn {@code error}, {@code warning}, {@code info} or {@code never}
 * @param lang {@code fr} or {@code en}
 * @param archive a path for the archive feature
 */
public record ProjectConfig(Path file, Path rules, List<Path> facts,
    Map<String, CheckOverride> checks, List<String> ignore, LocalDate referenceDate, String format,
    String failOn, String lang, Path archive) {

  /** The name figlint looks for. */
  public static final String FILE_NAME = ".figlint.yaml";

  public ProjectConfig {
    facts = List.copyOf(facts);
    checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    ignore = List.copyOf(ignore);
  }

  /** No configuration file: nothing set. */
  public static ProjectConfig none() {
    return new ProjectConfig(null, null, List.of(), Map.of(), List.of(), null, null, null, null,
        null);
  }

  /** The folder the file's paths and globs are relative to; null without a file. */
  public Path directory() {
    return file == null ? null : file.toAbsolutePath().normalize().getParent();
  }

  /**
   * The nearest {@value #FILE_NAME} in {@code start} or one of its parents, up to the filesystem
   * root, as {@code .editorconfig} and {@code .vale.ini} are found.
   */
  public static Optional<Path> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
