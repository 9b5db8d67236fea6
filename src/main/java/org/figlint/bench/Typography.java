package org.figlint.bench;

import java.util.SplittableRandom;

/**
 * The typographic house style of one generated document: its apostrophe, the spaces it puts
 * before high punctuation, inside quotes and between digit groups, and its quotation marks.
 * Templates are written with plain spaces and ASCII apostrophes; {@link #apply} sets them.
 */
record Typography(char apostrophe, char beforeColon, char beforeHigh, char group, char inQuotes,
    String open, String close) {
  static final char NBSP = '\u00A0';
  static final char NNBSP = '\u202F';

  /** Press (fine spaces), agency (non-breaking spaces everywhere) or web (plain ASCII). */
  static Typography random(SplittableRandom r) {
    int style = r.nextInt(10);
    if (style < 4) {
      return new Typography('’', NBSP, NNBSP, NNBSP, NBSP, "«", "»");
    }
    if (style < 7) {
      return new Typography('’', NBSP, NBSP, NBSP, NBSP, "«", "»");
    }
    if (style < 9) {
      return new Typography('\'', ' ', ' ', ' ', ' ', "«", "»");
    }
    return new Typography('’', ' ', ' ', NBSP, ' ', "“", "”");
  }

  /** Typesets a sentence written with plain spaces, ASCII apostrophes and « ». */
  String apply(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if (c == '\'') {
        out.append(apostrophe);
      } else if (c == ' ' && (next == ':' || next == '%' || next == '€')) {
        out.append(beforeColon);
      } else if (c == ' ' && (next == ';' || next == '!' || next == '?')) {
        out.append(beforeHigh);
      } else if (c == ' ' && next == '»') {
        if (close.equals("»")) {
          out.append(inQuotes);
        }
      } else if (c == '«') {
        out.append(open);
        if (next == ' ') {
          if (open.equals("«")) {
            out.append(inQuotes);
          }
          i++;
        }
      } else if (c == '»') {
        out.append(close);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
