package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.figlint.report.Finding;
import org.figlint.review.Review;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.junit.jupiter.api.Test;

/**
 * A fact repeated by hundreds of documents over years, more than a block's worth of claims
 * under one key: the group is resolved in blocks of close dates, and a dissenting figure among
 * them is still found, once, against the documents of its own time.
 */
class LargeGroupTest {

  private static List<Source> corpus(int documents, int dissentAt, String dissent) {
    List<Source> sources = new ArrayList<>();
    LocalDate first = LocalDate.of(2021, 1, 1);
    for (int i = 0; i < documents; i++) {
      LocalDate date = first.plusDays(2L * i);
      String amount = i == dissentAt ? dissent : "450 millions de dollars";
      sources.add(Source.of(String.format("a%04d.txt", i), "date " + date + "\nEn "
          + date.getYear() + ", Anthropic a levé " + amount + " auprès de ses investisseurs.\n"));
    }
    return sources;
  }

  @Test
  void aDissentingFigureInAGroupLargerThanABlockIsFoundOnce() {
    int documents = 3 * SameFactCheck.MAX_BLOCK;
    Review review = Reviewer.bundled().review(corpus(documents, 400, "650 millions de dollars"));
    List<Finding> found = review.findings().stream()
        .filter(f -> f.ruleId().equals("figure-mismatch")).toList();
    assertEquals(1, found.size(), found.toString());
    assertEquals("a0400.txt", found.get(0).location().file());
    assertTrue(found.get(0).message().contains("450"), found.get(0).message());
  }

  @Test
  void aGroupOfAgreeingFiguresLargerThanABlockStaysSilent() {
    Review review = Reviewer.bundled().review(
        corpus(3 * SameFactCheck.MAX_BLOCK, -1, "450 millions de dollars"));
    assertEquals(List.of(), review.findings());
  }
}
