package org.figlint.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.figlint.document.DocumentFormat;

/** Between the URIs an editor names documents by and the paths findings are keyed by. */
final class Uris {
  private Uris() {}

  /** The local file of a {@code file:} URI, if it is one. */
  static Optional<Path> file(String uri) {
    try {
      URI u = URI.create(uri);
      if ("file".equalsIgnoreCase(u.getScheme())) {
        return Optional.of(Path.of(u).toAbsolutePath().normalize());
      }
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      // not a file URI: the document is keyed by its URI
    }
    return Optional.empty();
  }

  /** The path a document's findings are keyed by: its file's path, else its URI. */
  static String path(String uri) {
    return file(uri).map(p -> p.toString().replace('\\', '/')).orElse(uri);
  }

  /**
   * The URI of a path a finding names that is not an open document (an archived document):
   * a URI as it is, an absolute path as a file URI, a relative path against {@code base}.
   */
  static String of(String path, Path base) {
    if (hasScheme(path)) {
      return path;
    }
    try {
      Path p = Path.of(path);
      if (!p.isAbsolute() && base != null) {
        p = base.resolve(p);
      }
      return p.toAbsolutePath().normalize().toUri().toString();
    } catch (java.nio.file.InvalidPathException e) {
      return path;
    }
  }

  private static boolean hasScheme(String path) {
    int colon = path.indexOf(':');
    // "C:/x" is a Windows path, not a URI with scheme "C".
    if (colon < 2) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = path.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return path.startsWith("//", colon + 1) || path.regionMatches(true, 0, "urn:", 0, 4)
        || path.regionMatches(true, 0, "untitled:", 0, 9);
  }

  /** The format of a document: by its language id, else by its URI's extension. */
  static DocumentFormat format(String languageId, String uri) {
    String id = languageId == null ? "" : languageId.toLowerCase(Locale.ROOT);
    return switch (id) {
      case "markdown" -> DocumentFormat.MARKDOWN;
      case "html" -> DocumentFormat.HTML;
      case "plaintext" -> DocumentFormat.PLAIN;
      default -> {
        String name = uri;
        int cut = indexOfAny(name, '?', '#');
        yield DocumentFormat.of(cut < 0 ? name : name.substring(0, cut));
      }
    };
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
