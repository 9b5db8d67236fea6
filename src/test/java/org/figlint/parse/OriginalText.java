package org.figlint.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's text as the tests read it, without figlint's loader: the BOM dropped, lines ending at
 * \n, \r\n or \r, and 1-based (line, column) pairs turned into UTF-16 offsets, so that the
 * positions figlint reports can be checked against the file itself.
 */
public final class OriginalText {
  private final String text;
  private final List<Integer> lineStarts = new ArrayList<>();

  public OriginalText(String text) {
    this.text = text;
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && !text.startsWith("\n", i + 1))) {
        lineStarts.add(i + 1);
      }
    }
  }

  public static OriginalText of(Path file) {
    try {
      return of(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static OriginalText of(byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    return new OriginalText(new String(bytes, skip, bytes.length - skip, charset));
  }

  public String text() {
    return text;
  }

  /**
   * The UTF-16 offset of a 1-based line and column. The column may point just past the last
   * character of its line (an exclusive end), never further.
   */
  public int offset(int line, int column) {
    if (line < 1 || line > lineStarts.size() || column < 1) {
      throw new IllegalArgumentException("no line " + line + ", column " + column);
    }
    int start = lineStarts.get(line - 1);
    int lineEnd = line < lineStarts.size() ? lineStarts.get(line) : text.length();
    int offset = start + column - 1;
    if (offset > lineEnd) {
      throw new IllegalArgumentException("column " + column + " is past the end of line " + line);
    }
    return offset;
  }

  /** The text from (line, column) to (endLine, endColumn), the end exclusive. */
  public String slice(int line, int column, int endLine, int endColumn) {
    return text.substring(offset(line, column), offset(endLine, endColumn));
  }
}
