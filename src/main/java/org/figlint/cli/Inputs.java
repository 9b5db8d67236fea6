package org.figlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.figlint.document.Document;
import org.figlint.document.DocumentLoader;
import org.figlint.document.InputException;

/**
 * Turns the PATH arguments into documents: files as given, folders walked recursively for
 * known extensions in a fixed order, and "-" for standard input.
 */
final class Inputs {
  static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");

  /** One input: a document, or the one-line error that stopped it. */
  record Loaded(Document document, String error) {}

  private final DocumentLoader loader;
  private final InputStream stdin;

  Inputs(DocumentLoader loader, InputStream stdin) {
    this.loader = loader;
    this.stdin = stdin;
  }

  /** The files to read, in a deterministic order; errors for paths that do not exist. */
  List<Object> expand(List<String> paths) {
    List<Object> out = new ArrayList<>();
    for (String arg : paths) {
      if (arg.equals("-")) {
        out.add("-");
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> known(f.getFileName().toString()))
              .map(Path::toString)
              .sorted()
              .forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          out.add(new Loaded(null, arg + ": cannot walk folder (" + e.getMessage() + ")"));
        }
      } else if (Files.isRegularFile(p)) {
        out.add(arg);
      } else {
        out.add(new Loaded(null, arg + ": no such file or folder"));
      }
    }
    return out;
  }

  private static boolean known(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : EXTENSIONS) {
      if (lower.endsWith(ext)) {
        return true;
      }
    }
    return false;
  }

  Loaded load(Object item) {
    if (item instanceof Loaded l) {
      return l;
    }
    String path = (String) item;
    String shown = path.equals("-") ? STDIN : display(path);
    try {
      if (path.equals("-")) {
        return new Loaded(loader.fromBytes(stdin.readAllBytes(), STDIN), null);
      }
      return new Loaded(loader.load(Path.of(path), shown), null);
    } catch (InputException e) {
      return new Loaded(null, e.getMessage());
    } catch (IOException e) {
      return new Loaded(null, shown + ": cannot read (" + DocumentLoader.reason(e) + ")");
    } catch (OutOfMemoryError e) {
      return new Loaded(null, tooLarge(shown, e));
    }
  }

  static final String STDIN = "<stdin>";

  /**
   * The one-line error for a document that ran out of memory or stack: it stops that document,
   * not the run.
   */
  static String tooLarge(String path, Error e) {
    return path + (e instanceof StackOverflowError
        ? ": too deeply nested to check (stack overflow)"
        : ": too large to check (out of memory)");
  }

  static String display(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p;
  }
}
