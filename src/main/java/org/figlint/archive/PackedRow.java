package org.figlint.archive;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/**
 * The columns of a result row packed by SQLite into one blob, read back with one call. A
 * look-up returns hundreds of claims of about twenty columns each, and each column read
 * through JDBC is a call into the native library: reading one blob per row instead took the
 * look-ups of a 5 KB draft against a million claims from 20 to 14 ms in a process that had
 * run them before, and by about a sixth in a fresh one.
 *
 * <p>In the blob, a text column is its length in UTF-8 bytes, a colon, then its bytes
 * ({@code -1:} for NULL); an integer column is its decimal digits and a comma. The texts go
 * first, then the integers. The length tells where a text ends, whatever it holds (commas,
 * colons, NUL characters: SQLite's {@code concat} copies every byte, where {@code printf}
 * would stop at a NUL; it also allocates once per row, where {@code ||} does for each of its
 * operands). SQLite writes the archive in UTF-8, the encoding of the files it makes.
 */
final class PackedRow {
  private final byte[] bytes;
  private int at;

  PackedRow(byte[] bytes) {
    this.bytes = bytes == null ? new byte[0] : bytes;
  }

  /**
   * The SQL expression of the blob of {@code texts} (columns of type TEXT, which may be NULL)
   * then {@code integers} (INTEGER, never NULL).
   */
  static String expression(List<String> texts, List<String> integers) {
    StringJoiner out = new StringJoiner(", ", "CAST(concat(", ") AS BLOB)");
    for (String c : texts) {
      out.add("coalesce(length(CAST(" + c + " AS BLOB)), -1), ':', " + c);
    }
    for (String c : integers) {
      out.add(c + ", ','");
    }
    return out.toString();
  }

  /** The next text column, or null for NULL. */
  String text() {
    int length = number(':');
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > bytes.length - at) {
      throw malformed();
    }
    String s = new String(bytes, at, length, StandardCharsets.UTF_8);
    at += length;
    return s;
  }

  /** The next integer column. */
  int integer() {
    return number(',');
  }

  /** Whether every column was read. */
  boolean done() {
    return at == bytes.length;
  }

  private int number(char end) {
    boolean negative = at < bytes.length && bytes[at] == '-';
    if (negative) {
      at++;
    }
    long n = 0;
    int digits = 0;
    while (at < bytes.length && bytes[at] != end) {
      int d = bytes[at++] - '0';
      if (d < 0 || d > 9 || ++digits > 10) {
        throw malformed();
      }
      n = n * 10 + d;
    }
    if (at == bytes.length || digits == 0 || n > Integer.MAX_VALUE) {
      throw malformed();
    }
    at++;
    return (int) (negative ? -n : n);
  }

  private IllegalStateException malformed() {
    return new IllegalStateException("a claim's row is malformed at byte " + at);
  }
}
