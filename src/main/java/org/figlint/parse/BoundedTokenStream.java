package org.figlint.parse;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * A token stream that can pretend to end early: every token from {@code limit} on reads as EOF.
 * The extractor uses it to find the longest prefix that parses as a figure when a longer
 * alternative fails a few tokens later ("ce mardi, il..." is "ce mardi", not the start of
 * "ce mardi, 14 novembre").
 */
final class BoundedTokenStream extends CommonTokenStream {
  private int limit = Integer.MAX_VALUE;
  private CommonToken eof;
  /** How many times the parser looked at a token: the parser's work, for tests. */
  private long lookups;
  /** The index of the furthest token looked at since {@link #resetFurthest}, or -1. */
  private int furthest = -1;

  BoundedTokenStream(TokenSource source) {
    super(source);
  }

  /** A stream whose token list starts at the expected size, so that it never regrows. */
  BoundedTokenStream(TokenSource source, int expectedTokens) {
    super(source);
    this.tokens = new java.util.ArrayList<>(Math.max(16, expectedTokens));
  }

  void limit(int tokenIndex) {
    this.limit = tokenIndex;
    this.eof = null;
  }

  void unlimited() {
    this.limit = Integer.MAX_VALUE;
    this.eof = null;
  }

  long lookups() {
    return lookups;
  }

  int furthest() {
    return furthest;
  }

  void resetFurthest() {
    furthest = -1;
  }

  /**
   * As {@code BufferedTokenStream.fetch}, but a token of the lexer is known as the class it is
   * rather than checked against the {@code WritableToken} interface. On Java 17, testing one
   * class against two interfaces in turn (that one here, {@code Token} wherever a token comes
   * out of the stream's list) rewrites the one-entry cache of the class's secondary supers at
   * every test, and threads that share the class then fight over its cache line: with two
   * threads, extraction ran at 1.37 times the speed of one, the lexer alone at 1.88.
   */
  @Override
  protected int fetch(int n) {
    if (fetchedEOF) {
      return 0;
    }
    for (int i = 0; i < n; i++) {
      Token t = tokenSource.nextToken();
      if (t instanceof CommonToken c) {
        c.setTokenIndex(tokens.size());
      } else if (t instanceof org.antlr.v4.runtime.WritableToken w) {
        w.setTokenIndex(tokens.size());
      }
      tokens.add(t);
      if (t.getType() == Token.EOF) {
        fetchedEOF = true;
        return i + 1;
      }
    }
    return n;
  }

  @Override
  public Token LT(int k) {
    lookups++;
    Token t = super.LT(k);
    if (t != null && k > 0 && t.getTokenIndex() >= limit && t.getType() != Token.EOF) {
      if (eof == null) {
        eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setTokenIndex(limit);
        eof.setStartIndex(t.getStartIndex());
        eof.setStopIndex(t.getStartIndex() - 1);
      }
      t = eof;
    }
    if (t != null && k > 0 && t.getTokenIndex() > furthest) {
      furthest = t.getTokenIndex();
    }
    return t;
  }

  @Override
  public int LA(int i) {
    return LT(i).getType();
  }
}
