package org.figlint.claim;

import java.util.List;

/** A sentence of a document (UTF-16 offsets, end exclusive) and the clauses it splits into. */
public record Sentence(int start, int end, List<int[]> clauses) {
  public Sentence {
    clauses = List.copyOf(clauses);
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** The [start, end) of the clause holding {@code offset}. */
  public int[] clauseOf(int offset) {
    for (int[] c : clauses) {
      if (offset >= c[0] && offset < c[1]) {
        return c;
      }
    }
    return new int[] {start, end};
  }
}
