package org.figlint.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits prose into sentences and clauses. A sentence ends at . ! ? … followed by a space and
 * a capital, a quote or a line break, and at a line break (except in transcripts, whose
 * sentences run over several lines). Clauses split at ; and at relative and contrastive
 * links (" qui ", " mais ", " tandis que ", " alors que ", parentheses), so that a figure binds
 * to the predicate of its own clause.
 */
public final class Segmenter {
  private static final String[] CLAUSE_LINKS = {
    " qui ", " mais ", " tandis que ", " alors que ", " lorsque ", " après avoir ", " contre ",
    " dont ", " tout en "
  };

  /** The first letters of the links, to test a space cheaply. */
  private static final String LINK_START;

  static {
    StringBuilder first = new StringBuilder();
    for (String link : CLAUSE_LINKS) {
      if (first.indexOf(link.substring(1, 2)) < 0) {
        first.append(link.charAt(1));
      }
    }
    LINK_START = first.toString();
  }

  private Segmenter() {}

  /** Whether {@code link} (lower case) is at {@code at} in {@code text}, in any case. */
  private static boolean linkAt(String text, int at, int end, String link) {
    if (at + link.length() > end) {
      return false;
    }
    for (int k = 1; k < link.length(); k++) {
      char c = text.charAt(at + k);
      if (c != link.charAt(k) && Character.toLowerCase(c) != link.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  public static List<Sentence> sentences(String text, boolean transcript) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = false;
      int cut = i + 1;
      if (c == '\n' && !transcript) {
        end = true;
      } else if (c == '\n' && transcript && i + 1 < n && text.charAt(i + 1) == '\n') {
        end = true;
      } else if (c == '.' || c == '!' || c == '?' || c == '…') {
        if (i + 1 >= n) {
          end = true;
        } else {
          char next = text.charAt(i + 1);
          if (next == '\n' || next == '\r') {
            end = true;
          } else if (Character.isWhitespace(next) && i + 2 < n) {
            char after = text.charAt(i + 2);
            end = Character.isUpperCase(after) || after == '«' || after == '"' || after == '—'
                || after == '-' || Character.isDigit(after);
            if (end && c == '.' && isAbbreviation(text, i)) {
              end = false;
            }
          } else if (Character.isUpperCase(next) && c == '.' && i > 0
              && Character.isLowerCase(text.charAt(i - 1))) {
            // Paragraphs glued by scraping: "Paris.Cette vidéo".
            end = true;
          }
        }
      }
      if (end) {
        add(text, start, cut, out);
        start = cut;
      }
    }
    if (start < n) {
      add(text, start, n, out);
    }
    return out;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int k = dot - 1;
    while (k >= 0 && Character.isLetter(text.charAt(k))) {
      k--;
    }
    int len = dot - 1 - k;
    if (len == 1) {
      return true; // "M. Dupont", initials
    }
    String word = text.substring(k + 1, dot);
    return word.equals("Mme") || word.equals("Dr") || word.equals("St") || word.equals("av")
        || word.equals("env");
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s >= e) {
      return;
    }
    out.add(new Sentence(s, e, clauses(text, s, e)));
  }

  static List<int[]> clauses(String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int s = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      int cut = -1;
      if (c == ';' || c == '(' || c == ')' || c == '—') {
        cut = i;
      } else if (c == ' ' && i + 1 < end && LINK_START.indexOf(Character.toLowerCase(text.charAt(i + 1))) >= 0) {
        for (String link : CLAUSE_LINKS) {
          if (linkAt(text, i, end, link)) {
            cut = i;
            break;
          }
        }
      }
      if (cut > s) {
        out.add(new int[] {s, cut});
        s = cut;
      }
    }
    out.add(new int[] {s, end});
    return out;
  }
}
