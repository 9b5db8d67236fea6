package org.figlint.parse;

import java.util.Objects;
import org.figlint.value.Kind;
import org.figlint.value.Value;

/**
 * One figure found in a text: its value and its span, as UTF-16 offsets into the analysed text
 * ({@code end} exclusive).
 */
public record Mention(Value value, int start, int end, String text) {
  public Mention {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public Kind kind() {
    return value.kind();
  }
}
