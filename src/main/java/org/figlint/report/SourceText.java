package org.figlint.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Gives renderers the original text of a line, for excerpts. */
@FunctionalInterface
public interface SourceText {

  /** Line {@code line} (1-based) of {@code file}, without its line break, if known. */
  Optional<String> line(String file, int line);

  /** No source text: renderers print no excerpts. */
  static SourceText none() {
    return (file, line) -> Optional.empty();
  }

  /** Source text from whole texts keyed by file; lines end at LF, CRLF or CR. */
  static SourceText of(Map<String, String> textByFile) {
    Map<String, List<String>> lines =
        textByFile.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> e.getValue().lines().toList()));
    return (file, line) -> {
      List<String> all = lines.get(file);
      if (all == null || line < 1 || line > all.size()) {
        return Optional.empty();
      }
      return Optional.of(all.get(line - 1));
    };
  }
}
