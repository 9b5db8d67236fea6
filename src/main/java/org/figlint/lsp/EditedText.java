package org.figlint.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * A text that a batch of incremental changes edits in turn, each change's range being read in
 * the text as the changes before it left it. The text is one buffer and its line starts one
 * array, both edited in place: a change costs a copy of what follows it, not the making of a
 * new text and a new map of its lines, so that an editor's "replace all" (one change per
 * occurrence) costs seconds rather than minutes on a large file. Lines end as {@link
 * org.figlint.document.LineMap}'s do: \n, \r\n or \r.
 */
final class EditedText {
  private final StringBuilder text;
  /** {@code starts[i]} is where line {@code i} starts; {@code starts[0] == 0}. */
  private int[] starts = new int[16];
  private int lines;

  EditedText(String text) {
    this.text = new StringBuilder(text);
    lines = 1;
    insertStarts(1, breaksIn(0, text.length()));
  }

  /**
   * Replaces {@code range} (its ends read as {@link #offset} reads them) by {@code replacement}.
   */
  void replace(Range range, String replacement) {
    int start = offset(range.getStart());
    int end = Math.max(start, offset(range.getEnd()));
    text.replace(start, end, replacement);
    // The lines that start in [start, end] may have moved or gone: a break may end at start - 1
    // (a \r that a \n now follows) or inside the replaced text. Those that start after end have
    // only moved, by the change in length.
    int from = Math.max(1, firstStartAtOrAfter(start)); // line 0 starts at 0 whatever changes
    int to = firstStartAtOrAfter(end + 1);
    int delta = replacement.length() - (end - start);
    for (int i = to; i < lines; i++) {
      starts[i] += delta;
    }
    System.arraycopy(starts, to, starts, from, lines - to);
    lines -= to - from;
    insertStarts(from, breaksIn(Math.max(0, start - 1), start + replacement.length()));
  }

  /**
   * The UTF-16 offset of an LSP position: a line past the end gives the text's length, a
   * character past the end of its line the line's end (before its line break).
   */
  int offset(Position position) {
    int line = Math.max(0, position.getLine());
    if (line >= lines) {
      return text.length();
    }
    int lineStart = starts[line];
    int lineEnd = line + 1 < lines ? starts[line + 1] : text.length();
    while (lineEnd > lineStart
        && (text.charAt(lineEnd - 1) == '\n' || text.charAt(lineEnd - 1) == '\r')) {
      lineEnd--;
    }
    return lineStart + Math.min(Math.max(0, position.getCharacter()), lineEnd - lineStart);
  }

  @Override
  public String toString() {
    return text.toString();
  }

  /**
   * The starts of the lines that breaks ending in [{@code from}, {@code to}) open: after a \n,
   * and after a \r that no \n follows.
   */
  private int[] breaksIn(int from, int to) {
    int[] found = new int[8];
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = i + 1;
      }
    }
    return Arrays.copyOf(found, n);
  }

  private void insertStarts(int at, int[] added) {
    if (lines + added.length > starts.length) {
      starts = Arrays.copyOf(starts, Math.max(starts.length * 2, lines + added.length));
    }
    System.arraycopy(starts, at, starts, at + added.length, lines - at);
    System.arraycopy(added, 0, starts, at, added.length);
    lines += added.length;
  }

  /** The index of the first line start at or after {@code offset} ({@code lines} if none). */
  private int firstStartAtOrAfter(int offset) {
    int i = Arrays.binarySearch(starts, 0, lines, offset);
    return i >= 0 ? i : -i - 1;
  }
}
