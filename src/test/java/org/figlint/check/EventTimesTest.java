package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.figlint.report.Finding;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.junit.jupiter.api.Test;

/**
 * An event written without a time is news of its article's days: an earlier event of the same
 * kind, written with its time, is another one.
 */
class EventTimesTest {

  private static List<String> rules(Source... sources) {
    return Reviewer.bundled().review(List.of(sources)).findings().stream()
        .map(Finding::ruleId).toList();
  }

  @Test
  void aNewRoundIsNotContradictedByTheRoundOfLastYear() {
    assertEquals(List.of(), rules(
        Source.of("a.txt", "date 2023-05-20\nQoWatt a levé 158 millions d'euros auprès de "
            + "Bpifrance, a annoncé la société.\n"),
        Source.of("b.txt", "date 2023-05-25\nPour rappel, QoWatt avait levé 14 millions "
            + "d'euros auprès de Google en mars 2022.\n")));
  }

  @Test
  void withinOneArticleToo() {
    assertEquals(List.of(), rules(Source.of("a.txt", "date 2023-05-20\n"
        + "QoWatt a levé 158 millions d'euros auprès de Bpifrance.\n\n"
        + "En mars 2022, QoWatt avait levé 14 millions d'euros auprès de Google.\n")));
  }

  @Test
  void aRoundOfTheSameDaysWithAnotherAmountIsStillFound() {
    assertEquals(List.of("figure-mismatch"), rules(
        Source.of("a.txt", "date 2023-05-20\nQoWatt a levé 158 millions d'euros auprès de "
            + "Bpifrance, a annoncé la société.\n"),
        Source.of("b.txt", "date 2023-05-25\nQoWatt a levé 14 millions d'euros auprès de "
            + "Bpifrance en mai 2023.\n")));
  }

  @Test
  void aRecallOfTheRoundOfItsMonthIsComparedHoweverLaterItIsPublished() {
    assertEquals(List.of("figure-mismatch"), rules(
        Source.of("a.txt", "date 2023-03-14\nQoWatt a levé 15 millions d'euros auprès de "
            + "Bpifrance, a annoncé la société.\n"),
        Source.of("b.txt", "date 2023-09-02\nPour rappel, QoWatt avait levé 40 millions "
            + "d'euros auprès de Bpifrance en mars 2023.\n")));
  }

  @Test
  void aRecallThatAgreesStaysSilent() {
    assertEquals(List.of(), rules(
        Source.of("a.txt", "date 2023-03-14\nQoWatt a levé 15 millions d'euros auprès de "
            + "Bpifrance, a annoncé la société.\n"),
        Source.of("b.txt", "date 2023-09-02\nPour rappel, QoWatt avait levé 15 millions "
            + "d'euros auprès de Bpifrance en mars 2023.\n")));
  }
}
