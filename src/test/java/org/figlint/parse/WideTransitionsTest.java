package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.antlr.v4.runtime.Token;
import org.figlint.parse.generated.FrenchLexer;
import org.junit.jupiter.api.Test;

/**
 * The extractor's lexer keeps the transitions on characters above 127 (and on the end of the
 * text) itself, which ANTLR's simulator recomputes each time: its tokens must be ANTLR's, for
 * accented letters, typographic spaces and marks, other scripts and supplementary characters,
 * in texts lexed by several threads at once over the shared table.
 */
class WideTransitionsTest {
  /** Latin-1 and Latin Extended-A, general punctuation and currency signs, and beyond them. */
  private static final int[] EDGES = {0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xAB, 0xBB, 0xBF, 0xC0, 0xC9,
      0xE0, 0xE7, 0xE9, 0xEB, 0xFF, 0x100, 0x13F, 0x140, 0x152, 0x153, 0x17F, 0x180, 0x1FF, 0x2FF,
      0x1FFF, 0x2000, 0x2009, 0x2019, 0x201C, 0x203F, 0x2040, 0x202F, 0x2060, 0x20AC, 0x20BF,
      0x20FF, 0x2100, 0x2212, 0x3000, 0x4E2D, 0xFEFF, 0x1F600};

  private static final String[] WORDS = {"février", "décembre", "août", "Élysée", "œuvre",
      "15 000 €", "3,5 %", "d’euros", "d'euros", "«", "»", "millions", "milliards", "le 3 mars",
      "2024", "1er", "mi-2025", "Ça", "à", "près", "12 h 30", "\n", " ", "\u00a0", "\u202f", "."};

  private static String random(Random random) {
    StringBuilder text = new StringBuilder();
    for (int k = random.nextInt(30); k > 0; k--) {
      switch (random.nextInt(4)) {
        case 0 -> text.appendCodePoint(EDGES[random.nextInt(EDGES.length)]);
        case 1 -> text.append(' ');
        case 2 -> text.appendCodePoint(EDGES[random.nextInt(EDGES.length)])
            .append(WORDS[random.nextInt(WORDS.length)]);
        default -> text.append(WORDS[random.nextInt(WORDS.length)]);
      }
    }
    return text.toString();
  }

  @Test
  void theTokensAreThoseOfAntlrsOwnSimulator() throws Exception {
    List<String> texts = new ArrayList<>();
    Random random = new Random(2611);
    for (int t = 0; t < 4000; t++) {
      texts.add(random(random));
    }
    // Every character of the edges alone and after a letter, a digit and a space.
    for (int c : EDGES) {
      String ch = new String(Character.toChars(c));
      texts.add(ch);
      texts.add("a" + ch + "b");
      texts.add("5" + ch + "5");
      texts.add(" " + ch + " ");
    }
    List<List<String>> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(tokens(stock(text)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        int first = thread;
        done.add(pool.submit(() -> {
          // Each thread goes through the texts from its own place, twice: the second time the
          // transitions are read from the tables the first made.
          for (int round = 0; round < 2; round++) {
            for (int k = 0; k < texts.size(); k++) {
              int i = (first * texts.size() / 4 + k) % texts.size();
              assertEquals(expected.get(i), tokens(Extractor.lexer(texts.get(i))), texts.get(i));
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A lexer with ANTLR's own simulator, over a stream of the same kind. */
  private static FrenchLexer stock(String text) {
    FrenchLexer lexer = new FrenchLexer(new TextStream(text));
    lexer.removeErrorListeners();
    return lexer;
  }

  private static List<String> tokens(FrenchLexer lexer) {
    List<String> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      out.add(t.getType() + ":" + t.getChannel() + ":" + t.getStartIndex() + "-"
          + t.getStopIndex());
      if (t.getType() == Token.EOF) {
        return out;
      }
    }
  }
}
