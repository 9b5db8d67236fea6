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
