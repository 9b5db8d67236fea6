package org.figlint.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.figlint.document.LineMap;

/**
 * The texts an HTML report shows, by index, each with its line map made once: the report turns
 * the line and column of every finding, related location and timeline mark into an offset, and
 * making the map of the whole text for each of them took time in the product of their number
 * and the text's length (1,800 findings in 100 KB: 1.5 s; 1 MB: more than a minute).
 */
final class TextLines {
  private final List<String> texts = new ArrayList<>();
  private LineMap[] lines = new LineMap[0];

  /** Adds a text; returns its index. */
  int add(String text) {
    texts.add(text);
    return texts.size() - 1;
  }

  String text(int index) {
    return texts.get(index);
  }

  LineMap lines(int index) {
    if (lines.length < texts.size()) {
      lines = Arrays.copyOf(lines, texts.size());
    }
    LineMap map = lines[index];
    if (map == null) {
      map = new LineMap(texts.get(index));
      lines[index] = map;
    }
    return map;
  }
}
