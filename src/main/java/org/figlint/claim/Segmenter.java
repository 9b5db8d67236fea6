package org.figlint.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits prose into sentences and clauses. A sentence ends at . ! ? … followed by a line
 * break, or by a space and a capital, an opening quote, a digit, a dash or a name written with
 * a small letter first ("xAI", "iPhone"); and at a line break (except in transcripts, whose
 * sentences run over several lines). Clauses split at ; and at relative and contrastive links
 * (" qui ", " mais ", " tandis que ", " alors que ", parentheses), so that a figure binds to
 * the predicate of its own clause.
 */
public final class Segmenter {
  private static final String[] CLAUSE_LINKS = {
    " qui ", " mais ", " tandis que ", " alors que ", " lorsque ", " après avoir ", " contre ",
    " dont ", " tout en "
  };

  /** The links by their first letter (ASCII), to test a space cheaply. */
  private static final String[][] LINKS_BY_LETTER = new String[0x80][];

  static {
    for (String link : CLAUSE_LINKS) {
      char first = link.charAt(1);
      String[] known = LINKS_BY_LETTER[first];
      String[] more = known == null ? new String[1] : java.util.Arrays.copyOf(known, known.length + 1);
      more[more.length - 1] = link;
      LINKS_BY_LETTER[first] = more;
    }
  }

  private Segmenter() {}

  /** The links that start with {@code c} (in any case), or null. */
  private static String[] linksAfter(char c) {
    char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    return lower < 0x80 ? LINKS_BY_LETTER[lower] : null;
  }

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
    return sentences(text, transcript, (start, end) -> true);
  }

  /**
   * Which sentences need their clauses: the others are one clause. Asked once for each
   * sentence, in text order.
   */
  @FunctionalInterface
  public interface ClausesWanted {
    boolean in(int start, int end);
  }

  /**
   * The sentences of {@code text}; only those {@code wanted} are split into clauses (a sentence
   * without a figure needs none).
   */
  public static List<Sentence> sentences(String text, boolean transcript, ClausesWanted wanted) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    // Only line breaks and . ! ? … can end a sentence: jump from one to the next (indexOf
    // scans fast), rather than looking at every character.
    int[] ahead = new int[ENDINGS.length];
    for (int k = 0; k < ENDINGS.length; k++) {
      ahead[k] = indexOf(text, ENDINGS[k], 0);
    }
    while (true) {
      int i = n;
      int which = -1;
      for (int k = 0; k < ahead.length; k++) {
        if (ahead[k] < i) {
          i = ahead[k];
          which = k;
        }
      }
      if (which < 0) {
        break;
      }
      ahead[which] = indexOf(text, ENDINGS[which], i + 1);
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
            end = Character.isUpperCase(after) || OPENING_QUOTES.indexOf(after) >= 0
                || after == '—' || after == '-' || Character.isDigit(after)
                || camelCase(text, i + 2);
            if (end && c == '.' && isAbbreviation(text, i)) {
              end = false;
            }
          } else if (Character.isUpperCase(next) && c == '.' && i > 0
              && (Character.isLowerCase(text.charAt(i - 1)) || gluedAfter(text, i))) {
            // Paragraphs glued by scraping: "Paris.Cette vidéo", "(1 325 926 €).Ces deux",
            // "en 2018.Les".
            end = true;
          }
        }
      }
      if (end) {
        add(text, start, cut, out, wanted);
        start = cut;
      }
    }
    if (start < n) {
      add(text, start, n, out, wanted);
    }
    return out;
  }

  /**
   * Whether a word that starts at {@code at} is a name written with a small letter first and a
   * capital inside ("xAI", "iPhone", "eBay"), which starts a sentence as it is.
   */
  private static boolean camelCase(String text, int at) {
    if (!Character.isLowerCase(text.charAt(at))) {
      return false;
    }
    for (int k = at + 1; k < text.length() && Character.isLetter(text.charAt(k)); k++) {
      if (Character.isUpperCase(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the dot at {@code dot}, right before a capital, ends a sentence glued to the next
   * after a closing bracket, a closing quote or a number: the capital must start a word in
   * small letters ("€).Ces", "2018.Les"), so that "16.4 Super Sport" or "(U.S.A)" stay whole.
   */
  private static boolean gluedAfter(String text, int dot) {
    char before = text.charAt(dot - 1);
    if (")»\"”".indexOf(before) < 0 && !(before >= '0' && before <= '9')) {
      return false;
    }
    return dot + 2 < text.length() && Character.isLowerCase(text.charAt(dot + 2));
  }

  /** Quotes that open a sentence: French, English and German typography, and straight ones. */
  private static final String OPENING_QUOTES = "«\"“„‘‹";

  /** The characters that can end a sentence. */
  private static final char[] ENDINGS = {'\n', '.', '!', '?', '…'};

  private static int indexOf(String text, char c, int from) {
    int at = text.indexOf(c, from);
    return at < 0 ? text.length() : at;
  }

  static boolean isAbbreviation(String text, int dot) {
    // Only a word of one letter or as long as an abbreviation can be one: the walk back stops
    // one letter past the longest.
    int k = dot - 1;
    while (k >= 0 && dot - 1 - k <= LONGEST && Character.isLetter(text.charAt(k))) {
      k--;
    }
    int len = dot - 1 - k;
    if (len == 1) {
      return true; // "M. Dupont", initials
    }
    for (String abbreviation : ABBREVIATIONS) {
      if (len == abbreviation.length() && text.startsWith(abbreviation, k + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Abbreviations of more than one letter that end with a dot: "Mme.", "av." (avenue). */
  private static final String[] ABBREVIATIONS = {"Mme", "Dr", "St", "av", "env"};

  private static final int LONGEST =
      java.util.Arrays.stream(ABBREVIATIONS).mapToInt(String::length).max().orElse(1);

  private static void add(String text, int start, int end, List<Sentence> out,
      ClausesWanted wanted) {
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
    out.add(new Sentence(s, e,
        wanted.in(s, e) ? clauses(text, s, e) : List.<int[]>of(new int[] {s, e})));
  }

  static List<int[]> clauses(String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int s = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      int cut = -1;
      if (c == ';' || c == '(' || c == ')' || c == '—') {
        cut = i;
      } else if (c == ' ' && i + 1 < end && linksAfter(text.charAt(i + 1)) != null) {
        for (String link : linksAfter(text.charAt(i + 1))) {
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
