package org.figlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.figlint.document.Document;
import org.figlint.document.DocumentLoader;
import org.figlint.document.InputException;
import org.figlint.document.JsonLines;
import org.figlint.files.Walker;

/**
 * Turns the PATH arguments into documents: files as given, folders walked recursively for
 * known extensions in a fixed order (see {@link Walker}: .gitignore files and ignore globs are
 * honoured), and "-" for standard input.
 */
final class Inputs {
  static final List<String> EXTENSIONS =
      List.of(".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".jsonl.gz", ".ndjson");

  /** One input: its documents (an archive holds many), or the one-line error that stopped it. */
  record Loaded(List<Document> documents, String error) {
    static Loaded of(Document document) {
      return new Loaded(List.of(document), null);
    }

    static Loaded failed(String error) {
      return new Loaded(List.of(), error);
    }

    Document document() {
      return documents.isEmpty() ? null : documents.get(0);
    }
  }

  private final DocumentLoader loader;
  private final InputStream stdin;
  private final String stdinName;
  private final Walker walker;

  Inputs(DocumentLoader loader, InputStream stdin) {
    this(loader, stdin, null, new Walker(Inputs::known));
  }

  Inputs(DocumentLoader loader, InputStream stdin, Walker walker) {
    this(loader, stdin, null, walker);
  }

  /** {@code stdinName}: the path shown for "-", whose extension names its format. */
  Inputs(DocumentLoader loader, InputStream stdin, String stdinName) {
    this(loader, stdin, stdinName, new Walker(Inputs::known));
  }

  Inputs(DocumentLoader loader, InputStream stdin, String stdinName, Walker walker) {
    this.loader = loader;
    this.stdin = stdin;
    this.stdinName = stdinName == null ? STDIN : display(stdinName);
    this.walker = walker;
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
        Walker.Result walked = walker.walk(p);
        out.addAll(walked.files());
        walked.errors().forEach(e -> out.add(Loaded.failed(e)));
      } else if (Files.isRegularFile(p)) {
        out.add(arg);
      } else if (Files.exists(p)) {
        // A device or a pipe (/dev/stdin, a process substitution): what it holds has no end
        // known in advance; standard input is read with -.
        out.add(Loaded.failed(arg + ": not a regular file or folder; use - to read standard"
            + " input"));
      } else {
        out.add(Loaded.failed(arg + ": no such file or folder"));
      }
    }
    return out;
  }

  static boolean known(String name) {
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
    String shown = path.equals("-") ? stdinName : display(path);
    try {
      if (path.equals("-")) {
        return Loaded.of(loader.fromBytes(stdin.readAllBytes(), stdinName));
      }
      if (JsonLines.handles(path)) {
        return new Loaded(JsonLines.read(Path.of(path), shown), null);
      }
      return Loaded.of(loader.load(Path.of(path), shown));
    } catch (InputException e) {
      return Loaded.failed(e.getMessage());
    } catch (IOException e) {
      return Loaded.failed(shown + ": cannot read (" + DocumentLoader.reason(e) + ")");
    } catch (OutOfMemoryError e) {
      return Loaded.failed(tooLarge(shown, e));
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
