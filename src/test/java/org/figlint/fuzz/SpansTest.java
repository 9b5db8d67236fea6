package org.figlint.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.figlint.parse.Mention;
import org.figlint.value.Percent;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The fuzz tests' oracle rejects each kind of bad span. */
class SpansTest {
  private static final String TEXT = "Hausse de 15 % 😀 puis 12 %.";
  private static final Percent P = Percent.of("15");

  @Test
  void acceptsTheExtractorsOwnSpans() {
    Spans.assertValid(TEXT, List.of(new Mention(P, 10, 14, "15 %"), new Mention(P, 23, 27, "12 %")));
  }

  @Test
  void rejectsBadSpans() {
    List<List<Mention>> bad = List.of(
        List.of(new Mention(P, 10, 10, "")),
        List.of(new Mention(P, 25, 40, "2 %.")),
        List.of(new Mention(P, 10, 14, "15 ")),
        List.of(new Mention(P, 16, 17, "\uDE00")),
        List.of(new Mention(P, 23, 27, "12 %"), new Mention(P, 10, 14, "15 %")),
        List.of(new Mention(P, 10, 14, "15 %"), new Mention(P, 12, 14, " %")));
    for (List<Mention> mentions : bad) {
      assertThrows(AssertionFailedError.class, () -> Spans.assertValid(TEXT, mentions),
          mentions::toString);
    }
  }
}
