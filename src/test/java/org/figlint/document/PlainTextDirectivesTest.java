package org.figlint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The directives of plain text are found where the first "[figlint-" is looked up before the
 * lines are walked exactly as a walk over every line from the start finds them.
 */
class PlainTextDirectivesTest {

  /** Every line, from the first: a line that holds only a bracketed directive. */
  private static List<Comment> everyLine(String text) {
    List<Comment> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int eol = i;
      while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
        eol++;
      }
      int s = i;
      while (s < eol && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
        s++;
      }
      int e = eol;
      while (e > s && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
        e--;
      }
      if (text.startsWith("[figlint-", s) && e - s > 9 && text.charAt(e - 1) == ']'
          && text.indexOf(']', s) == e - 1) {
        out.add(new Comment(s, e, text.substring(s + 1, e - 1)));
      }
      i = eol < n && text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n'
          ? eol + 2 : eol + 1;
    }
    return out;
  }

  @Test
  void directivesAreFoundOnTheirOwnLinesWhereverTheFirstOneIs() {
    assertEquals(List.of(), PlainText.directives("Le 3 mars 2024, rien à signaler.\n"));
    assertEquals(List.of(new Comment(2, 46, "figlint-disable-next-line weekday-mismatch")),
        PlainText.directives("a\n[figlint-disable-next-line weekday-mismatch]\nLundi 3 mars.\n"));
    // Not alone on its line: prose that quotes a directive.
    assertEquals(List.of(), PlainText.directives("Écrire [figlint-disable] devant.\n"));
    assertEquals(List.of(new Comment(6, 23, "figlint-disable")),
        PlainText.directives("x\r\n\r\n [figlint-disable]\t\r\ny"));
  }

  @Test
  void theSameAsWalkingEveryLineOnRandomTexts() {
    String[] pieces = {"[figlint-", "disable-next-line", " weekday-mismatch", "]", "[", " ",
        "\t", "\n", "\r\n", "\r", "Lundi 3 mars", "é’«»", "x", "[figlint-disable]",
        "  [figlint-enable]  "};
    Random random = new Random(20261127);
    for (int t = 0; t < 5000; t++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      assertEquals(everyLine(s), PlainText.directives(s), s);
    }
  }
}
