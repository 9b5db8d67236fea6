package org.figlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.figlint.parse.Extractor;
import org.junit.jupiter.api.Timeout;

/**
 * The extractor on any text: it throws nothing, and every mention is a valid span of the text
 * (see {@link Spans}). Under {@code mvn test} each target replays its inputs in
 * {@code src/test/resources/org/figlint/fuzz/ExtractorFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (bench/fuzz/run.sh). The timeout is per input: a hang is a finding.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExtractorFuzzTest {
  private static final Extractor EXTRACTOR = Extractor.create();
  private static final LocalDate REFERENCE = LocalDate.of(2025, 3, 10);

  /** Any text, with or without a reference date. */
  @FuzzTest
  void extractText(FuzzedDataProvider data) {
    LocalDate reference = data.consumeBoolean() ? REFERENCE : null;
    String text = data.consumeRemainingAsString();
    Spans.assertValid(text, EXTRACTOR.extract(text, reference));
  }

  /** Text made of figure words, digits and separators, which reaches deeper into the grammar. */
  @FuzzTest
  void extractFigures(FuzzedDataProvider data) {
    LocalDate reference = data.consumeBoolean() ? REFERENCE : null;
    String text = Fragments.text(data, 4_000);
    Spans.assertValid(text, EXTRACTOR.extract(text, reference));
  }
}
