package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.figlint.rule.Terms;
import org.junit.jupiter.api.Test;

/**
 * The distance from a figure to the nearest term or keyword of a fact, found by a binary
 * search, is the one a scan of every term finds: 0 when one overlaps the figure, else the
 * smallest gap. The terms and the keywords of a fact are found apart, so their spans can
 * overlap and come in any order.
 */
class FactSpansTest {

  @Test
  void theDistanceIsTheOneAScanFinds() {
    Random random = new Random(9);
    for (int round = 0; round < 5_000; round++) {
      List<Terms.Match> matches = new ArrayList<>();
      int count = random.nextInt(8);
      for (int i = 0; i < count; i++) {
        int start = random.nextInt(100);
        matches.add(new Terms.Match("t", start, start + 1 + random.nextInt(15)));
      }
      int offset = random.nextInt(20);
      FactCheck.Spans spans = new FactCheck.Spans(matches, offset);
      for (int trial = 0; trial < 10; trial++) {
        int start = random.nextInt(140);
        int end = start + 1 + random.nextInt(10);
        int expected = Integer.MAX_VALUE;
        for (Terms.Match a : matches) {
          int as = offset + a.start();
          int ae = offset + a.end();
          expected = Math.min(expected, ae <= start ? start - ae : as >= end ? as - end : 0);
        }
        assertEquals(expected, spans.distance(start, end), "figure " + start + "-" + end
            + " among " + matches + " from " + offset);
      }
    }
  }
}
