package org.figlint.document;

/**
 * A part of a long text around a span, [{@code from}, {@code to}): about {@code width} UTF-16
 * units, starting up to {@code before} units ahead of the span, its cuts moved to fall between
 * two words when a space is near, and never between the two halves of a surrogate pair. What a
 * report shows of a long line, or an archive keeps of a long sentence, without the cost of the
 * whole growing with the length of the text.
 */
public record Window(int from, int to) {

  /** How far a cut moves to fall between two words rather than inside one. */
  static final int WORD_MARGIN = 16;

  public Window {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("bad window [" + from + ", " + to + ")");
    }
  }

  /**
   * The window of [{@code lo}, {@code hi}) of {@code text} around the span [{@code start},
   * {@code end}) (clamped into that range): the whole range when it is at most {@code width}
   * long.
   */
  public static Window around(CharSequence text, int lo, int hi, int start, int end, int width,
      int before) {
    if (lo < 0 || hi < lo || hi > text.length() || width < 1 || before < 0) {
      throw new IllegalArgumentException("bad range [" + lo + ", " + hi + ")");
    }
    if (hi - lo <= width) {
      return new Window(lo, hi);
    }
    int s = outsidePair(text, Math.min(Math.max(start, lo), hi), -1);
    int from = Math.max(lo, Math.min(s - before, hi - width));
    int to = Math.min(hi, from + width);
    if (from > lo) {
      from = afterSpace(text, from, Math.min(s, from + WORD_MARGIN));
      from = outsidePair(text, from, 1);
    }
    int e = Math.min(Math.max(end, s), hi);
    if (to < hi) {
      to = atSpace(text, to, Math.max(e, to - WORD_MARGIN));
      to = outsidePair(text, to, -1);
    }
    return new Window(from, to);
  }

  /**
   * The text of [{@code lo}, {@code hi}) without the spaces around it, cut as {@link #around}
   * cuts it, with {@code more} where it goes on before or after.
   */
  public static String excerpt(String text, int lo, int hi, int start, int end, int width,
      int before, String more) {
    while (lo < hi && Character.isWhitespace(text.charAt(lo))) {
      lo++;
    }
    while (hi > lo && Character.isWhitespace(text.charAt(hi - 1))) {
      hi--;
    }
    Window w = around(text, lo, hi, start, end, width, before);
    String kept = text.substring(w.from(), w.to()).strip();
    return (w.from() > lo ? more : "") + kept + (w.to() < hi ? more : "");
  }

  /** {@code index}, moved by {@code step} when it falls between the two halves of a pair. */
  public static int outsidePair(CharSequence text, int index, int step) {
    boolean inside = index > 0 && index < text.length()
        && Character.isLowSurrogate(text.charAt(index))
        && Character.isHighSurrogate(text.charAt(index - 1));
    return inside ? index + step : index;
  }

  /** The index after the first space in [{@code from}, {@code limit}), else {@code from}. */
  private static int afterSpace(CharSequence text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (text.charAt(i) == ' ') {
        return i + 1;
      }
    }
    return from;
  }

  /** The index of the last space in ({@code limit}, {@code to}], else {@code to}. */
  private static int atSpace(CharSequence text, int to, int limit) {
    for (int i = to; i > limit; i--) {
      if (text.charAt(i) == ' ') {
        return i;
      }
    }
    return to;
  }
}
