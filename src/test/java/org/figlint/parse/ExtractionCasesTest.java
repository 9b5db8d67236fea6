package org.figlint.parse;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.figlint.parse.ExtractionCases.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Runs every case of {@code src/test/resources/extract/*.cases} through the extractor and compares
 * the mentions it finds, of the kinds a case compares, with the marked ones: kind, span and value.
 * The same cases run again under several default locales, since the extractor must not depend on
 * them. The conventions behind the expected values are in {@code grammar/examples/CONVENTIONS.md}.
 */
class ExtractionCasesTest {
  private static final List<Locale> DEFAULT_LOCALES =
      List.of(Locale.FRANCE, Locale.US, Locale.forLanguageTag("tr-TR"));

  private static Extractor extractor;

  @BeforeAll
  static void createExtractor() {
    extractor = Extractor.create();
  }

  @TestFactory
  Stream<DynamicTest> cases() {
    return ExtractionCases.load().stream()
        .map(c -> dynamicTest(c.name(), c.source(), () -> check(c, "")));
  }

  @TestFactory
  Stream<DynamicContainer> casesUnderDefaultLocales() {
    List<Case> cases = ExtractionCases.load();
    return DEFAULT_LOCALES.stream()
        .map(locale -> dynamicContainer(locale.toString(), cases.stream()
            .map(c -> dynamicTest(c.name(), c.source(), () -> underLocale(locale, c)))));
  }

  @Test
  void suiteHasAtLeast450Cases() {
    int count = ExtractionCases.load().size();
    assertTrue(count >= 450, "only " + count + " extraction cases");
  }

  private static void underLocale(Locale locale, Case c) {
    Locale saved = Locale.getDefault();
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale.setDefault(locale);
    try {
      check(c, ", default locale " + locale);
    } finally {
      Locale.setDefault(saved);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
    }
  }

  private static void check(Case c, String context) {
    List<Mention> found;
    try {
      found = extractor.extract(c.text(), c.reference());
    } catch (RuntimeException e) {
      throw new AssertionFailedError(header(c, context) + "\n  extract threw " + e, e);
    }
    List<Mention> compared = found.stream().filter(m -> c.kinds().contains(m.kind())).toList();
    String expected = lines(c.expected().stream()
        .map(e -> ExtractionCases.describe(e.value(), c.text(), e.start(), e.end())));
    String actual = lines(compared.stream()
        .map(m -> ExtractionCases.describe(m.value(), c.text(), m.start(), m.end())));
    if (!expected.equals(actual)) {
      String marked = ExtractionCases.mark(
          c.text(), compared.stream().map(m -> new int[] {m.start(), m.end()}).toList());
      String message = header(c, context)
          + "\n  found:    " + marked
          + "\n  expected:\n" + indent(expected)
          + "\n  actual:\n" + indent(actual);
      throw new AssertionFailedError(message, expected, actual);
    }
  }

  private static String header(Case c, String context) {
    return c.name() + " (reference " + ExtractionCases.referenceLabel(c.reference()) + ", "
        + ExtractionCases.kindsLabel(c.kinds()) + context + ")"
        + "\n  input:    " + c.marked();
  }

  private static String lines(Stream<String> values) {
    String joined = values.collect(joining("\n"));
    return joined.isEmpty() ? "none" : joined;
  }

  private static String indent(String lines) {
    return "    " + lines.replace("\n", "\n    ");
  }
}
