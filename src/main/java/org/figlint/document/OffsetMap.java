package org.figlint.document;

import java.util.Arrays;

/**
 * Maps offsets of a document's analysed text back to its original text, for formats whose
 * analysed text is not the original with blanks (HTML drops its tags and decodes its character
 * references). The map is a list of runs: a <em>copy</em> run maps each analysed char to one
 * original char; an <em>atomic</em> run maps a few analysed chars (a decoded {@code &euro;}, a
 * line break standing for a block's end) to a whole original span. {@link #IDENTITY} maps every
 * offset to itself.
 */
public final class OffsetMap {
  /** The map of a document whose analysed text keeps the original offsets. */
  public static final OffsetMap IDENTITY = new OffsetMap(null, null, null, 0, 0);

  private final int[] analysedStart;
  private final int[] originalStart;
  /** The original length of an atomic run, or -1 for a copy run. */
  private final int[] atomicLength;
  private final int analysedTotal;
  private final int originalTotal;

  private OffsetMap(int[] analysedStart, int[] originalStart, int[] atomicLength,
      int analysedTotal, int originalTotal) {
    this.analysedStart = analysedStart;
    this.originalStart = originalStart;
    this.atomicLength = atomicLength;
    this.analysedTotal = analysedTotal;
    this.originalTotal = originalTotal;
  }

  public boolean isIdentity() {
    return analysedStart == null;
  }

  /** The length of the analysed text this map was built for (0 for the identity). */
  public int analysedLength() {
    return analysedTotal;
  }

  /** The length of the original text this map was built for (0 for the identity). */
  public int originalLength() {
    return originalTotal;
  }

  /**
   * The original offset where the analysed char at {@code offset} comes from; the start of the
   * whole reference for a decoded char, the original length at the analysed text's end.
   */
  public int originalOffset(int offset) {
    if (isIdentity()) {
      return offset;
    }
    if (offset >= analysedTotal) {
      return originalTotal;
    }
    int run = run(offset);
    return atomicLength[run] >= 0 ? originalStart[run]
        : originalStart[run] + offset - analysedStart[run];
  }

  /**
   * The original offset that ends an analysed span ending (exclusive) at {@code end}: just after
   * the original of the span's last char, so that a span ending with a decoded reference ends
   * after its semicolon.
   */
  public int originalEnd(int end) {
    if (isIdentity()) {
      return end;
    }
    if (end <= 0) {
      return originalOffset(0);
    }
    int last = Math.min(end, analysedTotal) - 1;
    int run = run(last);
    return atomicLength[run] >= 0 ? originalStart[run] + atomicLength[run]
        : originalStart[run] + last - analysedStart[run] + 1;
  }

  private int run(int offset) {
    int idx = Arrays.binarySearch(analysedStart, offset);
    return idx >= 0 ? idx : -idx - 2;
  }

  /** Builds a map run by run, merging adjacent copy runs. */
  static final class Builder {
    private int[] aStart = new int[16];
    private int[] oStart = new int[16];
    private int[] aLength = new int[16];
    private int[] atomic = new int[16];
    private int count;
    private int analysed;

    /** One analysed char that stands for the original char at {@code original}. */
    void copy(int original) {
      if (count > 0 && atomic[count - 1] < 0 && oStart[count - 1] + aLength[count - 1] == original) {
        aLength[count - 1]++;
      } else {
        add(original, 1, -1);
      }
      analysed++;
    }

    /** {@code length} analysed chars that stand for the original span [from, to) as a whole. */
    void atomic(int from, int to, int length) {
      if (length <= 0) {
        return;
      }
      add(from, length, to - from);
      analysed += length;
    }

    private void add(int original, int length, int atomicLength) {
      if (count == aStart.length) {
        aStart = Arrays.copyOf(aStart, count * 2);
        oStart = Arrays.copyOf(oStart, count * 2);
        aLength = Arrays.copyOf(aLength, count * 2);
        atomic = Arrays.copyOf(atomic, count * 2);
      }
      aStart[count] = analysed;
      oStart[count] = original;
      aLength[count] = length;
      atomic[count] = atomicLength;
      count++;
    }

    /** The map; the identity when every analysed char stands for the original char at its offset. */
    OffsetMap build(int originalLength) {
      if (count == 0 && originalLength == 0) {
        return IDENTITY;
      }
      if (count == 1 && atomic[0] < 0 && oStart[0] == 0 && aLength[0] == originalLength) {
        return IDENTITY;
      }
      return new OffsetMap(Arrays.copyOf(aStart, count), Arrays.copyOf(oStart, count),
          Arrays.copyOf(atomic, count), analysed, originalLength);
    }
  }
}
