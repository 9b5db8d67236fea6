package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.figlint.parse.generated.FrenchLexer;
import org.junit.jupiter.api.Test;

/**
 * The lexer's stream gives what ANTLR's {@code CharStreams.fromString} gives: the same code
 * points forwards and backwards, the same texts of intervals, and so the same tokens, for text
 * with accents, typographic spaces, supplementary characters and lone surrogates.
 */
class TextStreamTest {
  private static final String[] PIECES = {"15", " ", "\u00a0", "\u202f", "millions", " d’euros",
      "d'euros", "%", "€", "le 3 mars 2024", "\n", "\r\n", "«", "»", "é", "Œ", "東京", "\ud83d\ude00",
      "\ud835\udc00", "\ud800", "\udc00", "x", ",", "5", ".", "-", "\u0000", "\uffff", "\u00ad"};

  /**
   * A text of random pieces. A soft hyphen is never put between two surrogates: left out, it
   * would let ANTLR's stream pair them, while the stream reads them as the two lone code points
   * they are in the text.
   */
  private static String random(Random random) {
    StringBuilder text = new StringBuilder();
    for (int k = random.nextInt(20); k > 0; k--) {
      String piece = PIECES[random.nextInt(PIECES.length)];
      if (piece.equals("\u00ad") && text.length() > 0
          && Character.isSurrogate(text.charAt(text.length() - 1))) {
        piece = "x";
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) == '\u00ad'
          && Character.isSurrogate(piece.charAt(0))) {
        text.append('x');
      }
      text.append(piece);
    }
    return text.toString();
  }

  @Test
  void codePointsAndTextsAreThoseOfAntlrsStream() {
    Random random = new Random(1127);
    for (int t = 0; t < 3000; t++) {
      String text = random(random);
      // Soft hyphens are left out: the stream is ANTLR's of the text without them.
      CharStream expected = CharStreams.fromString(text.replace("\u00ad", ""));
      TextStream actual = new TextStream(text);
      assertEquals(text.chars().anyMatch(c -> Character.isSurrogate((char) c) || c == 0xAD),
          actual.mapped(), text);
      assertEquals(expected.size(), actual.size(), text);
      assertEquals(expected.toString(), actual.toString(), text);
      for (int step = 0; step <= expected.size(); step++) {
        for (int i = -3; i <= 3; i++) {
          assertEquals(expected.LA(i), actual.LA(i), text + " at " + step + ", LA(" + i + ")");
        }
        assertEquals(expected.index(), actual.index());
        if (step < expected.size()) {
          expected.consume();
          actual.consume();
        }
      }
      assertThrows(IllegalStateException.class, actual::consume);
      for (int a = 0; a <= expected.size(); a++) {
        for (int b = a; b <= expected.size() + 1; b++) {
          assertEquals(expected.getText(Interval.of(a, b)), actual.getText(Interval.of(a, b)),
              text + " [" + a + ", " + b + "]");
        }
      }
      int middle = expected.size() / 2;
      expected.seek(middle);
      actual.seek(middle);
      assertEquals(expected.LA(1), actual.LA(1));
      assertEquals(IntStream.UNKNOWN_SOURCE_NAME, actual.getSourceName());
    }
  }

  @Test
  void theLexerGivesTheSameTokens() {
    Random random = new Random(2711);
    for (int t = 0; t < 2000; t++) {
      String text = random(random);
      assertEquals(tokens(new FrenchLexer(CharStreams.fromString(text.replace("\u00ad", "")))),
          tokens(new FrenchLexer(new TextStream(text))), text);
    }
  }

  private static List<String> tokens(FrenchLexer lexer) {
    lexer.removeErrorListeners();
    List<String> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      out.add(t.getType() + ":" + t.getStartIndex() + "-" + t.getStopIndex() + ":" + t.getText()
          + ":" + t.getLine() + ":" + t.getCharPositionInLine());
    }
    return out;
  }
}
