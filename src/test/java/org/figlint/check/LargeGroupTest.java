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

  /**
   * A block's worth of documents quote a 2021 round; the next block is about a 2020 round but
   * for three quotes of the 2021 one, two of them wrong and agreeing. With the documents of the
   * weeks before as context, the two wrong quotes are found, and the right one between them is
   * not taken for the odd one out.
   */
  @Test
  void twoAgreeingWrongQuotesDoNotOutvoteTheDocumentsBeforeTheirBlock() {
    assertEquals(List.of("b0300.txt", "b0302.txt"), wrongQuotesAfter(0));
  }

  /** The same after six weeks without a quote: the 2021 round is still the 2021 round. */
  @Test
  void twoAgreeingWrongQuotesDoNotOutvoteTheDocumentsBeforeAGap() {
    assertEquals(List.of("b0300.txt", "b0302.txt"), wrongQuotesAfter(45));
  }

  private static List<String> wrongQuotesAfter(int gapDays) {
    List<Source> sources = new ArrayList<>();
    LocalDate first = LocalDate.of(2022, 1, 1);
    int documents = 2 * SameFactCheck.MAX_BLOCK;
    for (int i = 0; i < documents; i++) {
      LocalDate date = first.plusDays(i + (i >= 300 ? gapDays : 0));
      String sentence;
      if (i < SameFactCheck.MAX_BLOCK || i == 301) {
        sentence = "En 2021, Anthropic a levé 450 millions de dollars auprès de ses investisseurs.";
      } else if (i == 300 || i == 302) {
        sentence = "En 2021, Anthropic a levé 650 millions de dollars auprès de ses investisseurs.";
      } else {
        sentence = "En 2020, Anthropic a levé 100 millions de dollars auprès de ses investisseurs.";
      }
      sources.add(Source.of(String.format("b%04d.txt", i), "date " + date + "\n" + sentence
          + "\n"));
    }
    return Reviewer.bundled().review(sources).findings().stream()
        .filter(f -> f.ruleId().equals("figure-mismatch"))
        .map(f -> f.location().file()).sorted().toList();
  }

  @Test
  void aGroupOfAgreeingFiguresLargerThanABlockStaysSilent() {
    Review review = Reviewer.bundled().review(
        corpus(3 * SameFactCheck.MAX_BLOCK, -1, "450 millions de dollars"));
    assertEquals(List.of(), review.findings());
  }
}
