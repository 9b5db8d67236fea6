package org.figlint.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Walks a folder for the documents to read, in a fixed order (sorted paths).
 *
 * <ul>
 *   <li>Only files whose name {@code wanted} accepts are kept.
 *   <li>{@code .gitignore} files are honoured, with git's precedence: those of the walked folders,
 *       and those of the parent folders up to the repository root (the folder holding
 *       {@code .git}), plus the repository's {@code .git/info/exclude}. A deeper file overrides a
 *       shallower one; within one file the last matching pattern decides. {@code .git} itself is
 *       never entered.
 *   <li>Extra ignore globs (a project's {@code ignore:} list, same syntax) are matched relative
 *       to their own folder, or to the walked folder for paths outside it. They exclude on their
 *       own: a {@code .gitignore} cannot re-include what they exclude, nor the reverse.
 *   <li>Symbolic links met inside the walk are not followed: a link out of the walked folder
 *       would read files outside the project, and a link inside it would read a file twice or
 *       loop. A link's target inside the walked folder is read under its own path. The folder
 *       given to {@link #walk} may itself be a link.
 * </ul>
 */
public final class Walker {

  public static final String GITIGNORE = ".gitignore";

  /** The files found under one folder, as display paths in sorted order, and what failed. */
  public record Result(List<String> files, List<String> errors) {
    public Result {
      files = List.copyOf(files);
      errors = List.copyOf(errors);
    }
  }

  /** The ignore list of one folder. */
  private record Level(Path base, IgnoreRules rules) {}

  private final Predicate<String> wanted;
  private final IgnoreRules extra;
  private final Path extraBase;

  /** A walker honouring {@code .gitignore} files only. */
  public Walker(Predicate<String> wanted) {
    this(wanted, IgnoreRules.empty(), null);
  }

  /**
   * @param wanted accepts the file names to read
   * @param extra more ignore globs
   * @param extraBase the folder {@code extra} is relative to (null: the walked folder)
   */
  public Walker(Predicate<String> wanted, IgnoreRules extra, Path extraBase) {
    this.wanted = Objects.requireNonNull(wanted, "wanted");
    this.extra = Objects.requireNonNull(extra, "extra");
    this.extraBase = extraBase == null ? null : real(extraBase);
  }

  /**
   * The files under {@code folder}, each as {@code folder.resolve(relative path).toString()},
   * sorted. A sub-folder that cannot be read is an error; the walk goes on.
   */
  public Result walk(Path folder) {
    List<String> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Path root;
    try {
      root = folder.toRealPath();
    } catch (IOException e) {
      errors.add(folder + ": cannot walk folder (" + describe(e) + ")");
      return new Result(files, errors);
    }
    Walk walk = new Walk(root, files, errors);
    walk.visit(root, folder, parentLevels(root, errors));
    files.sort(Comparator.naturalOrder());
    return new Result(files, errors);
  }

  private final class Walk {
    private final Path root;
    private final List<String> files;
    private final List<String> errors;

    Walk(Path root, List<String> files, List<String> errors) {
      this.root = root;
      this.files = files;
      this.errors = errors;
    }

    void visit(Path dir, Path shown, List<Level> levels) {
      List<Level> here = withIgnoreFile(levels, dir, errors);
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        stream.forEach(children::add);
      } catch (IOException | RuntimeException e) {
        errors.add(shown + ": cannot read folder (" + describe(e) + ")");
        return;
      }
      children.sort(Comparator.comparing(p -> p.getFileName().toString()));
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (name.equals(".git")) {
          continue;
        }
        BasicFileAttributes attributes;
        try {
          attributes = Files.readAttributes(child, BasicFileAttributes.class,
              LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          errors.add(shown.resolve(name) + ": cannot read (" + describe(e) + ")");
          continue;
        }
        if (attributes.isSymbolicLink()) {
          continue;
        }
        if (attributes.isDirectory()) {
          if (!ignored(child, true, here)) {
            visit(child, shown.resolve(name), here);
          }
        } else if (attributes.isRegularFile() && wanted.test(name)
            && !ignored(child, false, here)) {
          files.add(shown.resolve(name).toString());
        }
      }
    }

    private boolean ignored(Path path, boolean directory, List<Level> levels) {
      return gitignored(path, directory, levels) || extraIgnored(path, directory);
    }

    private boolean extraIgnored(Path path, boolean directory) {
      if (extra.isEmpty()) {
        return false;
      }
      String relative = extraBase == null ? null : relative(extraBase, path);
      if (relative == null) {
        relative = relative(root, path);
      }
      return relative != null && extra.match(relative, directory) == IgnoreRules.Verdict.IGNORED;
    }
  }

  /** The verdict of the deepest ignore list that says something of {@code path}. */
  private static boolean gitignored(Path path, boolean directory, List<Level> levels) {
    for (int i = levels.size() - 1; i >= 0; i--) {
      Level level = levels.get(i);
      String relative = relative(level.base(), path);
      if (relative == null) {
        continue;
      }
      IgnoreRules.Verdict verdict = level.rules().match(relative, directory);
      if (verdict != IgnoreRules.Verdict.NONE) {
        return verdict == IgnoreRules.Verdict.IGNORED;
      }
    }
    return false;
  }

  /**
   * The ignore lists above {@code root}, shallowest first: the repository's
   * {@code .git/info/exclude}, then the {@code .gitignore} of each folder from the repository
   * root down to the parent of {@code root}. None when {@code root} is not in a repository.
   */
  private static List<Level> parentLevels(Path root, List<String> errors) {
    Path repository = null;
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        repository = dir;
        break;
      }
    }
    List<Level> levels = new ArrayList<>();
    if (repository == null) {
      return levels;
    }
    Path top = repository;
    Path exclude = top.resolve(".git").resolve("info").resolve("exclude");
    if (Files.isRegularFile(exclude)) {
      read(exclude, errors).ifPresent(rules -> levels.add(new Level(top, rules)));
    }
    List<Path> parents = new ArrayList<>();
    for (Path dir = root.getParent(); dir != null && dir.startsWith(top);
        dir = dir.getParent()) {
      parents.add(0, dir);
    }
    for (Path dir : parents) {
      levels.addAll(withIgnoreFile(List.of(), dir, errors));
    }
    return levels;
  }

  private static List<Level> withIgnoreFile(List<Level> levels, Path dir, List<String> errors) {
    Path file = dir.resolve(GITIGNORE);
    if (!Files.isRegularFile(file)) {
      return levels;
    }
    return read(file, errors).map(rules -> {
      List<Level> more = new ArrayList<>(levels);
      more.add(new Level(dir, rules));
      return List.copyOf(more);
    }).orElse(levels);
  }

  private static Optional<IgnoreRules> read(Path file, List<String> errors) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      IgnoreRules rules = IgnoreRules.parse(text.lines().toList());
      return rules.isEmpty() ? Optional.empty() : Optional.of(rules);
    } catch (IOException e) {
      errors.add(file + ": cannot read (" + describe(e) + ")");
      return Optional.empty();
    }
  }

  /** {@code path} relative to {@code base}, with {@code /}; null when it is not inside. */
  private static String relative(Path base, Path path) {
    if (!path.startsWith(base) || path.equals(base)) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (Path name : base.relativize(path)) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(name);
    }
    return out.toString();
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static String describe(Exception e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }
}
