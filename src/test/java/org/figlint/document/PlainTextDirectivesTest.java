package org.figlint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The directives of plain text are found where the first "[figlint-" is looked up before the
 * lines are walked exactly as regular expressions over every line from the start find them.
 */
class PlainTextDirectivesTest {

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern DIRECTIVE_LINE =
      Pattern.compile("[ \t]*(\\[figlint-[^\\]]*\\])[ \t]*");

  /** Every line, by regular expressions: a line that holds only a bracketed directive. */
  private static List<Comment> everyLine(String text) {
    List<Comment> out = new ArrayList<>();
    Matcher lineBreak = LINE_BREAK.matcher(text);
    int lineStart = 0;
    while (true) {
      boolean more = lineBreak.find();
      Matcher m = DIRECTIVE_LINE.matcher(text)
          .region(lineStart, more ? lineBreak.start() : text.length());
      if (m.matches()) {
        out.add(new Comment(m.start(1), m.end(1), text.substring(m.start(1) + 1, m.end(1) - 1)));
      }
      if (!more) {
        return out;
      }
      lineStart = lineBreak.end();
    }
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
