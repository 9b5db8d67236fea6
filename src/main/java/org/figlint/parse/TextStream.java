package org.figlint.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The characters the lexer reads, by code point, as {@code CharStreams.fromString} gives them
 * (a surrogate pair is one code point, a lone surrogate is itself), from one copy of the text;
 * soft hyphens (U+00AD, invisible unless a line breaks there: "févri&shy;er", "mil&shy;lions")
 * are left out, so that the words they split are read whole.
 * ANTLR's own streams come in three classes (8, 16 and 32 bits), chosen by the text, and the
 * lexer calls them through their interface for every character: with this one class only, the
 * JIT compiler binds those calls directly, which the C1 compiler of short runs does not do for
 * an interface with several implementations.
 */
final class TextStream implements CharStream {
  /** The text's UTF-16 units when it has no surrogate (one per code point then), else null. */
  private final char[] units;
  /** The text's code points, soft hyphens left out, when it has a surrogate or one. */
  private final int[] codePoints;
  private final int size;
  private int position;

  TextStream(String text) {
    // The copy first, then the look for surrogates in it: an array is read faster than a
    // String, by short runs' C1 code above all.
    char[] copy = text.toCharArray();
    boolean mapped = false;
    for (char c : copy) {
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE || c == SOFT_HYPHEN) {
        mapped = true;
        break;
      }
    }
    if (mapped) {
      this.units = null;
      this.codePoints = text.codePoints().filter(cp -> cp != SOFT_HYPHEN).toArray();
      this.size = codePoints.length;
    } else {
      this.units = copy;
      this.codePoints = null;
      this.size = units.length;
    }
  }

  /** The soft hyphen, which the lexer does not see. */
  static final char SOFT_HYPHEN = '\u00AD';

  /**
   * Whether the text has a surrogate or a soft hyphen: then the stream's indices are not its
   * UTF-16 offsets ({@link Utf16Map} converts them).
   */
  boolean mapped() {
    return units == null;
  }

  @Override
  public void consume() {
    if (position >= size) {
      throw new IllegalStateException("cannot consume EOF");
    }
    position++;
  }

  @Override
  public int LA(int i) {
    int at;
    if (i > 0) {
      at = position + i - 1;
      if (at >= size) {
        return IntStream.EOF;
      }
    } else if (i < 0) {
      at = position + i;
      if (at < 0) {
        return IntStream.EOF;
      }
    } else {
      return 0; // undefined, as in ANTLR's streams
    }
    return units != null ? units[at] : codePoints[at];
  }

  @Override
  public int mark() {
    return -1; // the whole text is in memory: nothing to keep
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = index;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String getSourceName() {
    return IntStream.UNKNOWN_SOURCE_NAME;
  }

  /** The code points from {@code interval.a} to {@code interval.b} included, within the text. */
  @Override
  public String getText(Interval interval) {
    int start = Math.min(interval.a, size);
    int length = Math.min(interval.b - interval.a + 1, size - start);
    if (length <= 0) {
      return "";
    }
    return units != null ? new String(units, start, length)
        : new String(codePoints, start, length);
  }

  @Override
  public String toString() {
    return getText(Interval.of(0, size - 1));
  }
}
