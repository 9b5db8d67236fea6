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

  /**
   * The [start, end) of the clause holding {@code offset}: a binary search, since the clauses
   * follow one another (a sentence can hold thousands of them, each with a figure).
   */
  public int[] clauseOf(int offset) {
    int lo = 0;
    int hi = clauses.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int[] c = clauses.get(mid);
      if (offset < c[0]) {
        hi = mid - 1;
      } else if (offset >= c[1]) {
        lo = mid + 1;
      } else {
        return c;
      }
    }
    return new int[] {start, end};
  }
}
