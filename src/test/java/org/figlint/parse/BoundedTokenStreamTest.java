package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The stream fetches the lexer's tokens itself (without ANTLR's interface test of each one): it
 * must give the tokens, indexes and end that ANTLR's own stream gives, the hidden ones
 * included, however many are asked at a time.
 */
class BoundedTokenStreamTest {
  private static final List<String> TEXTS = List.of("",
      "Le 3 mars 2024, Mistral AI a levé 15 millions d’euros (soit 3,5 % de plus).",
      "«\u00a0225\u202fmillions de livres\u00a0» — lundi 18 mars 2025.\n\nFin.",
      "x".repeat(5000) + " 12 h 30 " + "\u4e2d\u6587 \ud83d\ude00 1er mai");

  @Test
  void fetchesTheTokensAndIndexesOfAntlrsStream() {
    for (String text : TEXTS) {
      CommonTokenStream antlr = new CommonTokenStream(Extractor.lexer(text));
      antlr.fill();
      for (int step : new int[] {1, 3, 1000}) {
        BoundedTokenStream ours = new BoundedTokenStream(Extractor.lexer(text));
        while (ours.fetch(step) == step) {
          // in steps, as the parser's look-ahead asks
        }
        assertEquals(antlr.getTokens().size(), ours.getTokens().size(), text);
        for (int i = 0; i < antlr.getTokens().size(); i++) {
          Token a = antlr.get(i);
          Token b = ours.get(i);
          assertEquals(i, b.getTokenIndex());
          assertEquals(a.getType(), b.getType());
          assertEquals(a.getChannel(), b.getChannel());
          assertEquals(a.getStartIndex(), b.getStartIndex());
          assertEquals(a.getStopIndex(), b.getStopIndex());
        }
        assertEquals(Token.EOF, ours.get(ours.getTokens().size() - 1).getType());
        assertEquals(0, ours.fetch(1));
      }
    }
  }
}
