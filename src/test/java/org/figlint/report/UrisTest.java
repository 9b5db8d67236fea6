package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrisTest {

  @Test
  void plainRelativePathIsKept() {
    assertEquals("articles/budget_2024-v2.md", Uris.of("articles/budget_2024-v2.md"));
  }

  @Test
  void spacesAndNonAsciiArePercentEncodedAsUtf8() {
    assertEquals("articles/%C3%A9conomie%202023.md", Uris.of("articles/économie 2023.md"));
    assertEquals("d%C3%A9bats/%F0%9F%93%88.txt", Uris.of("débats/📈.txt"));
  }

  @Test
  void backslashesBecomeSlashes() {
    assertEquals("articles/budget.md", Uris.of("articles\\budget.md"));
  }

  @Test
  void delimitersThatWouldChangeTheMeaningAreEncoded() {
    assertEquals("a%25b%3Ac%3Fd%23e.md", Uris.of("a%b:c?d#e.md"));
  }
}
