package org.figlint.document;

/**
 * Builds a document's analysed text from its original text, left to right, keeping the
 * {@link OffsetMap} that leads every analysed char back to the original.
 */
final class AnalysedText {
  private final String original;
  private final StringBuilder text;
  private final OffsetMap.Builder map = new OffsetMap.Builder();
  /** The original offset just after the last original char accounted for. */
  private int cursor;

  AnalysedText(String original) {
    this.original = original;
    this.text = new StringBuilder(original.length());
  }

  /** Appends {@code c} standing for the original char at {@code at}. */
  void put(char c, int at) {
    text.append(c);
    map.copy(at);
    cursor = at + 1;
  }

  /** Appends the original chars [from, to) as they are. */
  void copy(int from, int to) {
    for (int i = from; i < to; i++) {
      put(original.charAt(i), i);
    }
  }

  /** Appends {@code s}, which stands for the original span [from, to) as a whole. */
  void replace(int from, int to, String s) {
    text.append(s);
    map.atomic(from, to, s.length());
    cursor = Math.max(cursor, to);
  }

  /** Appends {@code s}, which stands for no original text (a block's end), at the cursor. */
  void insert(String s) {
    replace(cursor, cursor, s);
  }

  /** The last analysed char, or a line break at the start. */
  char last() {
    return text.length() == 0 ? '\n' : text.charAt(text.length() - 1);
  }

  String text() {
    return text.toString();
  }

  OffsetMap map() {
    return map.build(original.length());
  }
}
