package org.figlint.document;

/** Recognizes transcripts: texts whose lines mostly start with a timestamp ("00:17", "[1:02:03]"). */
public final class Transcripts {
  private Transcripts() {}

  public static boolean isTranscript(String text) {
    int lines = 0;
    int stamped = 0;
    int i = 0;
    int n = text.length();
    while (i < n && lines < 2000) {
      int eol = text.indexOf('\n', i);
      if (eol < 0) {
        eol = n;
      }
      if (eol > i) {
        lines++;
        if (startsWithTimestamp(text, i, eol)) {
          stamped++;
        }
      }
      i = eol + 1;
    }
    return stamped >= 3 && stamped * 3 >= lines;
  }

  /** The length of a timestamp at {@code start}, or 0. */
  public static int timestampLength(String text, int start, int end) {
    int i = start;
    if (i < end && text.charAt(i) == '[') {
      i++;
    }
    int groups = 0;
    while (true) {
      int digits = 0;
      while (i < end && Character.isDigit(text.charAt(i)) && digits < 2) {
        i++;
        digits++;
      }
      if (digits == 0 || (groups > 0 && digits != 2)) {
        return 0;
      }
      groups++;
      if (groups < 3 && i < end && text.charAt(i) == ':' && i + 1 < end
          && Character.isDigit(text.charAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    if (groups < 2) {
      return 0;
    }
    if (text.charAt(start) == '[') {
      if (i < end && text.charAt(i) == ']') {
        i++;
      } else {
        return 0;
      }
    }
    return i - start;
  }

  /**
   * The length of a speaker label at {@code start} ("JEAN DUPONT : ", "M. LE MAIRE: "): words in
   * capitals, at least two letters, then a colon and the spaces after it; 0 if there is none.
   */
  public static int speakerLength(String text, int start, int end) {
    int i = start;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    int letters = 0;
    while (i < end && i - start <= 40) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return 0;
        }
        letters++;
      } else if (c != ' ' && c != '-' && c != '.' && c != '\'' && c != '’') {
        break;
      }
      i++;
    }
    if (letters < 2 || i >= end || text.charAt(i) != ':') {
      return 0;
    }
    i++;
    if (i < end && !Character.isWhitespace(text.charAt(i))) {
      return 0;
    }
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    return i - start;
  }

  private static boolean startsWithTimestamp(String text, int start, int end) {
    return timestampLength(text, start, end) > 0;
  }
}
