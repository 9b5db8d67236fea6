package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.figlint.fuzz.Fragments;
import org.junit.jupiter.api.Timeout;

/**
 * Leaving out the sentences without an anchor finds the mentions that lexing the whole text
 * does, on any text the fuzzer makes of figure words, marks and separators. Under
 * {@code mvn test} it replays its inputs in
 * {@code src/test/resources/org/figlint/parse/AnchorsFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (bench/fuzz/run.sh 5 parse.AnchorsFuzzTest#sameMentions).
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AnchorsFuzzTest {
  private static final Extractor RANGES = Extractor.create();
  private static final Extractor WHOLE = Extractor.withoutShortcuts();
  private static final LocalDate REFERENCE = LocalDate.of(2025, 3, 10);

  @FuzzTest
  void sameMentions(FuzzedDataProvider data) {
    LocalDate reference = data.consumeBoolean() ? REFERENCE : null;
    String text = Fragments.text(data, 4_000);
    assertEquals(WHOLE.extract(text, reference), RANGES.extract(text, reference), text);
  }
}
